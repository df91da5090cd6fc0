// The people of the workspace: who facilitates, who speaks for the customer, who takes part.
// Add, rename or change a role, archive and bring back; and hand the keyboard to someone.
// The list of active people comes from PeopleContext (shared with the sidebar); archived ones
// are loaded here on request.
import { useState } from 'react';

import type { Person } from '../../bindings/Person';
import { errorMessage, listPeople } from '../../lib/ipc';
import { archivePerson, updatePerson } from './api';
import { useLoad } from '../../lib/useLoad';
import { usePeople } from '../../lib/usePeople';
import { Avatar } from '../../shared/Avatar';
import { AddPersonForm } from './AddPersonForm';
import { PersonEditor } from './PersonEditor';
import { RoleBadge } from './RoleBadge';
import { FieldError } from '../../shared/FieldError';

type Props = { refreshKey: number };

export function PeopleView({ refreshKey }: Props) {
  const { current, choose, people: active, error: loadError } = usePeople();
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Person | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const archived = useLoad(
    () => (showArchived ? listPeople(true) : Promise.resolve([] as Person[])),
    [showArchived, refreshKey, reloads],
  );
  const list = showArchived ? (archived.data ?? active) : active;
  const error = actionError ?? loadError ?? archived.error;

  async function act(p: Person, work: () => Promise<unknown>) {
    setBusyId(p.id);
    setActionError(null);
    try {
      await work();
      setReloads((n) => n + 1);
    } catch (e) {
      setActionError(`${p.name}: ${errorMessage(e)}`);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section className="view people" data-testid="people" aria-labelledby="people-title">
      <header className="view__header">
        <div>
          <h1 className="view__title" id="people-title">
            People
          </h1>
          <p className="view__subtitle">
            Who uses this workspace and the role they usually play. What someone writes carries their name.
          </p>
        </div>
        <div className="view__actions">
          <label className="check">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(e) => setShowArchived(e.target.checked)}
              data-testid="people-show-archived"
            />
            Show archived
          </label>
        </div>
      </header>
      {error && (
        <FieldError className="view__error">
          {error}
        </FieldError>
      )}
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
            {list.map((p) => {
              const gone = p.archivedAt !== null;
              const at = current?.id === p.id;
              return (
                <li key={p.id} className={`card person-row${gone ? ' person-row--archived' : ''}`} data-testid="person-row">
                  <Avatar name={p.name} className="avatar--small" />
                  <span className="person-row__name" data-testid="person-row-name">
                    {p.name}
                  </span>
                  <RoleBadge role={p.role} />
                  {gone && <span className="badge">Archived</span>}
                  {at && (
                    <span className="person-row__at" data-testid="person-row-at">
                      at the keyboard
                    </span>
                  )}
                  <span className="person-row__actions">
                    {!gone && !at && (
                      <button
                        type="button"
                        className="btn btn--small"
                        disabled={busyId === p.id}
                        onClick={() => void act(p, () => choose(p.id))}
                        data-testid="person-use"
                      >
                        Switch to {p.name}
                      </button>
                    )}
                    <button
                      type="button"
                      className="btn btn--small"
                      disabled={busyId === p.id}
                      onClick={() => setEditing(p)}
                      data-testid="person-edit"
                      aria-label={`Edit ${p.name}`}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="btn btn--small"
                      disabled={busyId === p.id}
                      onClick={() => void act(p, () => archivePerson(p.id, !gone))}
                      data-testid="person-archive"
                      aria-label={`${gone ? 'Unarchive' : 'Archive'} ${p.name}`}
                    >
                      {gone ? 'Unarchive' : 'Archive'}
                    </button>
                  </span>
                </li>
              );
            })}
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
