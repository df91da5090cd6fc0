// How long an escalation's owner has left, in the words the lists show: "45 min left",
// "3 h left", "due in 2 d", and once the deadline has passed "overdue by 5 h". The state
// (`overdue`, `soon`, `ok`) picks the look; the words alone already say it, so nothing is
// told by colour only.
import { useNow as useClock } from '../../lib/timer';

export type Urgency = 'overdue' | 'soon' | 'ok';

export type TimeLeft = { urgency: Urgency; text: string };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Under this much time left, an escalation is "soon". */
export const SOON_MS = 4 * HOUR;

/** A span as the lists say it: minutes under an hour, hours under two days, then days. */
function span(ms: number): { n: number; unit: 'min' | 'h' | 'd' } {
  if (ms < HOUR) return { n: Math.max(1, Math.round(ms / MINUTE)), unit: 'min' };
  if (ms < 2 * DAY) return { n: Math.round(ms / HOUR), unit: 'h' };
  return { n: Math.round(ms / DAY), unit: 'd' };
}

/** The time left until `dueAt` (RFC 3339) as seen at `now`. */
export function timeLeft(dueAt: string, now: number): TimeLeft {
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return { urgency: 'ok', text: `due ${dueAt}` };
  const ms = due - now;
  if (ms < 0) {
    const s = span(-ms);
    return { urgency: 'overdue', text: `overdue by ${s.n} ${s.unit}` };
  }
  const s = span(ms);
  const text = s.unit === 'd' ? `due in ${s.n} d` : `${s.n} ${s.unit} left`;
  return { urgency: ms < SOON_MS ? 'soon' : 'ok', text };
}

/** The current time, renewed every minute, so "time left" ticks. */
export function useNow(): number {
  return useClock(true, MINUTE);
}
