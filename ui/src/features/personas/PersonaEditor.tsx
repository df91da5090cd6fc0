// Creating or editing a persona: name, segment, bio, goals, frustrations and needs (one per
// line), their quote and how they judge success.
import { useId, useState, type FormEvent } from 'react';

import type { NewPersona } from '../../bindings/NewPersona';
import type { Persona } from '../../bindings/Persona';
import { errorMessage } from '../../lib/ipc';
import { personaForm, toNewPersona, type PersonaForm } from './personaForm';
import { thenClose, useSaving } from '../../lib/useSaving';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { FieldError } from '../../shared/FieldError';
import { Field } from '../../shared/Field';
import { TextField } from '../../shared/TextField';

type Props = {
  /** The persona to edit, or null for a new one. */
  persona: Persona | null;
  onSave: (input: NewPersona) => Promise<void>;
  onClose: () => void;
};

type TextField = keyof PersonaForm;

const FIELDS: Array<{ key: TextField; label: string; rows?: number; placeholder?: string }> = [
  { key: 'segment', label: 'Segment', placeholder: 'e.g. Loyal member, Small seller' },
  { key: 'bio', label: 'Who they are', rows: 3 },
  { key: 'goals', label: 'Goals (one per line)', rows: 3 },
  { key: 'frustrations', label: 'Frustrations (one per line)', rows: 3 },
  { key: 'needs', label: 'Needs (one per line)', rows: 3 },
  { key: 'quote', label: 'In their words', rows: 2, placeholder: 'A sentence they would say' },
  { key: 'successMeasure', label: 'Success looks like', rows: 2 },
];

export function PersonaEditor({ persona, onSave, onClose }: Props) {
  const id = useId();
  const [form, setForm] = useState<PersonaForm>(() => personaForm(persona));
  const { busy, error, run } = useSaving(errorMessage);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (form.name.trim() === '' || busy) return;
    await run(thenClose(() => onSave(toNewPersona(form)), onClose));
  }

  return (
    <Modal
      title={persona ? `Edit ${persona.name}` : 'New persona'}
      onClose={onClose}
      testId="persona-editor"
      className="modal--large"
    >
      <form className="editor" onSubmit={submit} noValidate>
        <TextField id={`${id}-name`} label="Name" value={form.name} onChange={(name) => setForm({ ...form, name })} required testId="persona-name" />
        <div className="editor__grid">
          {FIELDS.map((f) => (
            <Field
              key={f.key}
              id={`${id}-${f.key}`}
              label={f.label}
              className={f.key === 'bio' || f.key === 'quote' ? 'editor__wide' : undefined}
            >
              {f.rows ? (
                <textarea
                  id={`${id}-${f.key}`}
                  rows={f.rows}
                  value={form[f.key]}
                  placeholder={f.placeholder}
                  onChange={(e) => setForm({ ...form, [f.key]: e.target.value })}
                  data-testid={`persona-${f.key}`}
                />
              ) : (
                <input
                  id={`${id}-${f.key}`}
                  value={form[f.key]}
                  placeholder={f.placeholder}
                  onChange={(e) => setForm({ ...form, [f.key]: e.target.value })}
                  data-testid={`persona-${f.key}`}
                />
              )}
            </Field>
          ))}
        </div>
        {error && (
          <FieldError>
            {error}
          </FieldError>
        )}
        <FormFooter onCancel={onClose} busy={busy} disabled={busy || form.name.trim() === ''} saveTestId="persona-save" />
      </form>
    </Modal>
  );
}
