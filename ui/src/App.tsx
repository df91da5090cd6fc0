// The whole window: sample banner, sidebar, the view chosen in it (the open meeting or how to
// begin, the library, the personas, the prompt decks, the WOCAS report), the dialogs, the
// command palette and keyboard shortcuts, the backups dialog, the people and who is at the
// keyboard (provided to every view, switched from the sidebar, the palette or Alt+S), and the recovery screen when the
// workspace cannot be opened. Provides projector-safe masking to every view and applies the
// chosen theme.
import { useCallback, useRef, useState } from 'react';

import { BackupsDialog } from './features/recovery/BackupsDialog';
import { CommandPalette, type PaletteAction } from './features/shell/CommandPalette';
import { ConfirmDialog } from './shared/ConfirmDialog';
import { DecksView } from './features/decks/DecksView';
import { EmptyState } from './shared/EmptyState';
import { DecisionsView } from './features/decisions/DecisionsView';
import { EscalationsView } from './features/escalations/EscalationsView';
import { ExportsHost, type ExportsOpen } from './features/exports/ExportsHost';
import { Library } from './features/library/Library';
import { MeetingScreen } from './features/meeting/MeetingScreen';
import { NewMeetingDialog } from './features/meeting/NewMeetingDialog';
import { AtKeyboard } from './features/people/AtKeyboard';
import { PeopleView } from './features/people/PeopleView';
import { SwitchPersonDialog } from './features/people/SwitchPersonDialog';
import { PersonasView } from './features/personas/PersonasView';
import { Recovery } from './features/recovery/Recovery';
import { ReportView } from './features/report/ReportView';
import { SampleBanner } from './features/shell/SampleBanner';
import { ShortcutHelp } from './features/shell/ShortcutHelp';
import { Toast } from './shared/Toast';
import { ProjectorDialog } from './features/projector/ProjectorDialog';
import { Sidebar, type View } from './features/shell/Sidebar';
import type { NewMeeting } from './bindings/NewMeeting';
import { errorMessage, openProjector, setProjectorFullscreen } from './lib/ipc';
import type { MeetingActions } from './features/meeting/meetingActions';
import { ProjectorSafeContext } from './lib/projectorSafe';
import { useShortcuts, type ShortcutId } from './lib/shortcuts';
import { useTheme } from './lib/theme';
import { PeopleContext, usePeopleState } from './lib/usePeople';
import { usePreferences } from './lib/usePreferences';
import { useWorkspace } from './lib/useWorkspace';

type Dialog = 'new-meeting' | 'start-empty' | 'load-sample' | 'palette' | 'help' | 'backups' | 'switch-person' | 'projector' | null;

