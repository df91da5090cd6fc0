// The people to choose from, one button each (name and role; the one at the keyboard marked),
// and a way to add someone who is not there yet. Choosing is one click: the switch dialog and
// the "Who are you?" question are both this list.
import { useState } from 'react';

import type { Person } from '../../bindings/Person';
import type { Role } from '../../bindings/Role';
import { errorMessage } from '../../lib/ipc';
import { usePeople } from '../../lib/usePeople';
import { Avatar } from '../../shared/Avatar';
import { AddPersonForm } from './AddPersonForm';
import { RoleBadge } from './RoleBadge';
import { FieldError } from '../../shared/FieldError';

type Props = {
  /** Called once the chosen person is at the keyboard. */
  onChosen: (p: Person) => void;
  /** The role offered first when adding someone. */
  addRole?: Role;
  addLabel: string;
};

export function PersonChoices({ onChosen, addRole, addLabel }: Props) {
  const { people, current, choose, error: loadError } = usePeople();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function pick(p: Person) {
    setBusyId(p.id);
    setError(null);
    try {
      const now = await choose(p.id);
      onChosen(now ?? p);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusyId(null);
    }
  }

  return (
    <div className="person-choices">
      {(error ?? loadError) && (
        <FieldError>
          {error ?? loadError}
        </FieldError>
      )}
      {people.length > 0 ? (
        <ul className="person-choices__list" aria-label="People">
          {people.map((p) => {
            const at = current?.id === p.id;
            return (
              <li key={p.id}>
                <button
                  type="button"
                  className={`person-choice${at ? ' person-choice--on' : ''}`}
                  aria-pressed={at}
                  disabled={busyId !== null}
                  onClick={() => void pick(p)}
                  data-testid="person-choice"
                >
                  <Avatar name={p.name} className="avatar--small" />
                  <span className="person-choice__name">{p.name}</span>
                  <RoleBadge role={p.role} />
                  {at && <span className="person-choice__at">at the keyboard</span>}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">Nobody is on the list yet.</p>
      )}
      <p className="person-choices__add">{people.length > 0 ? 'Not on the list?' : 'Add yourself:'}</p>
      <AddPersonForm role={addRole} submitLabel={addLabel} onAdded={(p) => pick(p)} />
    </div>
  );
}
