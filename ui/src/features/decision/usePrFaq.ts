// The PR/FAQ dialog's state: the backend's draft and the kept copy, which one is shown (masked
// while projector-safe is on), copying it, and saving it as a Markdown file, asking before a
// file is replaced.
import { useRef, useState } from 'react';

import type { Decision } from '../../bindings/Decision';
import type { KeptPrFaq } from '../../bindings/KeptPrFaq';
import { copyText } from './clipboard';
import { errorCode, errorMessage, pickSavePath } from '../../lib/ipc';
import { keptPrfaq, prfaqDraft, savePrfaq } from './api';
import { useProjectorSafe } from '../../lib/projectorSafe';
import { useLoad } from '../../lib/useLoad';

/** `prfaq-free-return-labels.md`: the statement's ASCII letters and digits, other runs as one dash. */
export function prfaqFileName(statement: string): string {
  const slug = statement
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 50)
    .replace(/^-+|-+$/g, '');
  return slug ? `prfaq-${slug}.md` : 'prfaq.md';
}

const MARKDOWN = [{ name: 'Markdown', extensions: ['md'] }];

export function usePrFaq(decision: Decision) {
  const draft = useLoad(() => prfaqDraft(decision.id), [decision.id]);
  const stored = useLoad(() => keptPrfaq(decision.id), [decision.id]);
  /** What was kept by a save in this dialog, newer than what was loaded. */
  const [saved, setSaved] = useState<KeptPrFaq | null>(null);
  const kept = saved ?? stored.data;
  const [showKept, setShowKept] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [replace, setReplace] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const safe = useProjectorSafe();
  const fresh = draft.data === null ? null : safe.text(draft.data);
  const shown = showKept && kept ? safe.text(kept.markdown) : fresh;
  const changedSince = kept !== null && draft.data !== null && kept.markdown !== draft.data;

  async function copy() {
    if (shown === null) return;
    try {
      await copyText(shown, field.current);
      setStatus('Copied.');
    } catch (e) {
      setStatus(errorMessage(e));
    }
  }

  async function write(path: string, overwrite: boolean) {
    const k = await savePrfaq(decision.id, path, overwrite);
    setSaved(k);
    setShowKept(false);
    setStatus(`Saved as “${k.fileName}” and kept with the decision.`);
  }

  async function save() {
    setError(null);
    setStatus('');
    setBusy(true);
    let path: string | null = null;
    try {
      path = await pickSavePath(prfaqFileName(decision.statement), MARKDOWN, 'exportPrFaq');
      if (path === null) return;
      await write(path, false);
    } catch (e) {
      if (errorCode(e) === 'exists' && path !== null) setReplace(path);
      else setError(`The draft could not be saved: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return {
    draft,
    stored,
    kept,
    showKept,
    setShowKept,
    status,
    error,
    busy,
    replace,
    setReplace,
    field,
    safe,
    shown,
    changedSince,
    copy,
    write,
    save,
  };
}
