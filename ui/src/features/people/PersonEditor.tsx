// Renaming a person or changing their role. A name another active person has is refused by
// the backend (`invalid`, field `name`); its message shows and what was typed stays.
import { useId, useState, type FormEvent } from 'react';

import type { Person } from '../../bindings/Person';
import type { PersonInput } from '../../bindings/PersonInput';
import type { Role } from '../../bindings/Role';
import { errorMessage } from '../../lib/ipc';
import { thenClose, useSaving } from '../../lib/useSaving';
import { FormFooter } from '../../shared/FormFooter';
import { LabelledInput } from '../../shared/LabelledInput';
import { PillInput } from '../../shared/PillInput';
import { Modal } from '../../shared/Modal';
import { ROLES, ROLE_SHORT } from './RoleBadge';
import { FieldError } from '../../shared/FieldError';

type Props = {
  person: Person;
  onSave: (input: PersonInput) => Promise<void>;
  onClose: () => void;
};

export function PersonEditor({ person, onSave, onClose }: Props) {
  const id = useId();
  const [name, setName] = useState(person.name);
  const [role, setRole] = useState<Role>(person.role);
  const [missing, setMissing] = useState(false);
  const { busy, error, run } = useSaving(errorMessage);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (name.trim() === '') {
      setMissing(true);
      return;
    }
    await run(thenClose(() => onSave({ name: name.trim(), role }), onClose));
  }

  const problem = missing && name.trim() === '' ? 'Type a name.' : error;
  return (
    <Modal title={`Edit ${person.name}`} onClose={onClose} testId="person-editor">
      <form className="editor" onSubmit={submit} noValidate>
        <LabelledInput
          id={`${id}-name`}
          label="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          data-testid="person-name"
        />
        <fieldset className="field">
          <legend>Role</legend>
          <div className="direction__options role-options" role="radiogroup" aria-label="Role">
            {ROLES.map((r) => (
              <PillInput key={r} type="radio" name={`${id}-role`} value={r} checked={role === r} onChange={() => setRole(r)}>
                {ROLE_SHORT[r]}
              </PillInput>
            ))}
          </div>
        </fieldset>
        {problem && (
          <FieldError id={`${id}-error`}>
            {problem}
          </FieldError>
        )}
        <FormFooter onCancel={onClose} busy={busy} disabled={busy} saveTestId="person-save" />
      </form>
    </Modal>
  );
}
