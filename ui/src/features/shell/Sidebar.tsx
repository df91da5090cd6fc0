// The left column: the app's name, who is at the keyboard, the views (meetings, decisions, library,
// personas, prompt decks, WOCAS report, people, escalations with how many are open or
// overdue), "New meeting" and the meetings list, and at the foot what the workspace holds,
// the projector-safe switch, the theme toggle and the way to the keyboard shortcuts.
import type { ReactNode } from 'react';

import type { MeetingListItem } from '../../bindings/MeetingListItem';
import type { WorkspaceSummary } from '../../bindings/WorkspaceSummary';
import { plural } from '../../lib/format';
import type { ThemeName } from '../../lib/theme';
import { ChairGlyph } from '../../shared/ChairGlyph';
import { SidebarMeetings } from './SidebarMeetings';
import { SidebarSwitch } from './SidebarSwitch';
import { SidebarViews, type View } from './SidebarViews';

export type { View };

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
      <SidebarViews view={view} onView={onView} refreshKey={props.refreshKey ?? 0} />
      <button
        type="button"
        className="btn btn--primary btn--block"
        onClick={onNewMeeting}
        data-testid="new-meeting"
      >
        + New meeting
      </button>
      <SidebarMeetings meetings={meetings} openId={openId} onSelect={onSelect} />
      <div className="sidebar__footer">
        <SidebarSwitch
          on={projectorSafe}
          onToggle={() => onProjectorSafe(!projectorSafe)}
          label="Projector-safe"
          title="Hide e-mail addresses, phone numbers and card numbers in what customers said"
          testId="projector-safe"
        />
        <SidebarSwitch
          on={theme === 'dark'}
          onToggle={onToggleTheme}
          label="Dark theme"
          title="Dark or light, whatever the system prefers"
          testId="theme-toggle"
        />
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
