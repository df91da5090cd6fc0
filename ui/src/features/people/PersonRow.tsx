// One person in the people list: avatar, name, role, archived and at-the-keyboard marks, and
// Switch to / Edit / Archive (or Unarchive).
import type { Person } from '../../bindings/Person';
import { Avatar } from '../../shared/Avatar';
import { RoleBadge } from './RoleBadge';

type Props = {
  person: Person;
  /** This person is at the keyboard. */
  at: boolean;
  /** An action on this person is running. */
  busy: boolean;
  onUse: () => void;
  onEdit: () => void;
  onArchive: () => void;
};

export function PersonRow({ person: p, at, busy, onUse, onEdit, onArchive }: Props) {
  const gone = p.archivedAt !== null;
  return (
    <li className={`card person-row${gone ? ' person-row--archived' : ''}`} data-testid="person-row">
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
            disabled={busy}
            onClick={onUse}
            data-testid="person-use"
          >
            Switch to {p.name}
          </button>
        )}
        <button
          type="button"
          className="btn btn--small"
          disabled={busy}
          onClick={onEdit}
          data-testid="person-edit"
          aria-label={`Edit ${p.name}`}
        >
          Edit
        </button>
        <button
          type="button"
          className="btn btn--small"
          disabled={busy}
          onClick={onArchive}
          data-testid="person-archive"
          aria-label={`${gone ? 'Unarchive' : 'Archive'} ${p.name}`}
        >
          {gone ? 'Unarchive' : 'Archive'}
        </button>
      </span>
    </li>
  );
}
