// The people of the workspace: who facilitates, who speaks for the customer, who takes part.
// Add, rename or change a role, archive and bring back; and hand the keyboard to someone.
// The list of active people comes from PeopleContext (shared with the sidebar); archived ones
// are loaded here on request.
import { useState } from 'react';

import type { Person } from '../../bindings/Person';
import { listPeople } from '../../lib/ipc';
import { archivePerson, updatePerson } from './api';
import { useLoad } from '../../lib/useLoad';
import { usePeople } from '../../lib/usePeople';
import { AddPersonForm } from './AddPersonForm';
import { PersonEditor } from './PersonEditor';
import { PeopleHeader } from './PeopleHeader';
import { PersonRow } from './PersonRow';
import { FieldError } from '../../shared/FieldError';
import { useItemAction } from '../../shared/useItemAction';

type Props = { refreshKey: number };

export function PeopleView({ refreshKey }: Props) {
  const { current, choose, people: active, error: loadError } = usePeople();
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Person | null>(null);
  const [reloads, setReloads] = useState(0);
  const action = useItemAction(() => setReloads((n) => n + 1));
  const archived = useLoad(
    () => (showArchived ? listPeople(true) : Promise.resolve([] as Person[])),
    [showArchived, refreshKey, reloads],
  );
  const list = showArchived ? (archived.data ?? active) : active;
  const error = action.error ?? loadError ?? archived.error;

  return (
    <section className="view people" data-testid="people" aria-labelledby="people-title">
      <PeopleHeader showArchived={showArchived} onShowArchived={setShowArchived} />
      {error && <FieldError className="view__error">{error}</FieldError>}
      <div className="view__body">
        <div className="card people__add">
          <h2 className="card__title">Add a person</h2>
          <AddPersonForm role="ambassador" submitLabel="Add" onAdded={() => setReloads((n) => n + 1)} />
        </div>
        {list.length === 0 ? (
          <p className="muted" data-testid="people-none">
            Nobody yet. Add the facilitator and the customer ambassador, then pick who is at the keyboard.
          </p>
        ) : (
          <ul className="people__list" data-testid="people-list">
            {list.map((p) => (
              <PersonRow
                key={p.id}
                person={p}
                at={current?.id === p.id}
                busy={action.busyId === p.id}
                onUse={() => void action.run(p, () => choose(p.id))}
                onEdit={() => setEditing(p)}
                onArchive={() => void action.run(p, () => archivePerson(p.id, p.archivedAt === null))}
              />
            ))}
          </ul>
        )}
      </div>
      {editing && (
        <PersonEditor
          person={editing}
          onSave={async (input) => {
            await updatePerson(editing.id, input);
            setReloads((n) => n + 1);
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
