// The keyboard layer: which key press means which action, the list the "Keyboard shortcuts"
// dialog shows, and the hook that listens on the window. Letters are read from `code` (the key's
// place), so Alt+P still works where Alt turns P into "π".
import { useEffect, useRef } from 'react';

export type ShortcutId =
  | 'next-prompt'
  | 'prev-prompt'
  | 'record-decision'
  | 'pin-top'
  | 'toggle-timer'
  | 'switch-person'
  | 'invite-room'
  | 'palette'
  | 'help';

export type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** What the help dialog lists, in its order. */
export const SHORTCUTS: Array<{ id: ShortcutId | 'close'; keys: string[]; label: string }> = [
  { id: 'palette', keys: ['Ctrl+K', '⌘K'], label: 'Open the command palette' },
  { id: 'next-prompt', keys: ['Alt+→'], label: 'Next question' },
  { id: 'prev-prompt', keys: ['Alt+←'], label: 'Previous question' },
  { id: 'record-decision', keys: ['Ctrl+Enter', '⌘Enter'], label: 'Record the decision' },
  { id: 'pin-top', keys: ['Alt+P'], label: 'Pin the most relevant anecdote as evidence' },
  { id: 'toggle-timer', keys: ['Alt+T'], label: 'Start or pause the current agenda item' },
  { id: 'switch-person', keys: ['Alt+S'], label: 'Switch who is at the keyboard' },
  { id: 'invite-room', keys: ['Alt+R'], label: 'Invite the room (phones and laptops join)' },
  { id: 'help', keys: ['?'], label: 'Show these shortcuts' },
  { id: 'close', keys: ['Esc'], label: 'Close a dialog or the palette' },
];

/** Whether typing goes into `el` (so a bare "?" is text, not a shortcut). */
export function isEditable(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(el.type);
  }
  return false;
}

/** The shortcut a key press means, or null. `inField`: the focus is in a text field. */
export function shortcutOf(e: KeyLike, inField: boolean): ShortcutId | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && (e.code === 'KeyK' || e.key.toLowerCase() === 'k')) return 'palette';
  if (mod && !e.altKey && e.key === 'Enter') return 'record-decision';
  if (e.altKey && !mod && !e.shiftKey) {
    if (e.key === 'ArrowRight') return 'next-prompt';
    if (e.key === 'ArrowLeft') return 'prev-prompt';
    if (e.code === 'KeyP') return 'pin-top';
    if (e.code === 'KeyT') return 'toggle-timer';
    if (e.code === 'KeyS') return 'switch-person';
    if (e.code === 'KeyR') return 'invite-room';
  }
  if (!inField && !mod && !e.altKey && e.key === '?') return 'help';
  return null;
}

/**
 * Calls `onShortcut` for every shortcut pressed in the window, except inside an open modal
 * dialog (it has its own keys) and presses a component already handled (defaultPrevented).
 * Returns true from `onShortcut` to say it was used (the browser default is then prevented).
 */
export function useShortcuts(onShortcut: (id: ShortcutId) => boolean) {
  const handler = useRef(onShortcut);
  handler.current = onShortcut;
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.repeat) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('[aria-modal="true"]')) return;
      const id = shortcutOf(e, isEditable(e.target));
      if (id && handler.current(id)) e.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
