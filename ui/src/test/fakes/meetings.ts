// The meetings: listing, opening and creating them, the prompt shown, the room's answers and
// references to the customer, the decision draft and the summary (docs/MEETING-API.md). The
// score answers from fixtures/score.json (fixtures.ts).
import type { AnswerInput } from '../../bindings/AnswerInput';
import type { CustomerPulse } from '../../bindings/CustomerPulse';
import type { CustomerReference } from '../../bindings/CustomerReference';
import type { Meeting } from '../../bindings/Meeting';
import type { MeetingListItem } from '../../bindings/MeetingListItem';
import type { MeetingStatus } from '../../bindings/MeetingStatus';
import type { MeetingView } from '../../bindings/MeetingView';
import type { NewMeeting } from '../../bindings/NewMeeting';
import type { PromptAnswer } from '../../bindings/PromptAnswer';
import type { ScorePoint } from '../../bindings/ScorePoint';
import { startOrResume } from './agenda';
import { type Ctx, type Handlers, now } from './context';
import { scoreOf } from './fixtures';
import { agendaItem, meeting, view } from './samples';

const listItem = (v: MeetingView): MeetingListItem => ({
  id: v.meeting.id,
  title: v.meeting.title,
  heldOn: v.meeting.heldOn,
  status: v.meeting.status,
  decisionCount: v.decisions.length,
});

/** The view `create_meeting` makes of `input` (planned: not started yet). */
function created(ctx: Ctx, input: NewMeeting): MeetingView {
  const id = `new${ctx.next()}`;
  const m = meeting(id, {
    title: input.title,
    heldOn: input.heldOn ?? '2025-03-02',
    goal: input.goal ?? '',
    deckId: input.deckId ?? null,
    personaIds: input.personaIds ?? [],
    attendees: (input.attendees ?? []).map((a, n) => ({ id: `${id}-a${n}`, name: a.name, role: a.role ?? 'participant' })),
    nudgeMinutes: input.nudgeMinutes ?? 10,
    status: 'planned',
    startedAt: null,
  });
  return view(m, {
    personas: ctx.state.personas.filter((p) => m.personaIds.includes(p.id)),
    deck: ctx.state.decks.find((d) => d.id === m.deckId) ?? null,
    agenda: (input.agenda ?? []).map((a, n) =>
      agendaItem(`${id}-g${n}`, a.title, { meetingId: id, position: n, plannedMinutes: a.plannedMinutes ?? null }),
    ),
  });
}

export function meetingHandlers(ctx: Ctx): Handlers {
  const { state, viewOf } = ctx;
  const update = (id: unknown, patch: Partial<Meeting>): Meeting => {
    const v = viewOf(id);
    v.meeting = { ...v.meeting, ...patch };
    return v.meeting;
  };
  return {
    list_meetings: () => [...state.views.values()].map(listItem),
    open_meeting: (a) => viewOf(a.id),
    set_prompt_index: (a) => update(a.meetingId, { promptIndex: Number(a.index) }),
    set_meeting_status: (a) => update(a.meetingId, { status: a.status as MeetingStatus }),
    create_meeting: (a) => {
      const input = a.input as NewMeeting;
      const v = created(ctx, input);
      state.views.set(v.meeting.id, v);
      if (!input.planned) startOrResume(v);
      return v.meeting;
    },
    save_decision_draft: (a) => {
      const draft = String(a.draft);
      if (draft === '') state.drafts.delete(String(a.meetingId));
      else {
        JSON.parse(draft);
        state.drafts.set(String(a.meetingId), draft);
      }
      return null;
    },
    get_decision_draft: (a) => state.drafts.get(String(a.meetingId)) ?? null,
    meeting_summary: (a) => {
      const v = viewOf(a.meetingId);
      const score = scoreOf(v, state.spoken.get(v.meeting.id) ?? 0);
      const point: ScorePoint = { meetingId: v.meeting.id, title: v.meeting.title, heldOn: v.meeting.heldOn, score: score.score };
      return { meeting: v.meeting, decisions: v.decisions, score, trend: [...state.trend, point] };
    },
  };
}

/** What the room says: bringing the customer in, and answering the deck's questions. */
export function roomHandlers({ state, viewOf, stamp, next }: Ctx): Handlers {
  return {
    record_customer_reference: (a) => {
      const input = a.input as CustomerReference;
      const v = viewOf(input.meetingId);
      const at = stamp(v);
      if (input.kind === 'spoke_for_customer') state.spoken.set(v.meeting.id, (state.spoken.get(v.meeting.id) ?? 0) + 1);
      if (input.anecdoteId && !v.consultedAnecdoteIds.includes(input.anecdoteId)) v.consultedAnecdoteIds.push(input.anecdoteId);
      const pulse: CustomerPulse = {
        meetingId: v.meeting.id,
        agendaItemId: v.meeting.currentAgendaItemId,
        lastCustomerReferenceAt: at,
        anecdotesConsulted: v.consultedAnecdoteIds.length,
      };
      return pulse;
    },
    answer_prompt: (a) => {
      const input = a.input as AnswerInput;
      const v = viewOf(input.meetingId);
      const decisionId = input.decisionId ?? null;
      const same = (x: PromptAnswer) => x.promptId === input.promptId && x.decisionId === decisionId;
      const before = v.answers.find(same);
      v.answers = v.answers.filter((x) => !same(x));
      if (input.answer.trim() === '') return null;
      const t = now();
      const saved: PromptAnswer = {
        id: before?.id ?? `ans${next()}`,
        meetingId: input.meetingId,
        promptId: input.promptId,
        agendaItemId: input.agendaItemId ?? null,
        decisionId,
        answer: input.answer,
        createdAt: before?.createdAt ?? t,
        updatedAt: t,
      };
      v.answers.push(saved);
      stamp(v);
      return saved;
    },
  };
}
