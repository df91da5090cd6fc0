// The sidebar's meetings, newest first as given: title, date, status and how many decisions,
// the open one marked.
import type { MeetingListItem } from '../../bindings/MeetingListItem';
import { formatDate, plural } from '../../lib/format';
import { StatusBadge } from '../../shared/Badge';
import { CustomerText } from '../../shared/CustomerText';

type Props = {
  meetings: MeetingListItem[];
  /** The meeting to mark as open; null for none. */
  openId: string | null;
  onSelect: (id: string) => void;
};

export function SidebarMeetings({ meetings, openId, onSelect }: Props) {
  return (
    <nav className="sidebar__meetings" aria-labelledby="sidebar-meetings">
      <h2 className="sidebar__heading" id="sidebar-meetings">
        Meetings
      </h2>
      <ul className="meeting-list" data-testid="meeting-list">
        {meetings.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              className={`meeting-item${m.id === openId ? ' meeting-item--open' : ''}`}
              aria-current={m.id === openId ? 'true' : undefined}
              onClick={() => onSelect(m.id)}
              data-testid="meeting-item"
            >
              <span className="meeting-item__title">
                <CustomerText text={m.title} />
              </span>
              <span className="meeting-item__meta">
                <span>{formatDate(m.heldOn)}</span>
                <StatusBadge status={m.status} />
                <span className="meeting-item__count">{plural(m.decisionCount, 'decision')}</span>
              </span>
            </button>
          </li>
        ))}
        {meetings.length === 0 && <li className="sidebar__none">No meetings yet</li>}
      </ul>
    </nav>
  );
}
