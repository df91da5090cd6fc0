// The PR/FAQ draft of a decision: the backend's Markdown in a read-only field, to copy into the
// team's document or save as a Markdown file (the system's save dialog). Saving also keeps the
// draft with the decision: the dialog says when it was kept, and shows that copy on demand
// (the decision may have changed since). A file is never replaced without asking: the backend
// refuses with `exists`, we ask "Replace?", and only then write again with overwrite.
// It quotes customers: with projector-safe on, their contact details are hidden on screen and
// in the copy; the saved file holds the draft in full, as every export does.
import { useRef, useState } from 'react';

import type { Decision } from '../../bindings/Decision';
import type { KeptPrFaq } from '../../bindings/KeptPrFaq';
import { copyText } from './clipboard';
import { fileNameOf, formatMoment } from '../../lib/format';
import { errorCode, errorMessage, pickSavePath } from '../../lib/ipc';
import { keptPrfaq, prfaqDraft, savePrfaq } from './api';
import { useProjectorSafe } from '../../lib/projectorSafe';
import { useLoad } from '../../lib/useLoad';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { Modal } from '../../shared/Modal';
import { FieldError } from '../../shared/FieldError';

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

export function PrFaqDialog({ decision, onClose }: { decision: Decision; onClose: () => void }) {
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

  return (
    <Modal title="PR/FAQ draft" onClose={onClose} testId="prfaq-dialog" className="modal--large">
      <p className="modal__text">
        A press release written before building, for “{decision.statement}”. Copy it into your document, or save it as a
        Markdown file to finish there; a saved draft is kept with the decision.
      </p>
      {safe.on && (
        <p className="hint">
          Projector-safe is on: e-mail addresses, phone and card numbers are hidden here and in the copy. A saved file holds
          the draft in full.
        </p>
      )}
      {kept && (
        <p className="prfaq__kept" data-testid="prfaq-kept">
          Kept with the decision: saved as “{kept.fileName}” on {formatMoment(new Date(kept.savedAt))}.
          {changedSince && ' The decision has changed since.'}{' '}
          <button type="button" className="link-button" onClick={() => setShowKept((s) => !s)} data-testid="prfaq-show-kept">
            {showKept ? 'Show the draft as it is now' : 'Show the kept draft'}
          </button>
        </p>
      )}
      {(draft.error || stored.error || error) && (
        <FieldError testId="prfaq-error">
          {error ?? draft.error ?? stored.error}
        </FieldError>
      )}
      <textarea
        ref={field}
        className="prfaq__text"
        readOnly
        rows={16}
        value={shown ?? (draft.busy ? 'Writing the draft…' : '')}
        aria-label={showKept ? 'The kept PR/FAQ draft in Markdown' : 'PR/FAQ draft in Markdown'}
        data-testid="prfaq-text"
      />
      <div className="modal__actions">
        <span className="prfaq__copied" role="status" data-testid="prfaq-copied">
          {status}
        </span>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void save()}
          disabled={busy || draft.data === null}
          data-testid="prfaq-save"
        >
          {busy ? 'Saving…' : 'Save as Markdown…'}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => void copy()}
          disabled={shown === null}
          data-testid="prfaq-copy"
        >
          Copy Markdown
        </button>
      </div>
      {replace !== null && (
        <ConfirmDialog
          title="Replace?"
          message={`“${fileNameOf(replace)}” already exists. Replace it with this draft?`}
          confirmLabel="Replace"
          onConfirm={() => write(replace, true)}
          onClose={() => setReplace(null)}
        />
      )}
    </Modal>
  );
}
