// Creating or editing a custom prompt deck: name, description and the questions in order
// (each with a one-line help), moved up and down, removed and added. Name and at least one
// question are required; a refused save shows the error's message and code.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

import type { DeckInput } from '../../bindings/DeckInput';
import type { PromptDeck } from '../../bindings/PromptDeck';
import { deckForm, deckFormProblem, errorText, moveRow, newRow, toDeckInput, type DeckForm } from './deckForm';
import { useSaving } from '../../lib/useSaving';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { DeckPromptRow } from './DeckPromptRow';
import { FieldError } from '../../shared/FieldError';

type Props = {
  /** The deck to edit, or null for a new one. */
  deck: PromptDeck | null;
  onSave: (input: DeckInput) => Promise<void>;
  onClose: () => void;
};

/** The move button to focus again once a row has moved, so the keyboard can keep moving it. */
type Refocus = { key: string; by: -1 | 1 };

export function DeckEditor({ deck, onSave, onClose }: Props) {
  const id = useId();
  const [form, setForm] = useState<DeckForm>(() => deckForm(deck));
  const { busy, error, setError, run } = useSaving(errorText);
  const listRef = useRef<HTMLOListElement>(null);
  const refocus = useRef<Refocus | null>(null);

  useEffect(() => {
    const want = refocus.current;
    refocus.current = null;
    if (!want || !listRef.current) return;
    const index = form.rows.findIndex((r) => r.key === want.key);
    const row = listRef.current.children[index];
    const same = row?.querySelector<HTMLButtonElement>(`[data-testid="deck-prompt-${want.by < 0 ? 'up' : 'down'}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-testid="deck-prompt-${want.by < 0 ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }, [form.rows]);

  const setRows = (rows: DeckForm['rows']) => setForm((f) => ({ ...f, rows }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const problem = deckFormProblem(form);
    if (problem) {
      setError(problem);
      return;
    }
    await run(async () => {
      await onSave(toDeckInput(form));
      onClose();
    });
  }

  return (
    <Modal title={deck ? `Edit ${deck.name}` : 'New deck'} onClose={onClose} testId="deck-editor" className="modal--large">
      <form className="editor" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            required
            data-testid="deck-name"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>Description</label>
          <textarea
            id={`${id}-description`}
            rows={2}
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.target.value })}
            data-testid="deck-description"
          />
        </div>
        <fieldset className="field">
          <legend>Questions, in the order the room works through them</legend>
          <ol className="deck-rows" ref={listRef}>
            {form.rows.map((row, i) => (
              <DeckPromptRow
                key={row.key}
                row={row}
                index={i}
                count={form.rows.length}
                idBase={id}
                onChange={(next) => setRows(form.rows.map((r) => (r.key === row.key ? next : r)))}
                onMove={(by) => {
                  refocus.current = { key: row.key, by };
                  setRows(moveRow(form.rows, i, by));
                }}
                onRemove={() => setRows(form.rows.filter((r) => r.key !== row.key))}
              />
            ))}
          </ol>
          <button
            type="button"
            className="btn btn--small deck-rows__add"
            onClick={() => setRows([...form.rows, newRow()])}
            data-testid="deck-prompt-add"
          >
            + Add question
          </button>
        </fieldset>
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
