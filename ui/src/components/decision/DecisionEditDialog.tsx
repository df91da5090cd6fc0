// Editing a recorded decision: the same fields as "Record a decision" (the status is changed
// from the log), saved with update_decision; its evidence stays as it is.
import { useId, useState, type FormEvent } from 'react';

import type { Decision } from '../../bindings/Decision';
import type { Persona } from '../../bindings/Persona';
import { draftOf, type Draft } from '../../lib/draft';
import { errorMessage } from '../../lib/ipc';
import { Modal } from '../Modal';
import { DecisionFields } from './DecisionFields';
import { fieldOf, type FieldError } from './fieldErrors';
import { FieldMessage } from './FieldMessage';
import { useSaving } from '../../lib/useSaving';

const fieldError = (err: unknown): FieldError => ({ field: fieldOf(err), message: errorMessage(err) });

type Props = {
  decision: Decision;
  chair: Persona | null;
  personas: Persona[];
  onSave: (edited: Draft) => Promise<void>;
  onClose: () => void;
};

export function DecisionEditDialog({ decision, chair, personas, onSave, onClose }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(decision));
  const { busy, error, run } = useSaving(fieldError);

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    if (busy || draft.statement.trim() === '') return;
    await run(async () => {
      await onSave(draft);
      onClose();
    });
  }

  return (
    <Modal title="Edit decision" onClose={onClose} testId="edit-decision-dialog" className="modal--large">
      <form
        className="decision-form decision-form--dialog"
        onSubmit={(e) => void submit(e)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit();
          }
        }}
        noValidate
      >
        <DecisionFields
          draft={draft}
          onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
          chair={chair}
          personas={personas}
          error={error}
          idPrefix={id}
          withStatus={false}
        />
        <FieldMessage error={error} field="form" idPrefix={id} />
        <div className="modal__actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="btn btn--primary"
            disabled={busy || draft.statement.trim() === ''}
            data-testid="save-decision"
          >
            {busy ? 'Saving…' : 'Save changes'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
