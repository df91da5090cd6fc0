// Pure helpers of useWorkspace: what a change asks to read again, and the open meeting's view
// with what arrived whole in place (the room's reactions, the customer brought in).
import type { Annotation } from '../bindings/Annotation';
import type { ChangeArea } from '../bindings/ChangeArea';
import type { Changed } from '../bindings/Changed';
import type { CustomerPulse } from '../bindings/CustomerPulse';
import type { MeetingView } from '../bindings/MeetingView';

/** What to read again after `c`: each list, and the open meeting's view. */
export function reloadsFor(c: Changed, openMeetingId: string | null): Reloads {
  // Reactions carried whole (a device in the room reacting) are put in place by `withReactions`:
  // nothing to read again, as no list or count shows them.
  if (c.reactions.length > 0 && c.areas.every((a) => a === 'decisions')) {
    return { summary: false, meetings: false, personas: false, decks: false, view: false };
  }
  const any = (...areas: ChangeArea[]) => c.areas.includes('workspace') || areas.some((a) => c.areas.includes(a));
  const inOpen = openMeetingId !== null && (c.areas.includes('workspace') || c.meetingId === null || c.meetingId === openMeetingId);
  return {
    summary: any('meetings', 'decisions', 'personas', 'anecdotes'),
    meetings: any('meetings', 'decisions'),
    personas: any('personas'),
    decks: any('decks'),
    view: inOpen && any('meetings', 'decisions', 'personas', 'anecdotes', 'escalations'),
  };
}

/** The view with `reactions` in place under their decisions (replaced by id, else added last,
 * as the thread is oldest first). */
export function withReactions(v: MeetingView, reactions: Annotation[]): MeetingView {
  const byDecision = new Map<string, Annotation[]>();
  for (const r of reactions) byDecision.set(r.decisionId, [...(byDecision.get(r.decisionId) ?? []), r]);
  if (!v.decisions.some((d) => byDecision.has(d.id))) return v;
  return {
    ...v,
    decisions: v.decisions.map((d) => {
      const mine = byDecision.get(d.id);
      if (!mine) return d;
      const annotations = [...d.annotations];
      for (const r of mine) {
        const at = annotations.findIndex((a) => a.id === r.id);
        if (at >= 0) annotations[at] = r;
        else annotations.push(r);
      }
      return { ...d, annotations };
    }),
  };
}

export type Reloads = { summary: boolean; meetings: boolean; personas: boolean; decks: boolean; view: boolean };

/** Both reloads at once: everything either reads. */
export function mergeReloads(a: Reloads | null, b: Reloads): Reloads {
  if (a === null) return b;
  return {
    summary: a.summary || b.summary,
    meetings: a.meetings || b.meetings,
    personas: a.personas || b.personas,
    decks: a.decks || b.decks,
    view: a.view || b.view,
  };
}

/** The view with the customer brought in at `at` (meeting-wide and on the stamped item). */
export function withPulse(v: MeetingView, pulse: CustomerPulse, anecdoteId: string | null = null): MeetingView {
  if (v.meeting.id !== pulse.meetingId) return v;
  const at = pulse.lastCustomerReferenceAt;
  return {
    ...v,
    meeting: { ...v.meeting, lastCustomerReferenceAt: at },
    agenda: v.agenda.map((a) => (a.id === pulse.agendaItemId ? { ...a, lastCustomerReferenceAt: at } : a)),
    consultedAnecdoteIds:
      anecdoteId && !v.consultedAnecdoteIds.includes(anecdoteId) ? [...v.consultedAnecdoteIds, anecdoteId] : v.consultedAnecdoteIds,
  };
}
