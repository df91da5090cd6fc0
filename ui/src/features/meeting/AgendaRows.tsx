// The agenda of a meeting, one row per item: its title and the minutes planned for it; rows
// are added, removed and moved up or down. Blank rows are left out when the meeting is created
// or changed; a row of an existing item keeps its id (and so the item its clock).
import type { NewAgendaItem } from '../../bindings/NewAgendaItem';

export type AgendaRow = { key: string; title: string; minutes: string; id?: string };

let seq = 0;
export function agendaRow(title = '', minutes = '', id?: string): AgendaRow {
  seq += 1;
  return id === undefined ? { key: `agenda-${seq}`, title, minutes } : { key: `agenda-${seq}`, title, minutes, id };
}

/** `rows` with the row at `from` moved to `to`. */
export function moveRow<T>(rows: T[], from: number, to: number): T[] {
  if (to < 0 || to >= rows.length) return rows;
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row as T);
  return next;
}

/** The rows as `create_meeting` takes them: trimmed, blank titles dropped, minutes when given. */
export function toAgenda(rows: AgendaRow[]): NewAgendaItem[] {
  return rows
    .filter((r) => r.title.trim() !== '')
    .map((r) => {
      const minutes = Number.parseInt(r.minutes, 10);
      const item: NewAgendaItem = { title: r.title.trim() };
      if (Number.isFinite(minutes) && minutes > 0) item.plannedMinutes = minutes;
      return item;
    });
}

type Props = { rows: AgendaRow[]; onChange: (rows: AgendaRow[]) => void; idPrefix: string };

export function AgendaRows({ rows, onChange, idPrefix }: Props) {
  const set = (key: string, patch: Partial<AgendaRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const total = toAgenda(rows).reduce((sum, i) => sum + (i.plannedMinutes ?? 0), 0);
  return (
    <fieldset className="field rows" data-testid="new-meeting-agenda">
      <legend>
        Agenda {total > 0 && <span className="muted">· {total} min planned</span>}
      </legend>
      {rows.map((r, n) => (
        <div key={r.key} className="rows__row" data-testid="agenda-row">
          <label className="visually-hidden" htmlFor={`${idPrefix}-agenda-${r.key}`}>
            Agenda item {n + 1}
          </label>
          <input
            id={`${idPrefix}-agenda-${r.key}`}
            value={r.title}
            onChange={(e) => set(r.key, { title: e.target.value })}
            placeholder={n === 0 ? 'e.g. Why returns cost members money' : 'Next item'}
            data-testid="agenda-title"
          />
          <label className="rows__minutes">
            <input
              type="number"
              min={1}
              max={600}
              inputMode="numeric"
              value={r.minutes}
              onChange={(e) => set(r.key, { minutes: e.target.value })}
              aria-label={`Minutes for agenda item ${n + 1}`}
              data-testid="agenda-minutes"
            />
            <span aria-hidden="true">min</span>
          </label>
          <button
            type="button"
            className="btn btn--small"
            onClick={() => onChange(moveRow(rows, n, n - 1))}
            aria-label={`Move agenda item ${n + 1} up`}
            disabled={n === 0}
            data-testid="agenda-up"
          >
            ↑
          </button>
          <button
            type="button"
            className="btn btn--small"
            onClick={() => onChange(moveRow(rows, n, n + 1))}
            aria-label={`Move agenda item ${n + 1} down`}
            disabled={n === rows.length - 1}
            data-testid="agenda-down"
          >
            ↓
          </button>
          <button
            type="button"
            className="btn btn--small btn--danger-quiet"
            onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            aria-label={`Remove agenda item ${n + 1}`}
            disabled={rows.length === 1}
            data-testid="remove-agenda-item"
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" className="link-button rows__add" onClick={() => onChange([...rows, agendaRow()])} data-testid="add-agenda-item">
        + Add an agenda item
      </button>
    </fieldset>
  );
}
