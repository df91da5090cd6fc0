// The whole window: sample banner, sidebar, the view chosen in it (the open meeting or how to
// begin, the library, the personas, the prompt decks, the WOCAS report), the dialogs, the
// command palette and keyboard shortcuts, the backups dialog, the people and who is at the
// keyboard (provided to every view, switched from the sidebar, the palette or Alt+S), and the recovery screen when the
// workspace cannot be opened. Provides projector-safe masking to every view and applies the
// chosen theme.
import { useCallback, useRef, useState, type ReactNode } from 'react';

import { BackupsDialog } from './features/recovery/BackupsDialog';
import { CommandPalette } from './features/shell/CommandPalette';
import { paletteActions, runShortcut, type Dialog } from './features/shell/commands';
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
import { errorMessage } from './lib/ipc';
import { openProjector, setProjectorFullscreen } from './features/projector/api';
import type { MeetingActions } from './features/meeting/meetingActions';
import { ProjectorSafeContext } from './lib/projectorSafe';
import { useShortcuts } from './features/shell/shortcuts';
import { useTheme } from './lib/theme';
import { PeopleContext, usePeopleState } from './lib/usePeople';
import { usePreferences } from './features/shell/usePreferences';
import { useWorkspace } from './lib/useWorkspace';

export function App() {
  const w = useWindowState();
  const { ws, prefs, people } = w;
  if (ws.phase.kind === 'failed') return <Recovery fallbackMessage={ws.phase.message} onRecovered={ws.reload} />;
  if (ws.phase.kind === 'loading') {
    return (
      <main className="loading" aria-busy="true">
        Opening your workspace…
      </main>
    );
  }

  const { summary } = ws;
  const notice = w.actionError ?? ws.notice ?? prefs.error;
  const selectMeeting = (id: string) => {
    w.setView('meetings');
    ws.selectMeeting(id);
  };

  return (
    <ProjectorSafeContext.Provider value={prefs.prefs.projectorSafe}>
      <PeopleContext.Provider value={people}>
        <div className="app" data-testid="app-shell">
          {summary?.isSample && <SampleBanner onStartEmpty={() => w.setDialog('start-empty')} />}
          <div className="app__body">
            <Sidebar
              view={w.view}
              onView={w.setView}
              meetings={ws.meetings}
              openId={ws.view?.meeting.id ?? null}
              summary={summary}
              onSelect={selectMeeting}
              onNewMeeting={() => w.setDialog('new-meeting')}
              projectorSafe={prefs.prefs.projectorSafe}
              onProjectorSafe={(on) => void prefs.setProjectorSafe(on)}
              theme={w.theme.theme}
              onToggleTheme={w.theme.toggle}
              onShortcuts={() => w.setDialog('help')}
              onBackups={() => w.setDialog('backups')}
              atKeyboard={<AtKeyboard onSwitch={() => w.setDialog('switch-person')} />}
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
                      w.setActionError(null);
                      ws.dismissNotice();
                      prefs.dismissError();
                    }}
                  >
                    Dismiss
                  </button>
                </div>
              )}
              <CurrentView w={w} onOpenMeeting={selectMeeting} />
            </main>
          </div>
          <WindowDialogs w={w} />
        </div>
      </PeopleContext.Provider>
    </ProjectorSafeContext.Provider>
  );
}

/** The window's state: the workspace, preferences, people, theme, the view and the dialog open,
 *  and the projector's commands; the keyboard shortcuts act on it. */
function useWindowState() {
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

  useShortcuts((id) => ws.phase.kind === 'ready' && runShortcut(id, meeting(), setDialog));

  return {
    ws, prefs, people, theme, view, setView, dialog, setDialog, close, actionError, setActionError, meetingActions,
    exportsOpen, setExportsOpen, projectorNote, setProjectorNote, projector, fullscreen, meeting,
  };
}

type Win = ReturnType<typeof useWindowState>;

/** The view chosen in the sidebar; for meetings, the open one or how to begin. */
function CurrentView({ w, onOpenMeeting }: { w: Win; onOpenMeeting: (id: string) => void }) {
  const { ws, view } = w;
  const open = ws.view;
  const views: Record<View, () => ReactNode> = {
    decisions: () => (
      <DecisionsView
        meetings={ws.meetings}
        personas={ws.personas}
        refreshKey={ws.revision('decisions', 'meetings', 'personas')}
        onExport={(filter) => w.setExportsOpen({ kind: 'export', filter })}
        onOpenMeeting={onOpenMeeting}
      />
    ),
    library: () => <Library refreshKey={ws.revision('anecdotes', 'personas', 'escalations')} />,
    personas: () => <PersonasView refreshKey={ws.revision('personas', 'anecdotes')} />,
    decks: () => <DecksView refreshKey={ws.revision('decks')} />,
    report: () => <ReportView personas={ws.personas} refreshKey={ws.revision('anecdotes', 'personas')} />,
    people: () => <PeopleView refreshKey={ws.revision('people')} />,
    escalations: () => <EscalationsView refreshKey={ws.revision('escalations', 'anecdotes')} />,
    meetings: () =>
      open ? (
        <MeetingScreen
          key={open.meeting.id}
          view={open}
          allPersonas={ws.personas}
          decks={ws.decks}
          refreshKey={ws.revision('meetings', 'decisions', 'escalations', 'people', 'room')}
          anecdotesKey={ws.revision('anecdotes', 'personas')}
          ops={ws}
          onProjector={() => w.setDialog('projector')}
          projectorReady={w.prefs.loaded}
          actionsRef={w.meetingActions}
          onExportLog={(meetingId) => w.setExportsOpen({ kind: 'export', filter: { meetingId } })}
        />
      ) : (
        <EmptyState
          hasMeetings={ws.meetings.length > 0}
          onNewMeeting={() => w.setDialog('new-meeting')}
          onLoadSample={() => loadSample(w)}
          refreshKey={ws.revision('escalations', 'anecdotes')}
        />
      ),
  };
  return views[view]();
}

