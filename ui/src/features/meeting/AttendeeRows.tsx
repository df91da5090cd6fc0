// Who is in the room, one row per person: their name and role (facilitator, customer
// ambassador, participant). The first facilitator is named when a one-way door is accepted
// over the gate.
import type { NewAttendee } from '../../bindings/NewAttendee';
import type { Role } from '../../bindings/Role';
import { ROLE_LABEL } from './MeetingHeader';

export type AttendeeRow = { key: string; name: string; role: Role; id?: string };

let seq = 0;
export function attendeeRow(role: Role = 'participant', name = '', id?: string): AttendeeRow {
  seq += 1;
  return id === undefined ? { key: `attendee-${seq}`, name, role } : { key: `attendee-${seq}`, name, role, id };
}

export function toAttendees(rows: AttendeeRow[]): NewAttendee[] {
  return rows.filter((r) => r.name.trim() !== '').map((r) => ({ name: r.name.trim(), role: r.role }));
}

const ROLES: Role[] = ['facilitator', 'ambassador', 'participant'];

type Props = { rows: AttendeeRow[]; onChange: (rows: AttendeeRow[]) => void; idPrefix: string };

export function AttendeeRows({ rows, onChange, idPrefix }: Props) {
  const set = (key: string, patch: Partial<AttendeeRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset className="field rows" data-testid="new-meeting-attendees">
      <legend>Who is in the room</legend>
      {rows.map((r, n) => (
        <div key={r.key} className="rows__row" data-testid="attendee-row">
          <label className="visually-hidden" htmlFor={`${idPrefix}-attendee-${r.key}`}>
            Name of attendee {n + 1}
          </label>
          <input
            id={`${idPrefix}-attendee-${r.key}`}
            value={r.name}
            onChange={(e) => set(r.key, { name: e.target.value })}
            placeholder="Name"
            data-testid="attendee-name"
          />
          <select
            value={r.role}
            onChange={(e) => set(r.key, { role: e.target.value as Role })}
            aria-label={`Role of attendee ${n + 1}`}
            data-testid="attendee-role"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABEL[role]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn btn--small btn--danger-quiet"
            onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            aria-label={`Remove attendee ${n + 1}`}
            data-testid="remove-attendee"
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link-button rows__add"
        onClick={() => onChange([...rows, attendeeRow(rows.length === 0 ? 'facilitator' : 'participant')])}
        data-testid="add-attendee"
      >
        + Add someone
      </button>
    </fieldset>
  );
}
