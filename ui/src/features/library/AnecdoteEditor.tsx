// Adding or editing one anecdote: its text and every fact about it, tags (comma separated) and
// the personas it speaks for. Delete hands back what was removed so the library can undo it.
// An existing anecdote shows its escalations and can be escalated to an owner ("?").
// While projector-safe is on, a text with hidden details is shown masked and cannot be edited
// (editing the masked text would save the placeholders).
import { useId, useState, type FormEvent } from 'react';

import type { Anecdote } from '../../bindings/Anecdote';
import type { AnecdoteFacets } from '../../bindings/AnecdoteFacets';
import type { DeletedAnecdote } from '../../bindings/DeletedAnecdote';
import type { Persona } from '../../bindings/Persona';
import { anecdoteForm, toAnecdoteInput, type AnecdoteForm } from './anecdoteForm';
import { errorMessage } from '../../lib/ipc';
import { createAnecdote, deleteAnecdote, updateAnecdote } from './api';
import { useProjectorSafe } from '../../lib/projectorSafe';
import { useSaving } from '../../lib/useSaving';
import { AnecdoteEscalations } from '../escalations/AnecdoteEscalations';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { PersonaChecklist } from '../../shared/PersonaChecklist';
import { FieldError } from '../../shared/FieldError';
import { AnecdoteFacts, AnecdoteTextField } from './AnecdoteFields';

type Props = {
  /** The anecdote to edit, or null to add one. */
  anecdote: Anecdote | null;
  personas: Persona[];
  facets: AnecdoteFacets | null;
  onSaved: (a: Anecdote) => void;
  onDeleted: (d: DeletedAnecdote) => void;
  onClose: () => void;
  /** Absent: no "Escalate" button. */
  onEscalate?: (a: Anecdote) => void;
  /** Changes when the workspace changed, to reload the anecdote's escalations. */
  refreshKey?: number;
};

export function AnecdoteEditor(props: Props) {
  const { anecdote, personas, facets, onSaved, onDeleted, onClose, onEscalate, refreshKey = 0 } = props;
  const id = useId();
  const safe = useProjectorSafe();
  const [form, setForm] = useState<AnecdoteForm>(() => anecdoteForm(anecdote));
  const { busy, error, run: act } = useSaving(errorMessage);
  const set = (patch: Partial<AnecdoteForm>) => setForm((f) => ({ ...f, ...patch }));
  const textHidden = safe.on && safe.text(form.text) !== form.text;
  // Archived personas are offered only when the anecdote is already linked to them.
  const offered = personas.filter((p) => p.archivedAt === null || form.personaIds.includes(p.id));

  function save(e: FormEvent) {
    e.preventDefault();
    if (form.text.trim() === '' || busy) return;
    const input = toAnecdoteInput(form);
    void act(async () => {
      onSaved(await (anecdote ? updateAnecdote(anecdote.id, input) : createAnecdote(input)));
    });
  }

  const remove = (a: Anecdote) => void act(async () => onDeleted(await deleteAnecdote(a.id)));

  return (
    <Modal
      title={anecdote ? 'Edit anecdote' : 'Add an anecdote'}
      onClose={onClose}
      testId="anecdote-editor"
      className="modal--large"
    >
      <form className="editor" onSubmit={save} noValidate>
        <AnecdoteTextField id={id} form={form} set={set} textHidden={textHidden} />
        <AnecdoteFacts id={id} form={form} set={set} />
        <PersonaChecklist
          legend="Speaks for"
          personas={offered}
          selected={form.personaIds}
          onChange={(personaIds) => set({ personaIds })}
          testId="anecdote-personas"
        />
        <FacetList id={`${id}-channels`} values={facets?.channels} />
        <FacetList id={`${id}-areas`} values={facets?.productAreas} />
        <FacetList id={`${id}-segments`} values={facets?.segments} />
        {anecdote && <AnecdoteEscalations anecdoteId={anecdote.id} refreshKey={refreshKey} />}
        {error && (
          <FieldError>
            {error}
          </FieldError>
        )}
        <FormFooter onCancel={onClose} busy={busy} disabled={busy || form.text.trim() === ''} saveTestId="anecdote-save">
          {anecdote && (
            <button
              type="button"
              className="btn btn--danger-quiet modal__actions-start"
              onClick={() => remove(anecdote)}
              disabled={busy}
              data-testid="anecdote-delete"
            >
              Delete
            </button>
          )}
          {anecdote && onEscalate && (
            <button type="button" className="btn" onClick={() => onEscalate(anecdote)} disabled={busy} data-testid="anecdote-escalate">
              Escalate…
            </button>
          )}
        </FormFooter>
      </form>
    </Modal>
  );
}

function FacetList({ id, values }: { id: string; values: Array<{ value: string }> | undefined }) {
  return (
    <datalist id={id}>
      {(values ?? []).map((v) => (
        <option key={v.value} value={v.value} />
      ))}
    </datalist>
  );
}
