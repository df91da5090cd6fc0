// "The chair speaks up": when the room has gone `nudgeMinutes` without bringing the customer in
// (an anecdote opened or pinned, a prompt answered, an impact recorded) during the current
// agenda item, the chair asks "What would <first name> say?" with the next unanswered prompt.
// The rule is docs/MEETING-API.md's; pure functions.
import type { AgendaItem } from '../../bindings/AgendaItem';
import type { Meeting } from '../../bindings/Meeting';
import type { Prompt } from '../../bindings/Prompt';
import type { PromptAnswer } from '../../bindings/PromptAnswer';

const ms = (iso: string | null | undefined): number | null => {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
};

/**
 * The instant the silence is counted from, or null when there is nothing to count: the later of
 * the last customer reference and the start of the current item's running stretch (time paused
 * does not count), or, with no current item, of the meeting's last reference and its start.
 */
export function silenceSince(meeting: Meeting, current: AgendaItem | null): number | null {
  const candidates = current
    ? [ms(current.lastCustomerReferenceAt), ms(current.runningSince ?? current.startedAt)]
    : [ms(meeting.lastCustomerReferenceAt), ms(meeting.startedAt)];
  const known = candidates.filter((t): t is number => t !== null);
  return known.length === 0 ? null : Math.max(...known);
}

/** Whether the chair should speak up now. */
export function nudgeDue(meeting: Meeting, current: AgendaItem | null, nowMs: number): boolean {
  if (meeting.status !== 'running' || meeting.nudgeMinutes <= 0) return false;
  const since = silenceSince(meeting, current);
  return since !== null && nowMs - since >= meeting.nudgeMinutes * 60_000;
}

/** Ids of the prompts the room answered (with a non-empty answer). */
export function answeredIds(answers: PromptAnswer[]): Set<string> {
  return new Set(answers.filter((a) => a.answer.trim() !== '').map((a) => a.promptId));
}

/** The first unanswered prompt from `index` on, wrapping round; null when all are answered. */
export function nextUnanswered(prompts: Prompt[], answers: PromptAnswer[], index: number): Prompt | null {
  const done = answeredIds(answers);
  for (let k = 0; k < prompts.length; k++) {
    const p = prompts[(Math.max(index, 0) + k) % prompts.length];
    if (p && !done.has(p.id)) return p;
  }
  return null;
}

/** "What would Diane say?" */
export function nudgeQuestion(firstName: string | null): string {
  return firstName ? `What would ${firstName} say?` : 'What would the customer say?';
}

/**
 * The facilitator's answer to the nudge: dismissed for the current silence (it comes back only
 * after the customer is brought in and the room goes quiet again, or the next agenda item
 * starts), or snoozed until an instant.
 */
export type NudgeHold = { kind: 'dismissed'; since: number } | { kind: 'snoozed'; until: number };

/** Whether `hold` keeps the nudge quiet now, for the silence counted from `since`. */
export function nudgeHeld(hold: NudgeHold | null, since: number | null, nowMs: number): boolean {
  if (hold === null) return false;
  return hold.kind === 'dismissed' ? hold.since === since : nowMs < hold.until;
}
