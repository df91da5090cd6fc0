// The nudge dismissed or snoozed, per meeting: kept while the app runs, so leaving the meeting
// for the library and coming back does not bring back a nudge the facilitator put away.
import { useCallback, useState } from 'react';

import { nudgeHeld, type NudgeHold } from './nudge';

/** Snooze lengths the chair offers, in minutes. */
export const SNOOZE_MINUTES = [5, 10] as const;

const holds = new Map<string, NudgeHold>();

/** Forgets every meeting's hold (a new workspace; tests). */
export function clearNudgeHolds() {
  holds.clear();
}

export type NudgeHoldState = {
  /** The nudge is kept quiet now. */
  held: boolean;
  /** When a snooze ends, while one runs. */
  snoozedUntil: number | null;
  dismiss: () => void;
  snooze: (minutes: number) => void;
  /** Ends a snooze or a dismissal: the nudge shows again if it is due. */
  resume: () => void;
};

/** `since`: the instant the current silence is counted from (`silenceSince`); `now`: the clock. */
export function useNudgeHold(meetingId: string, since: number | null, now: number): NudgeHoldState {
  const [hold, setHoldState] = useState<NudgeHold | null>(() => holds.get(meetingId) ?? null);
  const setHold = useCallback(
    (h: NudgeHold | null) => {
      if (h === null) holds.delete(meetingId);
      else holds.set(meetingId, h);
      setHoldState(h);
    },
    [meetingId],
  );
  const held = nudgeHeld(hold, since, now);
  return {
    held,
    snoozedUntil: held && hold?.kind === 'snoozed' ? hold.until : null,
    dismiss: useCallback(() => setHold(since === null ? null : { kind: 'dismissed', since }), [setHold, since]),
    snooze: useCallback((minutes: number) => setHold({ kind: 'snoozed', until: Date.now() + minutes * 60_000 }), [setHold]),
    resume: useCallback(() => setHold(null), [setHold]),
  };
}
