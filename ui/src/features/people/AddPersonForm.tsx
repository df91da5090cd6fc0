// A one-line form to add a person (name and role), used where someone must be chosen and is
// not on the list yet: the switch dialog and the "Who are you?" question. What was typed stays
// when the backend refuses it (a name already in use), with its message.
import { useId, useState, type FormEvent } from 'react';

import type { Person } from '../../bindings/Person';
import type { Role } from '../../bindings/Role';
import { errorMessage } from '../../lib/ipc';
import { usePeople } from '../../lib/usePeople';
import { ROLES, ROLE_SHORT } from './RoleBadge';
import { FieldError } from '../../shared/FieldError';
import { LabelledSelect, wordOptions } from '../../shared/LabelledSelect';

const ROLE_OPTIONS = wordOptions(ROLES, ROLE_SHORT);

type Props = {
  /** The role offered first. */
  role?: Role;
  submitLabel: string;
  /** Called with the person once added. */
  onAdded: (p: Person) => Promise<void> | void;
};

export function AddPersonForm({ role: initialRole = 'participant', submitLabel, onAdded }: Props) {
  const id = useId();
  const { add } = usePeople();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>(initialRole);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    e.stopPropagation();
    if (busy) return;
    if (name.trim() === '') {
      setError('Type a name.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const p = await add({ name: name.trim(), role });
      setName('');
      await onAdded(p);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="add-person" onSubmit={submit} noValidate data-testid="add-person-form">
      <div className="field add-person__name">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          autoComplete="off"
          data-testid="add-person-name"
        />
      </div>
      <LabelledSelect id={`${id}-role`} label="Role" value={role} options={ROLE_OPTIONS} onChange={setRole} testId="add-person-role" />
      <button type="submit" className="btn" disabled={busy} data-testid="add-person-submit">
        {busy ? 'Adding…' : submitLabel}
      </button>
      {error && (
        <FieldError className="add-person__error" id={`${id}-error`}>
          {error}
        </FieldError>
      )}
    </form>
  );
}
