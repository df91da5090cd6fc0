// The meeting screen: the header (lifecycle, summary, projector) and the agenda strip, then
// the chair (with its nudge), the decisions due for review, the escalations (open, and those
// resolved since the last meeting), the prompt with the room's answer,
// the decision form (or, once ended, the summary) and the log, and the anecdote panel. Owns the
// persona shown, the decision draft (kept by the backend), the customer references, what the
// projector shows (with the reactions to one decision when the facilitator turns them on),
// escalating an anecdote, and the actions the keyboard and the palette reach (`actionsRef`).
import { useCallback, useMemo, useRef, useState, type MutableRefObject } from 'react';

import type { Anecdote } from '../../bindings/Anecdote';
import type { MeetingView } from '../../bindings/MeetingView';
import type { Persona } from '../../bindings/Persona';
import type { PromptDeck } from '../../bindings/PromptDeck';
import { MeetingEditDialog } from './MeetingEditDialog';
import { ActionItems, FollowUps } from '../action-items/ActionItems';
import { draftQueryText, emptyDraft, toNewDecision, type Draft } from '../decision/draft';
import { firstName } from '../../lib/format';
import type { MeetingActions } from './meetingActions';
import { nextUnanswered, nudgeQuestion, silenceSince } from './nudge';
import { useProjectorSafe } from '../../lib/projectorSafe';
import { useDecisionDraft } from '../decision/useDecisionDraft';
import { useMeetingClock } from './useMeetingClock';
import { useMeetingShortcuts } from './useMeetingShortcuts';
import { useNudgeHold } from './useNudgeHold';
import type { useWorkspace } from '../../lib/useWorkspace';
import { AnecdotePanel } from './AnecdotePanel';
import { Chair, type Nudge } from './Chair';
import { PrFaqDialog } from '../decision/PrFaqDialog';
import { DecisionForm } from '../decision/DecisionForm';
import { MeetingDecisions } from '../decision/MeetingDecisions';
import { EscalateDialog } from '../escalations/EscalateDialog';
import { MeetingEscalations } from '../escalations/MeetingEscalations';
import { AgendaStrip } from './AgendaStrip';
import { DueForReview } from './DueForReview';
import { DecisionDialogs, EndedNote, SummaryDialog } from './MeetingDialogs';
import { MeetingHeader } from './MeetingHeader';
import { ProjectorFeed, hitsStore } from './ProjectorFeed';
import { overriderOf, useDecisionFlows } from './useDecisionFlows';
import { usePeople } from '../../lib/usePeople';
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
  const { view, allPersonas, decks = [], refreshKey, ops, onProjector, projectorReady = true, onExportLog } = props;
  const m = useMeetingScreen(props);
  const { meeting, shown, ended, flows } = m;
  return (
    <section className="meeting" data-testid="meeting" aria-labelledby="meeting-title">
      <header className="meeting__header">
        <MeetingHeader
          meeting={meeting}
          onLifecycle={(op) => void ops.lifecycle(op)}
          onReopen={() => void ops.setStatus('running')}
          onSummary={() => m.setSummaryOpen(true)}
          onProjector={onProjector}
          onEdit={() => m.setEditing(true)}
          onInvite={() => m.setRoomOpen(true)}
        />
        <AgendaStrip
          items={view.agenda}
          currentId={meeting.currentAgendaItemId}
          now={m.clock.now}
          onStart={ended ? null : (id) => void ops.startAgendaItem(id)}
        />
      </header>
      <div className="meeting__columns">
        <Chair personas={view.personas} shownId={shown?.id ?? null} onShow={m.setShownId} nudge={m.nudge} hold={m.hold} />
        <MeetingCentre screen={m} props={props} />
        <AnecdotePanel
          personaId={shown?.id ?? null}
          personaName={shown?.name ?? null}
          draftText={ended ? '' : draftQueryText(m.draft)}
          pinned={m.draft.pinned}
          onTogglePin={ended ? null : m.togglePin}
          refreshKey={props.anecdotesKey ?? 0}
          onHits={m.hits.set}
          onOpen={(a) => void ops.referCustomer('anecdote_opened', a.id)}
          onEscalate={m.setEscalating}
        />
      </div>
      <ProjectorFeed
        hits={m.hits}
        ready={projectorReady}
        meeting={meeting}
        persona={shown}
        deck={view.deck}
        promptIndex={meeting.promptIndex}
        current={m.clock.current}
        secondsLeft={m.clock.left}
        nudge={m.nudgeText}
        reactions={m.reactions}
        mask={m.safe.text}
      />
      {m.roomOpen && <RoomPanel meetingId={meeting.id} refreshKey={refreshKey} onClose={() => m.setRoomOpen(false)} />}
      {m.summaryOpen && (
        <SummaryDialog meetingId={meeting.id} personaName={m.personaName} refreshKey={refreshKey} onExportLog={onExportLog} onClose={() => m.setSummaryOpen(false)} />
      )}
      <DecisionDialogs flows={flows} ops={ops} overrider={m.overrider} chair={shown} personas={m.impactPersonas} />
      {m.editing && (
        <MeetingEditDialog
          view={view}
          personas={allPersonas}
          decks={decks}
          onSave={ops.updateMeeting}
          onDelete={ops.deleteMeeting}
          onClose={() => m.setEditing(false)}
        />
      )}
      {flows.prfaq && <PrFaqDialog decision={flows.prfaq} onClose={flows.closePrfaq} />}
      {m.escalating && (
        <EscalateDialog
          anecdote={m.escalating}
          meetingId={meeting.id}
          onEscalated={() => m.setEscalating(null)}
          onClose={() => m.setEscalating(null)}
        />
      )}
    </section>
  );
}

