// The agenda item's clock, computed on this side from what the backend stores: the seconds
// already spent on the item plus, while it runs, the time since it was (re)started. Pure
// functions; `useNow` makes a component tick.
import { useEffect, useState } from 'react';

export type TimerLevel = 'ok' | 'near' | 'over';

/** Seconds spent: `accumulated` plus the time since `runningSince` (an RFC 3339 instant) if it runs. */
export function elapsedSeconds(accumulated: number, runningSince: string | null, nowMs: number): number {
  if (runningSince === null) return Math.max(0, accumulated);
  const since = Date.parse(runningSince);
  if (Number.isNaN(since)) return Math.max(0, accumulated);
  return Math.max(0, accumulated + Math.max(0, Math.floor((nowMs - since) / 1000)));
}

/** Seconds left of the planned minutes; negative once over. */
export function secondsLeft(plannedMinutes: number, elapsed: number): number {
  return plannedMinutes * 60 - elapsed;
}

/** Amber in the last fifth of the planned time (at least the last minute), red once over. */
export function timerLevel(plannedMinutes: number, elapsed: number): TimerLevel {
  const left = secondsLeft(plannedMinutes, elapsed);
  if (left < 0) return 'over';
  return left <= Math.max(60, plannedMinutes * 12) ? 'near' : 'ok';
}

/** 754 → "12:34"; hours stay in the minutes ("75:00"). Negative values are shown as positive. */
export function formatClock(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
}

/** "04:10 left", or "01:05 over" once past the planned time. */
export function formatLeft(left: number): string {
  return left < 0 ? `${formatClock(left)} over` : `${formatClock(left)} left`;
}

/** Whole minutes spent, for "12 of 15 min". */
export function minutesOf(seconds: number): number {
  return Math.floor(Math.max(0, seconds) / 60);
}

/** The time now (ms), updated every `intervalMs` while `active`. */
export function useNow(active = true, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(t);
  }, [active, intervalMs]);
  return now;
}
