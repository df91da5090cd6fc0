// The left column: the app's name, who is at the keyboard, the views (meetings, decisions, library,
// personas, prompt decks, WOCAS report, people, escalations with how many are open or
// overdue), "New meeting" and the meetings list, and at the foot what the workspace holds,
// the projector-safe switch, the theme toggle and the way to the keyboard shortcuts.
import type { ReactNode } from 'react';

import type { MeetingListItem } from '../../bindings/MeetingListItem';
import type { WorkspaceSummary } from '../../bindings/WorkspaceSummary';
import { formatDate, plural } from '../../lib/format';
import type { ThemeName } from '../../lib/theme';
import { StatusBadge } from '../../shared/Badge';
import { ChairGlyph } from '../../shared/ChairGlyph';
import { EscalationBadge } from '../escalations/EscalationBadge';
import { CustomerText } from '../../shared/CustomerText';

export type View = 'meetings' | 'decisions' | 'library' | 'personas' | 'decks' | 'report' | 'people' | 'escalations';

const VIEWS: Array<{ view: View; label: string }> = [
  { view: 'meetings', label: 'Meetings' },
  { view: 'decisions', label: 'Decisions' },
  { view: 'library', label: 'Library' },
  { view: 'personas', label: 'Personas' },
  { view: 'decks', label: 'Prompt decks' },
  { view: 'report', label: 'WOCAS report' },
  { view: 'people', label: 'People' },
  { view: 'escalations', label: 'Escalations' },
];

type Props = {
  view: View;
  onView: (view: View) => void;
  meetings: MeetingListItem[];
  /** The open meeting, highlighted while the meetings view is shown. */
  openId: string | null;
  summary: WorkspaceSummary | null;
  onSelect: (id: string) => void;
  onNewMeeting: () => void;
  projectorSafe: boolean;
  onProjectorSafe: (on: boolean) => void;
  theme: ThemeName;
  onToggleTheme: () => void;
  onShortcuts: () => void;
  onBackups: () => void;
  /** Who is at the keyboard, shown under the app's name. */
  atKeyboard?: ReactNode;
  /** Changes when the workspace changed, to count the open escalations again. */
  refreshKey?: number;
};

export function Sidebar(props: Props) {
  const { view, onView, meetings, summary, onSelect, onNewMeeting, projectorSafe, onProjectorSafe } = props;
  const { theme, onToggleTheme, onShortcuts, onBackups } = props;
  const openId = view === 'meetings' ? props.openId : null;
  return (
    <div className="sidebar">
      <div className="brand">
        <ChairGlyph className="brand__glyph" />
        <span className="brand__name">Empty Chair</span>
      </div>
      {props.atKeyboard}
      <nav aria-label="Views">
        <ul className="views">
          {VIEWS.map((v) => (
            <li key={v.view}>
              <button
                type="button"
                className={`views__item${v.view === view ? ' views__item--on' : ''}`}
                aria-current={v.view === view ? 'page' : undefined}
                onClick={() => onView(v.view)}
                data-testid={`nav-${v.view}`}
              >
                {v.label}
                {v.view === 'escalations' && <EscalationBadge refreshKey={props.refreshKey ?? 0} />}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <button
        type="button"
        className="btn btn--primary btn--block"
        onClick={onNewMeeting}
        data-testid="new-meeting"
      >
        + New meeting
      </button>
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
      <div className="sidebar__footer">
        <button
          type="button"
          role="switch"
          aria-checked={projectorSafe}
          className="switch"
          onClick={() => onProjectorSafe(!projectorSafe)}
          data-testid="projector-safe"
          title="Hide e-mail addresses, phone numbers and card numbers in what customers said"
        >
          <span className="switch__track" aria-hidden="true">
            <span className="switch__thumb" />
          </span>
          <span className="switch__label">Projector-safe</span>
        </button>
        <button
          type="button"
          role="switch"
          aria-checked={theme === 'dark'}
          className="switch"
          onClick={onToggleTheme}
          data-testid="theme-toggle"
          title="Dark or light, whatever the system prefers"
        >
          <span className="switch__track" aria-hidden="true">
            <span className="switch__thumb" />
          </span>
          <span className="switch__label">Dark theme</span>
        </button>
        <button type="button" className="link-button sidebar__keys" onClick={onBackups} data-testid="show-backups">
          Backups…
        </button>
        <button type="button" className="link-button sidebar__keys" onClick={onShortcuts} data-testid="show-shortcuts">
          Keyboard shortcuts <kbd className="kbd">?</kbd>
        </button>
        {summary && (
          <p className="sidebar__info" data-testid="workspace-info">
            {plural(summary.personaCount, 'persona')} · {plural(summary.anecdoteCount, 'anecdote')}
            {summary.isSample && <span className="sidebar__sample"> · sample</span>}
          </p>
        )}
      </div>
    </div>
  );
}
