// Copying text the user asked for (a PR/FAQ draft) to the clipboard: the async Clipboard API,
// else the selected text of a given field copied the old way (older WebKit webviews).
export async function copyText(text: string, field: HTMLTextAreaElement | null = null): Promise<void> {
  try {
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // Refused (no permission, no focus): fall back below.
  }
  if (field) {
    field.focus();
    field.select();
    if (typeof document.execCommand === 'function' && document.execCommand('copy')) return;
  }
  throw new Error('The text could not be copied: select it and press Ctrl+C.');
}
