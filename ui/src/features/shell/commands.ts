// What the keyboard shortcuts and the command palette do in the window: open a dialog, go to a
// view, or ask the open meeting (`MeetingActions`). Pure: App passes in what they act on.
import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { ShortcutId } from './shortcuts';
import type { ExportsOpen } from '../exports/ExportsHost';
import type { MeetingActions } from '../meeting/meetingActions';
import type { PaletteAction } from './CommandPalette';
import type { View } from './Sidebar';

export type Dialog = 'new-meeting' | 'start-empty' | 'load-sample' | 'palette' | 'help' | 'backups' | 'switch-person' | 'projector' | null;

/** Runs a shortcut; false when it means nothing now (no meeting open for a meeting's shortcut). */
export function runShortcut(id: ShortcutId, meeting: MeetingActions | null, setDialog: (d: Dialog) => void): boolean {
  if (id === 'palette' || id === 'help' || id === 'switch-person') {
    setDialog(id);
    return true;
  }
  if (!meeting) return false;
  const run: Record<Exclude<ShortcutId, 'palette' | 'help' | 'switch-person'>, () => void> = {
    'next-prompt': meeting.nextPrompt,
    'prev-prompt': meeting.prevPrompt,
    'record-decision': meeting.recordDecision,
    'pin-top': meeting.pinTop,
    'toggle-timer': meeting.toggleTimer,
    'invite-room': meeting.inviteRoom,
  };
  run[id]();
  return true;
}

export type PaletteContext = {
  meeting: MeetingActions | null;
  setDialog: (d: Dialog) => void;
  setView: (v: View) => void;
  setExportsOpen: (o: ExportsOpen) => void;
  /** The open meeting's decisions when one is open, else every decision. */
  logFilter: () => DecisionFilter;
  /** Who is at the keyboard, if anyone said. */
  person: string | null;
  projector: () => void;
  fullscreen: (on: boolean) => void;
  theme: { theme: 'light' | 'dark'; toggle: () => void };
  projectorSafe: boolean;
  setProjectorSafe: (on: boolean) => void;
};

/** Everything the palette offers now, in the order shown. */
export function paletteActions(c: PaletteContext): PaletteAction[] {
  const list: PaletteAction[] = [{ id: 'new-meeting', label: 'New meeting', run: () => c.setDialog('new-meeting') }];
  if (c.meeting) list.push(...meetingPaletteActions(c.meeting));
  list.push(
    { id: 'go-meetings', label: 'Go to meetings', run: () => c.setView('meetings') },
    { id: 'go-decisions', label: 'Go to decisions', run: () => c.setView('decisions') },
    { id: 'go-library', label: 'Go to library', run: () => c.setView('library') },
    { id: 'go-personas', label: 'Go to personas', run: () => c.setView('personas') },
    { id: 'go-decks', label: 'Go to prompt decks', run: () => c.setView('decks') },
    { id: 'go-report', label: 'Go to WOCAS report', run: () => c.setView('report') },
    { id: 'go-people', label: 'Go to people', run: () => c.setView('people') },
    {
      id: 'switch-person',
      label: c.person ? `Switch person (now ${c.person})` : 'Switch person: who is at the keyboard?',
      keys: 'Alt+S',
      run: () => c.setDialog('switch-person'),
    },
    { id: 'go-escalations', label: 'Go to escalations', run: () => c.setView('escalations') },
    { id: 'export-log', label: 'Export the decision log…', run: () => c.setExportsOpen({ kind: 'export', filter: c.logFilter() }) },
    { id: 'print-log', label: 'Print the decision log…', run: () => c.setExportsOpen({ kind: 'print', filter: c.logFilter(), backToExport: true }) },
    { id: 'import-log', label: 'Import a decision log (JSON)…', run: () => c.setExportsOpen({ kind: 'import' }) },
    { id: 'projector', label: 'Open the projector', run: c.projector },
    { id: 'projector-full', label: 'Projector: full screen', run: () => c.fullscreen(true) },
    { id: 'projector-window', label: 'Projector: leave full screen', run: () => c.fullscreen(false) },
    { id: 'projector-displays', label: 'Projector: choose the display…', run: () => c.setDialog('projector') },
    {
      id: 'theme',
      label: c.theme.theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme',
      run: c.theme.toggle,
    },
    {
      id: 'projector-safe',
      label: c.projectorSafe ? 'Turn projector-safe off' : 'Turn projector-safe on',
      run: () => c.setProjectorSafe(!c.projectorSafe),
    },
    { id: 'shortcuts', label: 'Keyboard shortcuts', keys: '?', run: () => c.setDialog('help') },
    { id: 'backups', label: 'Backups…', run: () => c.setDialog('backups') },
  );
  return list;
}

/** What the palette offers for the open meeting, by its state. */
function meetingPaletteActions(m: MeetingActions): PaletteAction[] {
  const s = m.status;
  const list: PaletteAction[] = [];
  if (s === 'planned') list.push({ id: 'start', label: 'Start meeting', keys: 'Alt+T', run: () => m.lifecycle('start') });
  if (s === 'running') list.push({ id: 'pause', label: 'Pause meeting', keys: 'Alt+T', run: () => m.lifecycle('pause') });
  if (s === 'paused') list.push({ id: 'resume', label: 'Resume meeting', keys: 'Alt+T', run: () => m.lifecycle('resume') });
  if (s === 'running' || s === 'paused') list.push({ id: 'end', label: 'End meeting', run: () => m.lifecycle('end') });
  if (s === 'running') list.push({ id: 'invite-room', label: 'Invite the room', keys: 'Alt+R', run: m.inviteRoom });
  list.push(
    { id: 'next-prompt', label: 'Next question', keys: 'Alt+→', run: m.nextPrompt },
    { id: 'prev-prompt', label: 'Previous question', keys: 'Alt+←', run: m.prevPrompt },
    { id: 'pin-top', label: 'Pin the most relevant anecdote', keys: 'Alt+P', run: m.pinTop },
    { id: 'summary', label: 'Show the meeting summary', run: m.showSummary },
  );
  if (m.reactionsOnProjector) {
    list.push({ id: 'hide-reactions', label: 'Take the customer reactions off the projector', run: m.hideReactions });
  }
  return list;
}
