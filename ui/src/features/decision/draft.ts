// The decision being written in a meeting: its fields, its customer impacts (one row per persona
// or segment), the anecdotes pinned to it as evidence; how it becomes the `record_decision`
// payload, how it is kept as the backend's opaque draft (JSON) and read back, and how a recorded
// decision becomes an `update_decision` payload.
import type { Anecdote } from '../../bindings/Anecdote';
import type { Confidence } from '../../bindings/Confidence';
import type { CustomerImpact } from '../../bindings/CustomerImpact';
import type { Decision } from '../../bindings/Decision';
import type { DecisionInput } from '../../bindings/DecisionInput';
import type { DecisionStatus } from '../../bindings/DecisionStatus';
import type { ImpactDirection } from '../../bindings/ImpactDirection';
import type { NewDecision } from '../../bindings/NewDecision';
import type { NewImpact } from '../../bindings/NewImpact';
import type { Reversibility } from '../../bindings/Reversibility';

/** Who an impact is on: the persona in the chair (whoever it is when recorded), a persona, or a segment. */
export type ImpactTarget = 'chair' | 'segment' | `persona:${string}`;

export type ImpactDraft = {
  /** Stable React key of the row. */
  key: string;
  target: ImpactTarget;
  /** The segment's name when `target` is "segment". */
  segment: string;
  direction: ImpactDirection;
  magnitude: number | null;
  confidence: Confidence | null;
  reach: string;
  whatChanges: string;
};

export type Draft = {
  statement: string;
  rationale: string;
  optionsConsidered: string;
  owner: string;
  status: DecisionStatus;
  /** "YYYY-MM-DD" or "". */
  reviewOn: string;
  reversibility: Reversibility;
  impacts: ImpactDraft[];
  /** Pinned anecdotes, kept whole so they stay listed when a new search no longer finds them. */
  pinned: Anecdote[];
};

let rowSeq = 0;
function impactKey(): string {
  rowSeq += 1;
  return `impact-${rowSeq}`;
}

export function emptyImpact(target: ImpactTarget = 'chair'): ImpactDraft {
  return {
    key: impactKey(),
    target,
    segment: '',
    direction: 'unknown',
    magnitude: null,
    confidence: null,
    reach: '',
    whatChanges: '',
  };
}

const FIRST_IMPACT_KEY = 'impact-chair';

/** A fresh draft: one impact row, on the persona in the chair. */
export function emptyDraft(): Draft {
  return {
    statement: '',
    rationale: '',
    optionsConsidered: '',
    owner: '',
    status: 'proposed',
    reviewOn: '',
    reversibility: 'unknown',
    impacts: [{ ...emptyImpact('chair'), key: FIRST_IMPACT_KEY }],
    pinned: [],
  };
}

function impactIsBlank(i: ImpactDraft): boolean {
  return (
    i.direction === 'unknown' &&
    i.whatChanges.trim() === '' &&
    i.segment.trim() === '' &&
    i.magnitude === null &&
    i.confidence === null &&
    i.reach.trim() === ''
  );
}

/** Whether nothing was written: such a draft is not kept. */
export function isDraftEmpty(d: Draft): boolean {
  return (
    d.statement.trim() === '' &&
    d.rationale.trim() === '' &&
    d.optionsConsidered.trim() === '' &&
    d.owner.trim() === '' &&
    d.reviewOn === '' &&
    d.status === 'proposed' &&
    d.reversibility === 'unknown' &&
    d.pinned.length === 0 &&
    d.impacts.every((i) => i.target === 'chair' && impactIsBlank(i))
  );
}

/** The text the anecdote panel searches with while no search is typed. */
export function draftQueryText(d: Draft): string {
  return [d.statement, d.rationale].map((s) => s.trim()).filter(Boolean).join(' ');
}

/** The persona an impact row is on, given who is in the chair now. */
export function impactPersonaId(i: ImpactDraft, chairId: string | null): string | null {
  if (i.target === 'chair') return chairId;
  if (i.target.startsWith('persona:')) return i.target.slice('persona:'.length);
  return null;
}

/** An impact row as the backend takes it, or null when it says nothing. */
export function toNewImpact(i: ImpactDraft, chairId: string | null): NewImpact | null {
  const personaId = impactPersonaId(i, chairId);
  const segment = i.target === 'segment' ? i.segment.trim() : '';
  if (personaId === null && segment === '' && impactIsBlank(i)) return null;
  const out: NewImpact = { direction: i.direction, whatChanges: i.whatChanges.trim() };
  if (personaId !== null) out.personaId = personaId;
  if (segment) out.segment = segment;
  if (i.magnitude !== null) out.magnitude = i.magnitude;
  if (i.confidence !== null) out.confidence = i.confidence;
  if (i.reach.trim()) out.reach = i.reach.trim();
  return out;
}

/**
 * The payload for `record_decision`. Impacts on no one that say nothing are left out; optional
 * fields are sent only when filled in. `status` defaults to the draft's.
 */
export function toNewDecision(
  meetingId: string,
  d: Draft,
  chairId: string | null,
  options: { status?: DecisionStatus; agendaItemId?: string | null } = {},
): NewDecision {
  const impacts = d.impacts.map((i) => toNewImpact(i, chairId)).filter((i): i is NewImpact => i !== null);
  const out: NewDecision = {
    meetingId,
    statement: d.statement.trim(),
    rationale: d.rationale.trim(),
    reversibility: d.reversibility,
    impacts,
    evidenceIds: d.pinned.map((a) => a.id),
  };
  const status = options.status ?? d.status;
  if (status !== 'proposed') out.status = status;
  if (d.optionsConsidered.trim()) out.optionsConsidered = d.optionsConsidered.trim();
  if (d.owner.trim()) out.owner = d.owner.trim();
  if (d.reviewOn) out.reviewOn = d.reviewOn;
  if (options.agendaItemId) out.agendaItemId = options.agendaItemId;
  return out;
}

