// The PR/FAQ draft of a decision: the backend's Markdown in a read-only field, to copy into
// the team's document. (The API has no command to write it to a file, so there is no Save.)
// It quotes customers: with projector-safe on, their contact details are hidden, in the copy too.
import { useRef, useState } from 'react';

import type { Decision } from '../../bindings/Decision';
import { copyText } from '../../lib/clipboard';
import { errorMessage, prfaqDraft } from '../../lib/ipc';
import { useProjectorSafe } from '../../lib/projectorSafe';
import { useLoad } from '../../lib/useLoad';
import { Modal } from '../Modal';

export function PrFaqDialog({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const draft = useLoad(() => prfaqDraft(decision.id), [decision.id]);
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<string>('');
  const safe = useProjectorSafe();
  const text = draft.data === null ? null : safe.text(draft.data);

  async function copy() {
    if (text === null) return;
    try {
      await copyText(text, field.current);
      setCopied('Copied.');
    } catch (e) {
      setCopied(errorMessage(e));
    }
  }

  return (
    <Modal title="PR/FAQ draft" onClose={onClose} testId="prfaq-dialog" className="modal--large">
      <p className="modal__text">
        A press release written before building, for “{decision.statement}”. Copy it into your document and finish it
        there.
      </p>
      {safe.on && <p className="hint">Projector-safe is on: e-mail addresses, phone and card numbers are hidden.</p>}
      {draft.error && (
        <p className="field-error" role="alert">
          {draft.error}
        </p>
      )}
      <textarea
        ref={field}
        className="prfaq__text"
        readOnly
        rows={16}
        value={text ?? (draft.busy ? 'Writing the draft…' : '')}
        aria-label="PR/FAQ draft in Markdown"
        data-testid="prfaq-text"
      />
      <div className="modal__actions">
        <span className="prfaq__copied" role="status" data-testid="prfaq-copied">
          {copied}
        </span>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => void copy()}
          disabled={text === null}
          data-testid="prfaq-copy"
        >
          Copy Markdown
        </button>
      </div>
    </Modal>
  );
}
