// The meeting screen: header and status control, then the chair, the prompt with the decision
// form and log, and the anecdote panel. Owns which persona is shown and the decision draft.
import { useEffect, useState } from 'react';

import type { Anecdote } from '../bindings/Anecdote';
import type { Decision } from '../bindings/Decision';
import type { MeetingStatus } from '../bindings/MeetingStatus';
import type { MeetingView } from '../bindings/MeetingView';
import type { NewDecision } from '../bindings/NewDecision';
import type { Persona } from '../bindings/Persona';
import { EMPTY_DRAFT, draftQueryText, toNewDecision, type Draft } from '../lib/draft';
import { formatDate } from '../lib/format';
import { AnecdotePanel } from './AnecdotePanel';
import { StatusBadge } from './Badge';
import { Chair } from './Chair';
import { DecisionForm } from './DecisionForm';
import { DecisionLog } from './DecisionLog';
import { PromptCard } from './PromptCard';

type Props = {
  view: MeetingView;
  /** Every persona of the workspace, to name impacts on personas not in this meeting. */
  allPersonas: Persona[];
  refreshKey: number;
  initialDraft: Draft;
  onDraftChange: (meetingId: string, draft: Draft) => void;
  onMovePrompt: (index: number) => void;
  onSetStatus: (status: MeetingStatus) => void;
  onRecord: (input: NewDecision) => Promise<Decision>;
};

export function MeetingScreen(props: Props) {
  const { view, allPersonas, refreshKey, onMovePrompt, onSetStatus, onRecord } = props;
  const { meeting, personas } = view;
  const [shownId, setShownId] = useState<string | null>(personas[0]?.id ?? null);
  const [draft, setDraft] = useState<Draft>(props.initialDraft);
  const shown = personas.find((p) => p.id === shownId) ?? personas[0] ?? null;
  const ended = meeting.status === 'ended';

  const { onDraftChange } = props;
  useEffect(() => {
    onDraftChange(meeting.id, draft);
  }, [onDraftChange, meeting.id, draft]);

  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const togglePin = (a: Anecdote) =>
    setDraft((d) => ({
      ...d,
      pinned: d.pinned.some((p) => p.id === a.id)
        ? d.pinned.filter((p) => p.id !== a.id)
        : [...d.pinned, a],
    }));

  async function record() {
    await onRecord(toNewDecision(meeting.id, draft, shown?.id ?? null));
    setDraft(EMPTY_DRAFT);
  }

  const personaName = (id: string) =>
    (personas.find((p) => p.id === id) ?? allPersonas.find((p) => p.id === id))?.name ?? null;

  const reopen = (testId: string) => (
    <button type="button" className="btn" onClick={() => onSetStatus('running')} data-testid={testId}>
      Reopen
    </button>
  );

  return (
    <section className="meeting" data-testid="meeting" aria-labelledby="meeting-title">
      <header className="meeting__header">
        <div className="meeting__heading">
          <h1 className="meeting__title" id="meeting-title" data-testid="meeting-title">
            {meeting.title}
          </h1>
          <p className="meeting__meta">
            <span>{formatDate(meeting.heldOn)}</span>
            <StatusBadge status={meeting.status} />
            {meeting.goal && <span className="meeting__goal">Goal: {meeting.goal}</span>}
          </p>
          {view.agenda.length > 0 && (
            <ol className="meeting__agenda" aria-label="Agenda">
              {view.agenda.map((a) => (
                <li key={a.id}>{a.title}</li>
              ))}
            </ol>
          )}
        </div>
        <div className="meeting__actions">
          {meeting.status === 'running' && (
            <button type="button" className="btn" onClick={() => onSetStatus('ended')} data-testid="end-meeting">
              End meeting
            </button>
          )}
          {ended && reopen('reopen-meeting')}
          {(meeting.status === 'planned' || meeting.status === 'paused') && (
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => onSetStatus('running')}
              data-testid="start-meeting"
            >
              {meeting.status === 'paused' ? 'Resume meeting' : 'Start meeting'}
            </button>
          )}
        </div>
      </header>

      <div className="meeting__columns">
        <Chair personas={personas} shownId={shown?.id ?? null} onShow={setShownId} />
        <div className="meeting__centre">
          <PromptCard deck={view.deck} index={meeting.promptIndex} onMove={onMovePrompt} />
          {ended ? (
            <div className="card ended-note" data-testid="meeting-ended">
              <p>This meeting has ended.</p>
              {reopen('ended-reopen')}
            </div>
          ) : (
            <DecisionForm
              draft={draft}
              onChange={change}
              persona={shown}
              onSubmit={record}
              onUnpinAll={() => change({ pinned: [] })}
            />
          )}
          <DecisionLog decisions={view.decisions} personaName={personaName} />
        </div>
        <AnecdotePanel
          personaId={shown?.id ?? null}
          personaName={shown?.name ?? null}
          draftText={ended ? '' : draftQueryText(draft)}
          pinned={draft.pinned}
          onTogglePin={ended ? null : togglePin}
          refreshKey={refreshKey}
        />
      </div>
    </section>
  );
}
