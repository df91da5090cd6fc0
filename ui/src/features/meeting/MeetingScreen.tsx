// The meeting screen: the header (lifecycle, summary, projector) and the agenda strip, then
// the chair (with its nudge), the decisions due for review, the escalations (open, and those
// resolved since the last meeting), the prompt with the room's answer,
// the decision form (or, once ended, the summary) and the log, and the anecdote panel. Owns the
// persona shown, the decision draft (kept by the backend), the customer references, what the
// projector shows (with the reactions to one decision when the facilitator turns them on),
// escalating an anecdote, and the actions the keyboard and the palette reach (`actionsRef`).
import { useCallback, useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';

import type { Anecdote } from '../../bindings/Anecdote';
import type { Decision } from '../../bindings/Decision';
import type { MeetingView } from '../../bindings/MeetingView';
import type { Persona } from '../../bindings/Persona';
import type { PromptDeck } from '../../bindings/PromptDeck';
import { MeetingEditDialog } from './MeetingEditDialog';
import { ActionItems, FollowUps } from '../action-items/ActionItems';
import { draftQueryText, emptyDraft, toDecisionInput, toNewDecision, type Draft } from '../decision/draft';
import { firstName } from '../../lib/format';
import type { MeetingActions } from './meetingActions';
import { nextUnanswered, nudgeQuestion, silenceSince } from './nudge';
import { useProjectorSafe } from '../../lib/projectorSafe';
import { useDecisionDraft } from '../decision/useDecisionDraft';
import { useMeetingClock } from './useMeetingClock';
import { useNudgeHold } from './useNudgeHold';
import type { useWorkspace } from '../../lib/useWorkspace';
import { AnecdotePanel } from './AnecdotePanel';
import { Chair, type Nudge } from './Chair';
import { DecisionEditDialog } from '../decision/DecisionEditDialog';
import { GateDialog } from '../decision/GateDialog';
import { PrFaqDialog } from '../decision/PrFaqDialog';
import { DecisionForm } from '../decision/DecisionForm';
import { MeetingDecisions } from '../decision/MeetingDecisions';
import { EscalateDialog } from '../escalations/EscalateDialog';
import { MeetingEscalations } from '../escalations/MeetingEscalations';
import { AgendaStrip } from './AgendaStrip';
import { DueForReview } from './DueForReview';
import { MeetingHeader } from './MeetingHeader';
import { ProjectorFeed, hitsStore } from './ProjectorFeed';
import { overriderOf, useDecisionFlows } from './useDecisionFlows';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { usePeople } from '../../lib/usePeople';
import { plural } from '../../lib/format';
import { Modal } from '../../shared/Modal';
import { PromptCard } from './PromptCard';
import { RoomPanel } from '../room/RoomPanel';
import { MeetingSummary } from '../summary/MeetingSummary';

export type MeetingOps = Pick<
  ReturnType<typeof useWorkspace>,
  | 'movePrompt'
  | 'setStatus'
  | 'lifecycle'
  | 'startAgendaItem'
  | 'recordDecision'
  | 'updateDecision'
  | 'acceptDecision'
  | 'recordReview'
  | 'answerPrompt'
  | 'referCustomer'
  | 'updateMeeting'
  | 'deleteMeeting'
  | 'deleteDecision'
>;

type Props = {
  view: MeetingView;
  /** Every persona of the workspace, to name impacts on personas not in this meeting. */
  allPersonas: Persona[];
  /** Every deck, to switch or add questions. */
  decks?: PromptDeck[];
  /** Goes up when the meeting's decisions, agenda or escalations change elsewhere. */
  refreshKey: number;
  /** Goes up when anecdotes or personas change: the relevant anecdotes are searched again. */
  anecdotesKey?: number;
  ops: MeetingOps;
  onProjector: () => void;
  /** Whether projector-safe is known: nothing goes to the projector before (it might be unmasked). */
  projectorReady?: boolean;
  /** Set to what the shortcuts and the palette can ask of this meeting. */
  actionsRef?: MutableRefObject<MeetingActions | null>;
  /** Opens the decision log's export for this meeting. */
  onExportLog?: (meetingId: string) => void;
};

export function MeetingScreen(props: Props) {
  const { view, allPersonas, decks = [], refreshKey, anecdotesKey = 0, ops, onProjector, actionsRef, projectorReady = true, onExportLog } = props;
  const { meeting, personas } = view;
  const [shownId, setShownId] = useState<string | null>(personas[0]?.id ?? null);
  const { draft, change, saveState } = useDecisionDraft(meeting.id);
  /** What the anecdote panel shows (the projector's anecdotes, "pin the top one"). */
  const [hits] = useState(hitsStore);
  const [summaryOpen, setSummaryOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [roomOpen, setRoomOpen] = useState(false);
  const [escalating, setEscalating] = useState<Anecdote | null>(null);
  /** The decision whose customer reactions are on the projector, if any. */
  const [projectedId, setProjectedId] = useState<string | null>(null);
  const projected = view.decisions.find((d) => d.id === projectedId) ?? null;
  const submitRef = useRef<(() => void) | null>(null);
  const flows = useDecisionFlows(ops);
  const clock = useMeetingClock(view);
  const safe = useProjectorSafe();
  const people = usePeople();
  const overrider = overriderOf(meeting, people.current?.name ?? null);
  const shown = personas.find((p) => p.id === shownId) ?? personas[0] ?? null;
  const ended = meeting.status === 'ended';
  const prompts = view.deck?.prompts ?? [];

  // Dismissed or snoozed, the nudge is off the laptop and off the projector alike.
  const hold = useNudgeHold(meeting.id, silenceSince(meeting, clock.current), clock.now);
  const nudge: Nudge | null = clock.nudge && !hold.held
    ? {
        question: nudgeQuestion(shown ? firstName(shown.name) : null),
        prompt: nextUnanswered(prompts, view.answers, meeting.promptIndex)?.text ?? null,
      }
    : null;

  const nudgeText = nudge ? [nudge.question, nudge.prompt].filter(Boolean).join(' ') : null;
  const reactions = useMemo(
    () => projected && { statement: projected.statement, annotations: projected.annotations },
    [projected],
  );

  const impactPersonas = [...personas, ...allPersonas.filter((p) => p.archivedAt === null && !personas.some((x) => x.id === p.id))];
  const personaName = useCallback(
    (id: string) => (personas.find((p) => p.id === id) ?? allPersonas.find((p) => p.id === id))?.name ?? null,
    [personas, allPersonas],
  );
  const projectedSwitch = useMemo(() => ({ id: projected?.id ?? null, onChange: setProjectedId }), [projected?.id]);

  const edit = (patch: Partial<Draft>) => change((d) => ({ ...d, ...patch }));
  const togglePin = (a: Anecdote) => {
    const pinning = !draft.pinned.some((p) => p.id === a.id);
    change((d) => ({ ...d, pinned: pinning ? [...d.pinned, a] : d.pinned.filter((p) => p.id !== a.id) }));
    if (pinning) void ops.referCustomer('anecdote_pinned', a.id);
  };

  async function record() {
    // A one-way door is accepted through the gate, after it is recorded.
    const gated = draft.status === 'accepted' && draft.reversibility === 'one_way';
    const input = toNewDecision(meeting.id, draft, shown?.id ?? null, {
      status: gated ? 'proposed' : draft.status,
      agendaItemId: meeting.currentAgendaItemId,
    });
    const d = await ops.recordDecision(input);
    change(emptyDraft());
    if (gated) await flows.accept(d);
  }

  function toggleTimer() {
    const { status } = meeting;
    if (status === 'planned') ops.lifecycle('start');
    else if (status === 'paused') ops.lifecycle('resume');
    else if (status === 'running') {
      const next = view.agenda.find((a) => a.doneAt === null) ?? view.agenda[0];
      if (clock.current === null && next) ops.startAgendaItem(next.id);
      else ops.lifecycle('pause');
    }
  }

  const at = Math.min(Math.max(meeting.promptIndex, 0), Math.max(prompts.length - 1, 0));
  useEffect(() => {
    if (!actionsRef) return undefined;
    actionsRef.current = {
      status: meeting.status,
      nextPrompt: () => {
        if (at < prompts.length - 1) ops.movePrompt(at + 1);
      },
      prevPrompt: () => {
        if (at > 0) ops.movePrompt(at - 1);
      },
      recordDecision: () => submitRef.current?.(),
      pinTop: () => {
        const top = hits.get().find((h) => !draft.pinned.some((p) => p.id === h.anecdote.id));
        if (top && !ended) togglePin(top.anecdote);
      },
      toggleTimer,
      lifecycle: (op) => ops.lifecycle(op),
      showSummary: () => setSummaryOpen(true),
      reactionsOnProjector: projected !== null,
      hideReactions: () => setProjectedId(null),
      inviteRoom: () => {
        if (meeting.status === 'running') setRoomOpen(true);
      },
    };
    return () => {
      actionsRef.current = null;
    };
  });

  return (
    <section className="meeting" data-testid="meeting" aria-labelledby="meeting-title">
      <header className="meeting__header">
        <MeetingHeader
          meeting={meeting}
          onLifecycle={(op) => void ops.lifecycle(op)}
          onReopen={() => void ops.setStatus('running')}
          onSummary={() => setSummaryOpen(true)}
          onProjector={onProjector}
          onEdit={() => setEditing(true)}
          onInvite={() => setRoomOpen(true)}
        />
        <AgendaStrip
          items={view.agenda}
          currentId={meeting.currentAgendaItemId}
          now={clock.now}
          onStart={ended ? null : (id) => void ops.startAgendaItem(id)}
        />
      </header>

      <div className="meeting__columns">
        <Chair personas={personas} shownId={shown?.id ?? null} onShow={setShownId} nudge={nudge} hold={hold} />
        <div className="meeting__centre">
          {!ended && <DueForReview onReview={ops.recordReview} refreshKey={refreshKey} />}
          {!ended && <FollowUps followUps={view.followUps} />}
          <MeetingEscalations escalations={view.escalations} />
          {flows.error && (
            <div className="notice" role="alert" data-testid="decision-error">
              <span>{flows.error}</span>
              <button type="button" className="link-button" onClick={flows.dismissError}>
                Dismiss
              </button>
            </div>
          )}
          <PromptCard
            deck={view.deck}
            index={meeting.promptIndex}
            onMove={(i) => void ops.movePrompt(i)}
            answers={view.answers}
            onAnswer={ended ? null : ops.answerPrompt}
          />
          {ended ? (
            <>
              <div className="card ended-note" data-testid="meeting-ended">
                <p>This meeting has ended.</p>
                <button type="button" className="btn" onClick={() => void ops.setStatus('running')} data-testid="ended-reopen">
                  Reopen
                </button>
                {onExportLog && (
                  <button type="button" className="btn" onClick={() => onExportLog(meeting.id)} data-testid="ended-export">
                    Export decisions…
                  </button>
                )}
              </div>
              <MeetingSummary meetingId={meeting.id} personaName={personaName} refreshKey={refreshKey} />
            </>
          ) : (
            <DecisionForm
              draft={draft}
              onChange={edit}
              persona={shown}
              personas={impactPersonas}
              onSubmit={record}
              onUnpinAll={() => edit({ pinned: [] })}
              submitRef={submitRef}
              draftSave={saveState}
            />
          )}
          <ActionItems meetingId={meeting.id} items={view.actionItems} decisions={view.decisions} />
          <MeetingDecisions
            decisions={view.decisions}
            links={view.decisionLinks}
            personaName={personaName}
            actions={flows.actions}
            annotate
            projected={projectedSwitch}
          />
        </div>
        <AnecdotePanel
          personaId={shown?.id ?? null}
          personaName={shown?.name ?? null}
          draftText={ended ? '' : draftQueryText(draft)}
          pinned={draft.pinned}
          onTogglePin={ended ? null : togglePin}
          refreshKey={anecdotesKey}
          onHits={hits.set}
          onOpen={(a) => void ops.referCustomer('anecdote_opened', a.id)}
          onEscalate={setEscalating}
        />
      </div>

      <ProjectorFeed
        hits={hits}
        ready={projectorReady}
        meeting={meeting}
        persona={shown}
        deck={view.deck}
        promptIndex={meeting.promptIndex}
        current={clock.current}
        secondsLeft={clock.left}
        nudge={nudgeText}
        reactions={reactions}
        mask={safe.text}
      />
      {roomOpen && <RoomPanel meetingId={meeting.id} refreshKey={refreshKey} onClose={() => setRoomOpen(false)} />}
      {summaryOpen && (
        <Modal title="Summary" onClose={() => setSummaryOpen(false)} testId="summary-dialog" className="modal--xl">
          <MeetingSummary meetingId={meeting.id} personaName={personaName} refreshKey={refreshKey} />
          <div className="modal__actions">
            {onExportLog && (
              <button
                type="button"
                className="btn modal__actions-start"
                onClick={() => {
                  setSummaryOpen(false);
                  onExportLog(meeting.id);
                }}
                data-testid="summary-export"
              >
                Export decisions…
              </button>
            )}
            <button type="button" className="btn" onClick={() => setSummaryOpen(false)}>
              Close
            </button>
          </div>
        </Modal>
      )}
      {flows.gate && (
        <GateDialog
          decision={flows.gate.decision}
          reasons={flows.gate.reasons}
          by={overrider}
          onOverride={async () => {
            await ops.acceptDecision(flows.gate!.decision.id, overrider);
          }}
          onClose={flows.closeGate}
        />
      )}
      {flows.editing && (
        <DecisionEditDialog
          decision={flows.editing}
          chair={shown}
          personas={impactPersonas}
          onSave={async (edited, edits) => {
            const d = flows.editing!;
            await flows.saveEdit(d, toDecisionInput(d, edited, shown?.id ?? null, edits));
          }}
          onClose={flows.closeEdit}
        />
      )}
      {flows.deleting && (
        <ConfirmDialog
          title={`Delete “${flows.deleting.statement}”?`}
          message={deleteDecisionMessage(flows.deleting)}
          confirmLabel="Delete decision"
          onConfirm={() => ops.deleteDecision(flows.deleting!.id)}
          onClose={flows.closeDelete}
        />
      )}
      {editing && (
        <MeetingEditDialog
          view={view}
          personas={allPersonas}
          decks={decks}
          onSave={ops.updateMeeting}
          onDelete={ops.deleteMeeting}
          onClose={() => setEditing(false)}
        />
      )}
      {flows.prfaq && <PrFaqDialog decision={flows.prfaq} onClose={flows.closePrfaq} />}
      {escalating && (
        <EscalateDialog
          anecdote={escalating}
          meetingId={meeting.id}
          onEscalated={() => setEscalating(null)}
          onClose={() => setEscalating(null)}
        />
      )}
    </section>
  );
}

/** What deleting the decision takes with it, said before it goes. */
export function deleteDecisionMessage(d: Decision): string {
  const parts = [
    d.annotations.length ? plural(d.annotations.length, 'customer reaction') : null,
    d.evidenceIds.length ? plural(d.evidenceIds.length, 'evidence link') : null,
    d.impacts.length ? plural(d.impacts.length, 'customer impact') : null,
  ].filter(Boolean);
  const going = parts.length ? `Its ${parts.join(', ')} go with it (the anecdotes themselves stay).` : 'It has no reactions, evidence or impacts.';
  return `${going} A snapshot of the workspace is taken first, and you can undo for a few seconds.`;
}
