// Editing a recorded decision: every field can be corrected. The fields of "Record a decision",
// then its status (any of the five; "Superseded" asks which decision replaces it) and its
// evidence (the pinned anecdotes, removed or added from a search of the library). Saved with
// update_decision; becoming accepted goes through the gate as in the log (the caller's onSave).
import { useEffect, useId, useState, type FormEvent } from 'react';

import type { Anecdote } from '../../bindings/Anecdote';
import type { Decision } from '../../bindings/Decision';
import type { Persona } from '../../bindings/Persona';
import { SupersedePicker } from '../decisions/SupersedePicker';
import '../decisions/decisions.css';
import { draftOf, type DecisionEdits, type Draft } from './draft';
import { errorMessage } from '../../lib/ipc';
import { getAnecdotes } from './api';
import { thenClose, useSaving } from '../../lib/useSaving';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { ctrlEnter } from './ctrlEnter';
import { DecisionFields } from './DecisionFields';
import { EditStatusField } from './EditStatusField';
import { EvidenceEditor } from './EvidenceEditor';
import { fieldOf, type FieldError } from './fieldErrors';
import { FieldMessage } from './FieldMessage';

const fieldError = (err: unknown): FieldError => ({ field: fieldOf(err), message: errorMessage(err) });

type Props = {
  decision: Decision;
  chair: Persona | null;
  personas: Persona[];
  onSave: (edited: Draft, edits: DecisionEdits) => Promise<void>;
  onClose: () => void;
};

/** The decision's pinned anecdotes, in its order; null while they load or if they cannot be read. */
function usePinned(decision: Decision) {
  const [pinned, setPinned] = useState<Anecdote[] | null>(decision.evidenceIds.length === 0 ? [] : null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (decision.evidenceIds.length === 0) return undefined;
    let stale = false;
    getAnecdotes(decision.evidenceIds)
      .then((found) => {
        if (stale) return;
        const byId = new Map(found.map((a) => [a.id, a]));
        setPinned(decision.evidenceIds.map((id) => byId.get(id)).filter((a): a is Anecdote => a !== undefined));
      })
      .catch((e: unknown) => !stale && setError(errorMessage(e)));
    return () => {
      stale = true;
    };
    // Read once per dialog: the edits live here until saved.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [decision.id]);
  return { pinned, setPinned, error };
}

export function DecisionEditDialog({ decision, chair, personas, onSave, onClose }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(decision));
  const [supersededBy, setSupersededBy] = useState(decision.supersededBy ?? '');
  const evidence = usePinned(decision);
  const { busy, error, run } = useSaving(fieldError);
  const superseding = draft.status === 'superseded';
  const blocked = busy || draft.statement.trim() === '' || (superseding && supersededBy === '');

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    if (blocked) return;
    const save = () =>
      onSave(draft, {
        // Until the pinned anecdotes are read (or if they cannot be), the evidence stays as it is.
        evidenceIds: evidence.pinned?.map((a) => a.id) ?? decision.evidenceIds,
        supersededBy: superseding ? supersededBy : null,
      });
    await run(thenClose(save, onClose));
  }

  return (
    <Modal title="Edit decision" onClose={onClose} testId="edit-decision-dialog" className="modal--large">
      <form
        className="decision-form decision-form--dialog"
        onSubmit={(e) => void submit(e)}
        onKeyDown={ctrlEnter(() => void submit())}
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

        <EditStatusField
          id={id}
          decision={decision}
          draft={draft}
          onChange={(status) => setDraft((d) => ({ ...d, status }))}
          error={error}
        />
        {superseding && (
          <div className="field">
            <SupersedePicker exceptId={decision.id} value={supersededBy} onChange={setSupersededBy} />
            <FieldMessage error={error} field="supersededBy" idPrefix={id} />
          </div>
        )}

        <EvidenceEditor
          pinned={evidence.pinned}
          onChange={evidence.setPinned}
          loadError={evidence.error}
          idPrefix={id}
        />
        <FieldMessage error={error} field="evidence" idPrefix={id} />

        <FieldMessage error={error} field="form" idPrefix={id} />
        <FormFooter onCancel={onClose} saveLabel="Save changes" busy={busy} disabled={blocked} saveTestId="save-decision" />
      </form>
    </Modal>
  );
}
