// The PR/FAQ draft of a decision: the backend's Markdown in a read-only field, to copy into the
// team's document or save as a Markdown file (the system's save dialog). Saving also keeps the
// draft with the decision: the dialog says when it was kept, and shows that copy on demand
// (the decision may have changed since). A file is never replaced without asking: the backend
// refuses with `exists`, we ask "Replace?", and only then write again with overwrite.
// It quotes customers: with projector-safe on, their contact details are hidden on screen and
// in the copy; the saved file holds the draft in full, as every export does.
import type { Decision } from '../../bindings/Decision';
import { fileNameOf, formatMoment } from '../../lib/format';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { Modal } from '../../shared/Modal';
import { FieldError } from '../../shared/FieldError';
import { usePrFaq } from './usePrFaq';

export function PrFaqDialog({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const p = usePrFaq(decision);
  /** The file the user is asked about replacing. */
  const replace = p.replace;
  return (
    <Modal title="PR/FAQ draft" onClose={onClose} testId="prfaq-dialog" className="modal--large">
      <p className="modal__text">
        A press release written before building, for “{decision.statement}”. Copy it into your document, or save it as a
        Markdown file to finish there; a saved draft is kept with the decision.
      </p>
      {p.safe.on && (
        <p className="hint">
          Projector-safe is on: e-mail addresses, phone and card numbers are hidden here and in the copy. A saved file holds
          the draft in full.
        </p>
      )}
      {p.kept && (
        <p className="prfaq__kept" data-testid="prfaq-kept">
          Kept with the decision: saved as “{p.kept.fileName}” on {formatMoment(new Date(p.kept.savedAt))}.
          {p.changedSince && ' The decision has changed since.'}{' '}
          <button type="button" className="link-button" onClick={() => p.setShowKept((s) => !s)} data-testid="prfaq-show-kept">
            {p.showKept ? 'Show the draft as it is now' : 'Show the kept draft'}
          </button>
        </p>
      )}
      {(p.draft.error || p.stored.error || p.error) && (
        <FieldError testId="prfaq-error">
          {p.error ?? p.draft.error ?? p.stored.error}
        </FieldError>
      )}
      <textarea
        ref={p.field}
        className="prfaq__text"
        readOnly
        rows={16}
        value={p.shown ?? (p.draft.busy ? 'Writing the draft…' : '')}
        aria-label={p.showKept ? 'The kept PR/FAQ draft in Markdown' : 'PR/FAQ draft in Markdown'}
        data-testid="prfaq-text"
      />
      <div className="modal__actions">
        <span className="prfaq__copied" role="status" data-testid="prfaq-copied">
          {p.status}
        </span>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void p.save()}
          disabled={p.busy || p.draft.data === null}
          data-testid="prfaq-save"
        >
          {p.busy ? 'Saving…' : 'Save as Markdown…'}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => void p.copy()}
          disabled={p.shown === null}
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
          onConfirm={() => p.write(replace, true)}
          onClose={() => p.setReplace(null)}
        />
      )}
    </Modal>
  );
}