type Screen = ReturnType<typeof useMeetingScreen>;

/** The middle column: what is due, the prompt, the decision being written (or, once ended, the
 *  summary), the action items and the meeting's decisions. */
function MeetingCentre({ screen: m, props }: { screen: Screen; props: Props }) {
  const { view, refreshKey, ops, onExportLog } = props;
  const { meeting, ended, flows } = m;
  return (
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
          <EndedNote meetingId={meeting.id} onReopen={() => void ops.setStatus('running')} onExportLog={onExportLog} />
          <MeetingSummary meetingId={meeting.id} personaName={m.personaName} refreshKey={refreshKey} />
        </>
      ) : (
        <DecisionForm
          draft={m.draft}
          onChange={m.edit}
          persona={m.shown}
          personas={m.impactPersonas}
          onSubmit={m.record}
          onUnpinAll={() => m.edit({ pinned: [] })}
          submitRef={m.submitRef}
          draftSave={m.saveState}
        />
      )}
      <ActionItems meetingId={meeting.id} items={view.actionItems} decisions={view.decisions} />
      <MeetingDecisions
        decisions={view.decisions}
        links={view.decisionLinks}
        personaName={m.personaName}
        actions={flows.actions}
        annotate
        projected={m.projectedSwitch}
      />
    </div>
  );
}

/** The screen's state: the persona shown, the draft, the nudge, what the projector shows, which
 *  dialog is open; and the shortcuts' actions kept up to date in `actionsRef`. */
function useMeetingScreen({ view, allPersonas, ops, actionsRef }: Props) {
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

  // Dismissed or snoozed, the nudge is off the laptop and off the projector alike.
  const hold = useNudgeHold(meeting.id, silenceSince(meeting, clock.current), clock.now);
  const nudge = clock.nudge && !hold.held ? nudgeOf(view, shown) : null;

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

  useMeetingShortcuts(actionsRef, {
    view,
    ops,
    current: clock.current,
    draft,
    hits,
    togglePin,
    submitRef,
    projected,
    hideReactions: () => setProjectedId(null),
    showSummary: () => setSummaryOpen(true),
    inviteRoom: () => setRoomOpen(true),
  });

  return {
    meeting, shown, ended, flows, clock, safe, hold, nudge, nudgeText, reactions, hits, draft, saveState, edit, togglePin,
    record, submitRef, overrider, impactPersonas, personaName, projectedSwitch, setShownId,
    summaryOpen, setSummaryOpen, editing, setEditing, roomOpen, setRoomOpen, escalating, setEscalating,
  };
}

/** What the chair says when the room has been quiet: a question to the persona shown, and the
 *  next prompt nobody has answered. */
function nudgeOf(view: MeetingView, shown: Persona | null): Nudge {
  const prompts = view.deck?.prompts ?? [];
  return {
    question: nudgeQuestion(shown ? firstName(shown.name) : null),
    prompt: nextUnanswered(prompts, view.answers, view.meeting.promptIndex)?.text ?? null,
  };
}
