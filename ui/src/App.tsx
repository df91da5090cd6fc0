// The whole window: sample banner, sidebar, the view chosen in it (the open meeting or how to
// begin, the library, the personas, the WOCAS report), the dialogs, and the full-screen error
// when the workspace cannot be opened. Provides projector-safe masking to every view.
import { useCallback, useRef, useState } from 'react';

import { ConfirmDialog } from './components/ConfirmDialog';
import { EmptyState } from './components/EmptyState';
import { FatalError } from './components/FatalError';
import { Library } from './components/library/Library';
import { MeetingScreen } from './components/MeetingScreen';
import { NewMeetingDialog } from './components/NewMeetingDialog';
import { PersonasView } from './components/personas/PersonasView';
import { ReportView } from './components/report/ReportView';
import { SampleBanner } from './components/SampleBanner';
import { Sidebar, type View } from './components/Sidebar';
import type { NewMeeting } from './bindings/NewMeeting';
import { EMPTY_DRAFT, type Draft } from './lib/draft';
import { errorMessage } from './lib/ipc';
import { ProjectorSafeContext } from './lib/projectorSafe';
import { usePreferences } from './lib/usePreferences';
import { useWorkspace } from './lib/useWorkspace';

type Dialog = 'new-meeting' | 'start-empty' | 'load-sample' | null;

export function App() {
  const ws = useWorkspace();
  const prefs = usePreferences(ws.changes);
  const [view, setView] = useState<View>('meetings');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  /** Decisions being written, per meeting, so switching meetings loses no typing. */
  const drafts = useRef(new Map<string, Draft>());
  const saveDraft = useCallback((id: string, d: Draft) => {
    drafts.current.set(id, d);
  }, []);
  const close = useCallback(() => setDialog(null), []);

  if (ws.phase.kind === 'failed') return <FatalError message={ws.phase.message} />;
  if (ws.phase.kind === 'loading') {
    return (
      <main className="loading" aria-busy="true">
        Opening your workspace…
      </main>
    );
  }

  const { summary } = ws;
  const open = ws.view;
  const replace = async (kind: 'empty' | 'sample') => {
    await ws.replaceWorkspace(kind);
    drafts.current.clear();
  };
  const loadSample = () => {
    const hasData = summary && summary.personaCount + summary.anecdoteCount + summary.meetingCount > 0;
    if (hasData) {
      setDialog('load-sample');
      return;
    }
    replace('sample').catch((e: unknown) => setActionError(errorMessage(e)));
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

  const meetings = open ? (
    <MeetingScreen
      key={open.meeting.id}
      view={open}
      allPersonas={ws.personas}
      refreshKey={ws.changes}
      initialDraft={drafts.current.get(open.meeting.id) ?? EMPTY_DRAFT}
      onDraftChange={saveDraft}
      onMovePrompt={(i) => void ws.movePrompt(i)}
      onSetStatus={(s) => void ws.setStatus(s)}
      onRecord={ws.recordDecision}
    />
  ) : (
    <EmptyState
      hasMeetings={ws.meetings.length > 0}
      onNewMeeting={() => setDialog('new-meeting')}
      onLoadSample={loadSample}
    />
  );

  return (
    <ProjectorSafeContext.Provider value={prefs.prefs.projectorSafe}>
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
            {view === 'library' && <Library refreshKey={ws.changes} />}
            {view === 'personas' && <PersonasView refreshKey={ws.changes} />}
            {view === 'report' && <ReportView personas={ws.personas} refreshKey={ws.changes} />}
            {view === 'meetings' && meetings}
          </main>
        </div>

        {dialog === 'new-meeting' && (
          <NewMeetingDialog personas={ws.personas} decks={ws.decks} onCreate={createMeeting} onClose={close} />
        )}
        {dialog === 'start-empty' && (
          <ConfirmDialog
            title="Start an empty workspace?"
            message="This removes the sample personas, anecdotes, meetings and decisions. The built-in question decks stay. This cannot be undone."
            confirmLabel="Start empty"
            onConfirm={() => replace('empty')}
            onClose={close}
          />
        )}
        {dialog === 'load-sample' && (
          <ConfirmDialog
            title="Replace this workspace with the sample?"
            message="Loading the sample removes your personas, anecdotes, meetings and decisions. This cannot be undone."
            confirmLabel="Load the sample"
            onConfirm={() => replace('sample')}
            onClose={close}
          />
        )}
      </div>
    </ProjectorSafeContext.Provider>
  );
}
