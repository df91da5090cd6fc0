// The left column: the app's name, "New meeting", the meetings list and what the workspace holds.
import type { MeetingListItem } from '../bindings/MeetingListItem';
import type { WorkspaceSummary } from '../bindings/WorkspaceSummary';
import { formatDate, plural } from '../lib/format';
import { StatusBadge } from './Badge';
import { ChairGlyph } from './ChairGlyph';

type Props = {
  meetings: MeetingListItem[];
  openId: string | null;
  summary: WorkspaceSummary | null;
  onSelect: (id: string) => void;
  onNewMeeting: () => void;
};

export function Sidebar({ meetings, openId, summary, onSelect, onNewMeeting }: Props) {
  return (
    <nav className="sidebar" aria-label="Meetings">
      <div className="brand">
        <ChairGlyph className="brand__glyph" />
        <span className="brand__name">Empty Chair</span>
      </div>
      <button
        type="button"
        className="btn btn--primary btn--block"
        onClick={onNewMeeting}
        data-testid="new-meeting"
      >
        + New meeting
      </button>
      <h2 className="sidebar__heading">Meetings</h2>
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
              <span className="meeting-item__title">{m.title}</span>
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
      {summary && (
        <p className="sidebar__footer" data-testid="workspace-info">
          {plural(summary.personaCount, 'persona')} · {plural(summary.anecdoteCount, 'anecdote')}
          {summary.isSample && <span className="sidebar__sample"> · sample</span>}
        </p>
      )}
    </nav>
  );
}
