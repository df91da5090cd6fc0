// The whole window: sample banner, sidebar, the open meeting (or how to begin), the dialogs,
// and the full-screen error when the workspace cannot be opened.
import { useCallback, useRef, useState } from 'react';

import { ConfirmDialog } from './components/ConfirmDialog';
import { EmptyState } from './components/EmptyState';
import { FatalError } from './components/FatalError';
import { MeetingScreen } from './components/MeetingScreen';
import { NewMeetingDialog } from './components/NewMeetingDialog';
import { SampleBanner } from './components/SampleBanner';
import { Sidebar } from './components/Sidebar';
import { EMPTY_DRAFT, type Draft } from './lib/draft';
import { errorMessage } from './lib/ipc';
import { useWorkspace } from './lib/useWorkspace';

type Dialog = 'new-meeting' | 'start-empty' | 'load-sample' | null;

export function App() {
  const ws = useWorkspace();
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

  const { summary, view } = ws;
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
  const notice = actionError ?? ws.notice;

  return (
    <div className="app" data-testid="app-shell">
      {summary?.isSample && <SampleBanner onStartEmpty={() => setDialog('start-empty')} />}
      <div className="app__body">
        <Sidebar
          meetings={ws.meetings}
          openId={view?.meeting.id ?? null}
          summary={summary}
          onSelect={ws.selectMeeting}
          onNewMeeting={() => setDialog('new-meeting')}
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
                }}
              >
                Dismiss
              </button>
            </div>
          )}
          {view ? (
            <MeetingScreen
              key={view.meeting.id}
              view={view}
              allPersonas={ws.personas}
              refreshKey={ws.changes}
              initialDraft={drafts.current.get(view.meeting.id) ?? EMPTY_DRAFT}
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
          )}
        </main>
      </div>

      {dialog === 'new-meeting' && (
        <NewMeetingDialog personas={ws.personas} decks={ws.decks} onCreate={ws.createMeeting} onClose={close} />
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
  );
}
