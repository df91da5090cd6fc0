// The decision being written in a meeting, with the anecdotes pinned to it as evidence, and
// how it becomes the `record_decision` payload.
import type { Anecdote } from '../bindings/Anecdote';
import type { ImpactDirection } from '../bindings/ImpactDirection';
import type { NewDecision } from '../bindings/NewDecision';
import type { NewImpact } from '../bindings/NewImpact';
import type { Reversibility } from '../bindings/Reversibility';

export type Draft = {
  statement: string;
  rationale: string;
  direction: ImpactDirection;
  whatChanges: string;
  reversibility: Reversibility;
  /** Pinned anecdotes, kept whole so they stay listed when a new search no longer finds them. */
  pinned: Anecdote[];
};

export const EMPTY_DRAFT: Draft = {
  statement: '',
  rationale: '',
  direction: 'unknown',
  whatChanges: '',
  reversibility: 'unknown',
  pinned: [],
};

/** The text the anecdote panel searches with while no search is typed. */
export function draftQueryText(d: Draft): string {
  return [d.statement, d.rationale].map((s) => s.trim()).filter(Boolean).join(' ');
}

/**
 * The payload for `record_decision`. The impact is on the persona in the chair; with no one in
 * the chair it is sent only if the user said something about it.
 */
export function toNewDecision(meetingId: string, d: Draft, personaId: string | null): NewDecision {
  const impacts: NewImpact[] = [];
  if (personaId !== null || d.direction !== 'unknown' || d.whatChanges.trim() !== '') {
    const impact: NewImpact = { direction: d.direction, whatChanges: d.whatChanges.trim() };
    if (personaId !== null) impact.personaId = personaId;
    impacts.push(impact);
  }
  return {
    meetingId,
    statement: d.statement.trim(),
    rationale: d.rationale.trim(),
    reversibility: d.reversibility,
    impacts,
    evidenceIds: d.pinned.map((a) => a.id),
  };
}