/** The sample replaces the workspace at once when it is empty, else after asking. */
function loadSample({ ws, setDialog, setActionError }: Win) {
  const { summary } = ws;
  const hasData = summary && summary.personaCount + summary.anecdoteCount + summary.meetingCount > 0;
  if (hasData) {
    setDialog('load-sample');
    return;
  }
  ws.replaceWorkspace('sample', false).catch((e: unknown) => setActionError(errorMessage(e)));
}

/** The window's dialogs and toasts, each while it is open. */
function WindowDialogs({ w }: { w: Win }) {
  const { ws, prefs, dialog, close } = w;
  const open = ws.view;
  const createMeeting = async (input: NewMeeting) => {
    await ws.createMeeting(input);
    w.setView('meetings');
  };
  const palette = () =>
    paletteActions({
      meeting: w.meeting(),
      setDialog: w.setDialog,
      setView: w.setView,
      setExportsOpen: w.setExportsOpen,
      logFilter: () => (w.view === 'meetings' && open ? { meetingId: open.meeting.id } : {}),
      person: w.people.current?.name ?? null,
      projector: w.projector,
      fullscreen: w.fullscreen,
      theme: w.theme,
      projectorSafe: prefs.prefs.projectorSafe,
      setProjectorSafe: (on) => void prefs.setProjectorSafe(on),
    });
  return (
    <>
      {dialog === 'new-meeting' && (
        <NewMeetingDialog personas={ws.personas} decks={ws.decks} onCreate={createMeeting} onClose={close} />
      )}
      {dialog === 'palette' && <CommandPalette actions={palette()} onClose={close} />}
      {dialog === 'help' && <ShortcutHelp onClose={close} />}
      <ExportsHost open={w.exportsOpen} onOpen={w.setExportsOpen} meetings={ws.meetings} personas={ws.personas} />
      {dialog === 'backups' && <BackupsDialog onClose={close} onRestored={ws.reload} />}
      {dialog === 'switch-person' && <SwitchPersonDialog onClose={close} />}
      {dialog === 'projector' && (
        <ProjectorDialog
          remembered={prefs.prefs.projectorDisplay ?? null}
          onRemember={(name) => void prefs.setProjectorDisplay(name)}
          onClose={close}
        />
      )}
      {w.projectorNote && <Toast message={w.projectorNote} onDismiss={() => w.setProjectorNote(null)} />}
      {ws.undoable && (
        <Toast
          key={ws.undoable.undoToken}
          message={undoMessage(ws.undoable)}
          actionLabel="Undo"
          onAction={() => void ws.undoDelete()}
          onDismiss={ws.dismissUndo}
          actionTestId="undo-delete"
          focusAction
        />
      )}
      {(dialog === 'start-empty' || dialog === 'load-sample') && (
        <ConfirmDialog
          key={dialog}
          title={REPLACE[dialog].title}
          message={REPLACE[dialog].message}
          confirmLabel={REPLACE[dialog].confirmLabel}
          onConfirm={() => ws.replaceWorkspace(REPLACE[dialog].with, true)}
          onClose={close}
        />
      )}
    </>
  );
}

/** Replacing the workspace, asked first: with an empty one, or with the sample. */
const REPLACE = {
  'start-empty': {
    title: 'Start an empty workspace?',
    message:
      'This removes the personas, anecdotes, meetings and decisions. The built-in question decks stay. A snapshot is taken first: Backups can bring it back.',
    confirmLabel: 'Start empty',
    with: 'empty',
  },
  'load-sample': {
    title: 'Replace this workspace with the sample?',
    message:
      'Loading the sample removes your personas, anecdotes, meetings and decisions. A snapshot is taken first: Backups can bring it back.',
    confirmLabel: 'Load the sample',
    with: 'sample',
  },
} as const;

function undoMessage(u: NonNullable<Win['ws']['undoable']>): string {
  return u.kind === 'meeting'
    ? `Meeting “${u.label}” deleted${u.decisions ? `, with ${u.decisions} decision${u.decisions === 1 ? '' : 's'}` : ''}.`
    : `Decision “${u.label}” deleted.`;
}