/** What is kept with `save_decision_draft`: the draft itself, versioned. */
export function serializeDraft(d: Draft): string {
  return isDraftEmpty(d) ? '' : JSON.stringify({ v: 1, draft: d });
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(v as T) ? (v as T) : fallback;

const DIRECTIONS = ['helps', 'hurts', 'neutral', 'unknown'] as const;
const CONFIDENCES = ['low', 'medium', 'high'] as const;
const STATUSES = ['proposed', 'accepted', 'rejected', 'superseded', 'deprecated'] as const;
const DOORS = ['one_way', 'two_way', 'unknown'] as const;

function parseImpact(v: unknown): ImpactDraft | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const target = str(o.target, 'chair');
  const magnitude = typeof o.magnitude === 'number' && o.magnitude >= 1 && o.magnitude <= 5 ? Math.round(o.magnitude) : null;
  return {
    key: impactKey(),
    target: target === 'chair' || target === 'segment' || target.startsWith('persona:') ? (target as ImpactTarget) : 'chair',
    segment: str(o.segment),
    direction: oneOf(o.direction, DIRECTIONS, 'unknown'),
    magnitude,
    confidence: o.confidence == null ? null : oneOf(o.confidence, CONFIDENCES, 'medium'),
    reach: str(o.reach),
    whatChanges: str(o.whatChanges),
  };
}

function isAnecdote(v: unknown): v is Anecdote {
  return typeof v === 'object' && v !== null && typeof (v as Anecdote).id === 'string' && typeof (v as Anecdote).text === 'string';
}

/** A kept draft read back; null when there is none or it cannot be read. */
export function parseDraft(text: string | null): Draft | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const d = (raw as { draft?: unknown } | null)?.draft;
  if (typeof d !== 'object' || d === null) return null;
  const o = d as Record<string, unknown>;
  const impacts = Array.isArray(o.impacts) ? o.impacts.map(parseImpact).filter((i): i is ImpactDraft => i !== null) : [];
  return {
    statement: str(o.statement),
    rationale: str(o.rationale),
    optionsConsidered: str(o.optionsConsidered),
    owner: str(o.owner),
    status: oneOf(o.status, STATUSES, 'proposed'),
    reviewOn: /^\d{4}-\d{2}-\d{2}$/.test(str(o.reviewOn)) ? str(o.reviewOn) : '',
    reversibility: oneOf(o.reversibility, DOORS, 'unknown'),
    impacts: impacts.length > 0 ? impacts : emptyDraft().impacts,
    pinned: Array.isArray(o.pinned) ? o.pinned.filter(isAnecdote) : [],
  };
}

/** A recorded impact back as a row. */
export function impactDraftOf(i: CustomerImpact): ImpactDraft {
  return {
    key: impactKey(),
    target: i.personaId ? `persona:${i.personaId}` : 'segment',
    segment: i.segment,
    direction: i.direction,
    magnitude: i.magnitude,
    confidence: i.confidence,
    reach: i.reach,
    whatChanges: i.whatChanges,
  };
}

/**
 * A recorded decision in the form's shape, for editing. Its evidence (`pinned`) starts empty:
 * the edit dialog reads the anecdotes and passes their ids as `DecisionEdits`.
 */
export function draftOf(d: Decision): Draft {
  return {
    statement: d.statement,
    rationale: d.rationale,
    optionsConsidered: d.optionsConsidered,
    owner: d.owner,
    status: d.status,
    reviewOn: d.reviewOn ?? '',
    reversibility: d.reversibility,
    impacts: d.impacts.length > 0 ? d.impacts.map(impactDraftOf) : [emptyImpact('chair')],
    pinned: [],
  };
}

/** What an edit sets beyond the form's fields: the evidence, and the decision that replaces it. */
export type DecisionEdits = { evidenceIds: string[]; supersededBy: string | null };

/**
 * The `update_decision` payload: the edited fields, the evidence and replacing decision of
 * `edits` (by default the decision's own), the agenda item kept. `supersededBy` is sent only
 * with the status superseded.
 */
export function toDecisionInput(
  d: Decision,
  edited: Draft,
  chairId: string | null,
  edits: DecisionEdits = { evidenceIds: d.evidenceIds, supersededBy: d.supersededBy },
): DecisionInput {
  const n = toNewDecision(d.meetingId, edited, chairId, { agendaItemId: d.agendaItemId });
  const input: DecisionInput = {
    statement: n.statement,
    rationale: n.rationale ?? '',
    optionsConsidered: edited.optionsConsidered.trim(),
    owner: edited.owner.trim(),
    status: edited.status,
    reversibility: edited.reversibility,
    impacts: n.impacts ?? [],
    evidenceIds: edits.evidenceIds,
  };
  if (d.agendaItemId) input.agendaItemId = d.agendaItemId;
  if (edited.reviewOn) input.reviewOn = edited.reviewOn;
  if (edited.status === 'superseded' && edits.supersededBy) input.supersededBy = edits.supersededBy;
  return input;
}

/** A decision with only its status changed, as `update_decision` takes it. */
export function withStatus(d: Decision, status: DecisionStatus, supersededBy: string | null = null): DecisionInput {
  return toDecisionInput(d, { ...draftOf(d), status }, null, { evidenceIds: d.evidenceIds, supersededBy });
}
