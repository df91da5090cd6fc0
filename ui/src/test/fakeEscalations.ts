// The fake backend's escalations and decision-log exports, kept apart from fakeBackend.ts (which
// mounts them): escalations in memory with the backend's checks, the decision log computed from
// the fake meetings, exports that refuse an existing path with `exists` unless told to
// overwrite, and a JSON import answering `state.merge`.
import type { Anecdote } from '../bindings/Anecdote';
import type { DecisionFilter } from '../bindings/DecisionFilter';
import type { DecisionLog } from '../bindings/DecisionLog';
import type { Escalation } from '../bindings/Escalation';
import type { EscalationResolution } from '../bindings/EscalationResolution';
import type { ExportFormat } from '../bindings/ExportFormat';
import type { ExportReport } from '../bindings/ExportReport';
import type { MeetingView } from '../bindings/MeetingView';
import type { MergeReport } from '../bindings/MergeReport';
import type { NewEscalation } from '../bindings/NewEscalation';
import type { Persona } from '../bindings/Persona';

const HOUR = 3_600_000;

export function escalation(id: string, extra: Partial<Escalation> = {}): Escalation {
  const at = new Date().toISOString();
  return {
    id,
    anecdoteId: 'a1',
    anecdoteText: 'I paid to return a broken lamp.',
    owner: 'Ana Silva',
    note: '?',
    raisedBy: '',
    meetingId: null,
    deadlineHours: 24,
    dueAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    resolvedAt: null,
    resolvedBy: null,
    rootCause: '',
    fix: '',
    reportedInMeetingId: null,
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

type Ctx = {
  anecdotes: () => Anecdote[];
  personas: () => Persona[];
  views: Map<string, MeetingView>;
};

type Handler = (args: Record<string, unknown>) => unknown;

function invalid(message: string): never {
  throw { code: 'invalid', message };
}

/** The decision log the fake meetings make, as `f` filters it. */
function logOf(ctx: Ctx, f: DecisionFilter): DecisionLog {
  const meetings = [...ctx.views.values()]
    .filter((v) => !f.meetingId || v.meeting.id === f.meetingId)
    .filter((v) => (!f.from || v.meeting.heldOn >= f.from) && (!f.to || v.meeting.heldOn <= f.to))
    .map((v) => ({
      meeting: v.meeting,
      attendees: v.meeting.attendees,
      actionItems: v.actionItems,
      decisions: v.decisions.filter(
        (d) =>
          (!f.status || d.status === f.status) &&
          (!f.reversibility || d.reversibility === f.reversibility) &&
          (!f.direction || d.impacts.some((i) => i.direction === f.direction)) &&
          (!f.personaId || d.impacts.some((i) => i.personaId === f.personaId)),
      ),
    }))
    .filter((m) => m.decisions.length > 0)
    .sort((a, b) => a.meeting.heldOn.localeCompare(b.meeting.heldOn));
  return { filter: f, meetings, personas: ctx.personas() };
}

function escalationState() {
  return {
    escalations: [] as Escalation[],
    /** Paths the fake file system already has (an export to one needs `overwrite`). */
    existing: new Set<string>(),
    /** What `import_decision_log` answers (its `dryRun` is set from the call). */
    merge: { dryRun: true, added: 0, updated: 0, unchanged: 0, keptNewer: 0, changes: [] } as MergeReport,
  };
}

type EscalationState = ReturnType<typeof escalationState>;

/** Escalations with the backend's checks, the open ones soonest due first. */
function escalationHandlers(ctx: Ctx, state: EscalationState): Record<string, Handler> {
  const ids = { next: 1 };
  return {
    list_escalations: (a) => {
      const open = state.escalations.filter((e) => e.resolvedAt === null).sort((x, y) => x.dueAt.localeCompare(y.dueAt));
      const resolved = state.escalations.filter((e) => e.resolvedAt !== null);
      return a.includeResolved ? [...open, ...resolved] : open;
    },
    anecdote_escalations: (a) => state.escalations.filter((e) => e.anecdoteId === a.anecdoteId),
    escalate_anecdote: (a) => {
      const input = a.input as NewEscalation;
      const an = ctx.anecdotes().find((x) => x.id === input.anecdoteId);
      if (!an) throw { code: 'not_found', message: `anecdote ${input.anecdoteId} was not found` };
      if (input.owner.trim() === '') invalid('owner: must not be empty');
      if (!Number.isInteger(input.deadlineHours) || input.deadlineHours < 1 || input.deadlineHours > 8760) {
        invalid('deadlineHours: must be from 1 to 8760');
      }
      const e = escalation(`e${ids.next++}`, {
        anecdoteId: an.id,
        anecdoteText: an.text,
        owner: input.owner,
        note: input.note ?? '?',
        meetingId: input.meetingId ?? null,
        deadlineHours: input.deadlineHours,
        dueAt: new Date(Date.now() + input.deadlineHours * HOUR).toISOString(),
      });
      state.escalations.push(e);
      return e;
    },
    resolve_escalation: (a) => {
      const input = a.input as EscalationResolution;
      const e = state.escalations.find((x) => x.id === input.escalationId);
      if (!e) throw { code: 'not_found', message: `escalation ${input.escalationId} was not found` };
      if (input.rootCause.trim() === '') invalid('rootCause: say what happened');
      if (input.fix.trim() === '') invalid('fix: say what was fixed');
      const done = { ...e, rootCause: input.rootCause, fix: input.fix, resolvedAt: new Date().toISOString(), resolvedBy: '' };
      state.escalations = state.escalations.map((x) => (x.id === e.id ? done : x));
      return done;
    },
  };
}

/** The decision log, its search and its exports and import. */
function logHandlers(ctx: Ctx, state: EscalationState): Record<string, Handler> {
  return {
    decision_log: (a) => logOf(ctx, a.filter as DecisionFilter),
    // The Decisions screen: every decision the log filter takes, words matched as substrings.
    find_decisions: (a) => {
      const f = a.filter as DecisionFilter;
      const words = (f.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const rows = logOf(ctx, f)
        .meetings.flatMap((m) => m.decisions.map((d) => ({ m, d })))
        .filter(({ d }) => words.every((w) => `${d.statement} ${d.rationale}`.toLowerCase().includes(w)))
        .map(({ m, d }) => ({
          decision: d,
          meetingTitle: m.meeting.title,
          heldOn: m.meeting.heldOn,
          reviewDue: false,
          replacedBy: null,
          replaces: [],
        }));
      return { total: rows.length, rows };
    },
    export_decision_log: (a) => {
      const path = String(a.path);
      if (state.existing.has(path) && !a.overwrite) throw { code: 'exists', message: `${path} already exists` };
      state.existing.add(path);
      const log = logOf(ctx, a.filter as DecisionFilter);
      const decisions = log.meetings.reduce((n, m) => n + m.decisions.length, 0);
      const format = a.format as ExportFormat;
      const report: ExportReport = { format, path, decisions, files: format === 'adr' ? decisions : 1 };
      return report;
    },
    import_decision_log: (a) => ({ ...state.merge, dryRun: Boolean(a.dryRun) }),
  };
}

export function fakeEscalations(ctx: Ctx) {
  const state = escalationState();
  return { state, handlers: { ...escalationHandlers(ctx, state), ...logHandlers(ctx, state) } };
}