export function App() {
  const ws = useWorkspace();
  const prefs = usePreferences(ws.revision('preferences'));
  const people = usePeopleState(ws.revision('people'));
  const theme = useTheme();
  const [view, setView] = useState<View>('meetings');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const meetingActions = useRef<MeetingActions | null>(null);
  const [exportsOpen, setExportsOpen] = useState<ExportsOpen>(null);
  const close = useCallback(() => setDialog(null), []);

  const [projectorNote, setProjectorNote] = useState<string | null>(null);
  /** Opens the projector straight away, on the display remembered from last time. */
  const projector = () => {
    openProjector(prefs.prefs.projectorDisplay ?? null)
      .then((placed) => {
        if (placed.kind === 'onDisplay') void prefs.setProjectorDisplay(placed.display);
        else setProjectorNote('Only one display is connected: the projector is a window beside this one.');
      })
      .catch((e: unknown) => setActionError(`The projector could not be opened: ${errorMessage(e)}`));
  };
  const fullscreen = (on: boolean) => {
    setProjectorFullscreen(on).catch((e: unknown) =>
      setActionError(`The projector is not open: ${errorMessage(e)}`),
    );
  };
  const meeting = () => (view === 'meetings' ? meetingActions.current : null);

  useShortcuts((id: ShortcutId) => {
    if (ws.phase.kind !== 'ready') return false;
    if (id === 'palette') {
      setDialog('palette');
      return true;
    }
    if (id === 'help') {
      setDialog('help');
      return true;
    }
    if (id === 'switch-person') {
      setDialog('switch-person');
      return true;
    }
    const m = meeting();
    if (!m) return false;
    const run: Record<Exclude<ShortcutId, 'palette' | 'help' | 'switch-person'>, () => void> = {
      'next-prompt': m.nextPrompt,
      'prev-prompt': m.prevPrompt,
      'record-decision': m.recordDecision,
      'pin-top': m.pinTop,
      'toggle-timer': m.toggleTimer,
      'invite-room': m.inviteRoom,
    };
    run[id]();
    return true;
  });

  if (ws.phase.kind === 'failed') return <Recovery fallbackMessage={ws.phase.message} onRecovered={ws.reload} />;
  if (ws.phase.kind === 'loading') {
    return (
      <main className="loading" aria-busy="true">
        Opening your workspace…
      </main>
    );
  }

  const { summary } = ws;
  const open = ws.view;
  const loadSample = () => {
    const hasData = summary && summary.personaCount + summary.anecdoteCount + summary.meetingCount > 0;
    if (hasData) {
      setDialog('load-sample');
      return;
    }
    ws.replaceWorkspace('sample', false).catch((e: unknown) => setActionError(errorMessage(e)));
  };
  const notice = actionError ?? ws.notice ?? prefs.error;
  const selectMeeting = (id: string) => {
    setView('meetings');
    ws.selectMeeting(id);
  };
  const createMeeting = async (input: NewMeeting) => {
    await ws.createMeeting(input);
    setView('meetings');
  };

  /** The open meeting's decisions when one is open, else every decision. */
  const logFilter = () => (view === 'meetings' && open ? { meetingId: open.meeting.id } : {});

  /** Everything the palette offers now, in the order shown. */
  function paletteActions(): PaletteAction[] {
    const m = meeting();
    const list: PaletteAction[] = [{ id: 'new-meeting', label: 'New meeting', run: () => setDialog('new-meeting') }];
    if (m) {
      const s = m.status;
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
    }
    list.push(
      { id: 'go-meetings', label: 'Go to meetings', run: () => setView('meetings') },
      { id: 'go-decisions', label: 'Go to decisions', run: () => setView('decisions') },
      { id: 'go-library', label: 'Go to library', run: () => setView('library') },
      { id: 'go-personas', label: 'Go to personas', run: () => setView('personas') },
      { id: 'go-decks', label: 'Go to prompt decks', run: () => setView('decks') },
      { id: 'go-report', label: 'Go to WOCAS report', run: () => setView('report') },
      { id: 'go-people', label: 'Go to people', run: () => setView('people') },
      {
        id: 'switch-person',
        label: people.current ? `Switch person (now ${people.current.name})` : 'Switch person: who is at the keyboard?',
        keys: 'Alt+S',
        run: () => setDialog('switch-person'),
      },
      { id: 'go-escalations', label: 'Go to escalations', run: () => setView('escalations') },
      { id: 'export-log', label: 'Export the decision log…', run: () => setExportsOpen({ kind: 'export', filter: logFilter() }) },
      { id: 'print-log', label: 'Print the decision log…', run: () => setExportsOpen({ kind: 'print', filter: logFilter(), backToExport: true }) },
      { id: 'import-log', label: 'Import a decision log (JSON)…', run: () => setExportsOpen({ kind: 'import' }) },
      { id: 'projector', label: 'Open the projector', run: projector },
      { id: 'projector-full', label: 'Projector: full screen', run: () => fullscreen(true) },
      { id: 'projector-window', label: 'Projector: leave full screen', run: () => fullscreen(false) },
      { id: 'projector-displays', label: 'Projector: choose the display…', run: () => setDialog('projector') },
      {
        id: 'theme',
        label: theme.theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme',
        run: theme.toggle,
      },
      {
        id: 'projector-safe',
        label: prefs.prefs.projectorSafe ? 'Turn projector-safe off' : 'Turn projector-safe on',
        run: () => void prefs.setProjectorSafe(!prefs.prefs.projectorSafe),
      },
      { id: 'shortcuts', label: 'Keyboard shortcuts', keys: '?', run: () => setDialog('help') },
      { id: 'backups', label: 'Backups…', run: () => setDialog('backups') },
    );
    return list;
  }

  const meetings = open ? (
    <MeetingScreen
      key={open.meeting.id}
      view={open}
      allPersonas={ws.personas}
      decks={ws.decks}
      refreshKey={ws.revision('meetings', 'decisions', 'escalations', 'people', 'room')}
      anecdotesKey={ws.revision('anecdotes', 'personas')}
      ops={ws}
      onProjector={() => setDialog('projector')}
      projectorReady={prefs.loaded}
      actionsRef={meetingActions}
      onExportLog={(meetingId) => setExportsOpen({ kind: 'export', filter: { meetingId } })}
    />
  ) : (
    <EmptyState
      hasMeetings={ws.meetings.length > 0}
      onNewMeeting={() => setDialog('new-meeting')}
      onLoadSample={loadSample}
      refreshKey={ws.revision('escalations', 'anecdotes')}
    />
  );

  return (
    <ProjectorSafeContext.Provider value={prefs.prefs.projectorSafe}>
      <PeopleContext.Provider value={people}>
        <div className="app" data-testid="app-shell">
          {summary?.isSample && <SampleBanner onStartEmpty={() => setDialog('start-empty')} />}
          <div className="app__body">
            <Sidebar
              view={view}
              onView={setView}
              meetings={ws.meetings}
              openId={open?.meeting.id ?? null}
              summary={summary}
              onSelect={selectMeeting}
              onNewMeeting={() => setDialog('new-meeting')}
              projectorSafe={prefs.prefs.projectorSafe}
              onProjectorSafe={(on) => void prefs.setProjectorSafe(on)}
              theme={theme.theme}
              onToggleTheme={theme.toggle}
              onShortcuts={() => setDialog('help')}
              onBackups={() => setDialog('backups')}
              atKeyboard={<AtKeyboard onSwitch={() => setDialog('switch-person')} />}
              refreshKey={ws.revision('escalations', 'anecdotes')}
            />
            <main className="main">
              {notice && (
                <div className="notice" role="alert" data-testid="notice">
                  <span>{notice}</span>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setActionError(null);
                      ws.dismissNotice();
                      prefs.dismissError();
                    }}
                  >
                    Dismiss
                  </button>
                </div>
              )}
              {view === 'decisions' && (
                <DecisionsView
                  meetings={ws.meetings}
                  personas={ws.personas}
                  refreshKey={ws.revision('decisions', 'meetings', 'personas')}
                  onExport={(filter) => setExportsOpen({ kind: 'export', filter })}
                  onOpenMeeting={selectMeeting}
                />
              )}
              {view === 'library' && <Library refreshKey={ws.revision('anecdotes', 'personas', 'escalations')} />}
              {view === 'personas' && <PersonasView refreshKey={ws.revision('personas', 'anecdotes')} />}
              {view === 'decks' && <DecksView refreshKey={ws.revision('decks')} />}
              {view === 'report' && <ReportView personas={ws.personas} refreshKey={ws.revision('anecdotes', 'personas')} />}
              {view === 'people' && <PeopleView refreshKey={ws.revision('people')} />}
              {view === 'escalations' && <EscalationsView refreshKey={ws.revision('escalations', 'anecdotes')} />}
              {view === 'meetings' && meetings}
            </main>
          </div>

          {dialog === 'new-meeting' && (
            <NewMeetingDialog personas={ws.personas} decks={ws.decks} onCreate={createMeeting} onClose={close} />
          )}
          {dialog === 'palette' && <CommandPalette actions={paletteActions()} onClose={close} />}
          {dialog === 'help' && <ShortcutHelp onClose={close} />}
          <ExportsHost open={exportsOpen} onOpen={setExportsOpen} meetings={ws.meetings} personas={ws.personas} />
          {dialog === 'backups' && <BackupsDialog onClose={close} onRestored={ws.reload} />}
          {dialog === 'switch-person' && <SwitchPersonDialog onClose={close} />}
          {dialog === 'projector' && (
            <ProjectorDialog
              remembered={prefs.prefs.projectorDisplay ?? null}
              onRemember={(name) => void prefs.setProjectorDisplay(name)}
              onClose={close}
            />
          )}
          {projectorNote && <Toast message={projectorNote} onDismiss={() => setProjectorNote(null)} />}
          {ws.undoable && (
            <Toast
              key={ws.undoable.undoToken}
              message={
                ws.undoable.kind === 'meeting'
                  ? `Meeting “${ws.undoable.label}” deleted${ws.undoable.decisions ? `, with ${ws.undoable.decisions} decision${ws.undoable.decisions === 1 ? '' : 's'}` : ''}.`
                  : `Decision “${ws.undoable.label}” deleted.`
              }
              actionLabel="Undo"
              onAction={() => void ws.undoDelete()}
              onDismiss={ws.dismissUndo}
              actionTestId="undo-delete"
              focusAction
            />
          )}
          {dialog === 'start-empty' && (
            <ConfirmDialog
              title="Start an empty workspace?"
              message="This removes the personas, anecdotes, meetings and decisions. The built-in question decks stay. A snapshot is taken first: Backups can bring it back."
              confirmLabel="Start empty"
              onConfirm={() => ws.replaceWorkspace('empty', true)}
              onClose={close}
            />
          )}
          {dialog === 'load-sample' && (
            <ConfirmDialog
              title="Replace this workspace with the sample?"
              message="Loading the sample removes your personas, anecdotes, meetings and decisions. A snapshot is taken first: Backups can bring it back."
              confirmLabel="Load the sample"
              onConfirm={() => ws.replaceWorkspace('sample', true)}
              onClose={close}
            />
          )}
        </div>
      </PeopleContext.Provider>
    </ProjectorSafeContext.Provider>
  );
}
