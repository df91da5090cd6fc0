// The open meeting's clock: the current agenda item, the time now (ticking each second while
// the meeting runs), the seconds left of the item's planned time, and whether the chair should
// speak up.
import type { AgendaItem } from '../../bindings/AgendaItem';
import type { MeetingView } from '../../bindings/MeetingView';
import { nudgeDue } from './nudge';
import { elapsedSeconds, secondsLeft, useNow } from '../../lib/timer';

export type MeetingClock = {
  now: number;
  current: AgendaItem | null;
  /** Null when there is no current item or it has no planned minutes. */
  left: number | null;
  nudge: boolean;
};

export function meetingClock(view: MeetingView, now: number): MeetingClock {
  const current = view.agenda.find((a) => a.id === view.meeting.currentAgendaItemId) ?? null;
  const spent = current ? elapsedSeconds(current.elapsedSeconds, current.runningSince, now) : 0;
  const left = current && current.plannedMinutes !== null ? secondsLeft(current.plannedMinutes, spent) : null;
  return { now, current, left, nudge: nudgeDue(view.meeting, current, now) };
}

export function useMeetingClock(view: MeetingView): MeetingClock {
  const now = useNow(view.meeting.status === 'running');
  return meetingClock(view, now);
}
