// Creating or editing a custom prompt deck: name, description and the questions in order
// (each with a one-line help), moved up and down, removed and added. Name and at least one
// question are required; a refused save shows the error's message and code.
import { useId, useState, type FormEvent } from 'react';

import type { DeckInput } from '../../bindings/DeckInput';
import type { PromptDeck } from '../../bindings/PromptDeck';
import { deckForm, deckFormProblem, errorText, toDeckInput, type DeckForm } from './deckForm';
import { thenClose, useSaving } from '../../lib/useSaving';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { Field } from '../../shared/Field';
import { TextField } from '../../shared/TextField';
import { DeckQuestions } from './DeckQuestions';
import { FieldError } from '../../shared/FieldError';

type Props = {
  /** The deck to edit, or null for a new one. */
  deck: PromptDeck | null;
  onSave: (input: DeckInput) => Promise<void>;
  onClose: () => void;
};

export function DeckEditor({ deck, onSave, onClose }: Props) {
  const id = useId();
  const [form, setForm] = useState<DeckForm>(() => deckForm(deck));
  const { busy, error, setError, run } = useSaving(errorText);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const problem = deckFormProblem(form);
    if (problem) {
      setError(problem);
      return;
    }
    await run(thenClose(() => onSave(toDeckInput(form)), onClose));
  }

  return (
    <Modal title={deck ? `Edit ${deck.name}` : 'New deck'} onClose={onClose} testId="deck-editor" className="modal--large">
      <form className="editor" onSubmit={submit} noValidate>
        <TextField id={`${id}-name`} label="Name" value={form.name} onChange={(name) => setForm({ ...form, name })} required testId="deck-name" />
        <Field id={`${id}-description`} label="Description">
          <textarea
            id={`${id}-description`}
            rows={2}
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.target.value })}
            data-testid="deck-description"
          />
        </Field>
        <DeckQuestions rows={form.rows} onRows={(rows) => setForm((f) => ({ ...f, rows }))} idBase={id} />
        {deck && (
          <p className="muted deck-editor__note">
            Questions you keep keep their answers; removed questions lose theirs when you save.
          </p>
        )}
        {error && (
          <FieldError testId="deck-error">
            {error}
          </FieldError>
        )}
        <FormFooter onCancel={onClose} busy={busy} disabled={busy} saveTestId="deck-save" />
      </form>
    </Modal>
  );
}
