// The meeting's lifecycle and its agenda timers (docs/MEETING-API.md): starting, pausing,
// resuming and ending a meeting, and moving between agenda items, each item's clock counting
// the seconds it ran.
import type { MeetingView } from '../../bindings/MeetingView';
import { type Ctx, type Handlers, notFound, now } from './context';

const seconds = (from: string) => Math.max(0, Math.floor((Date.now() - Date.parse(from)) / 1000));

/** Stops the current item's clock, adding the running stretch to its time. */
function stopClock(v: MeetingView, done: boolean) {
  v.agenda = v.agenda.map((a) => {
    if (a.id !== v.meeting.currentAgendaItemId) return a;
    const elapsedSeconds = a.elapsedSeconds + (a.runningSince ? seconds(a.runningSince) : 0);
    return { ...a, elapsedSeconds, runningSince: null, doneAt: done ? now() : a.doneAt };
  });
}

function runClock(v: MeetingView) {
  const t = now();
  v.agenda = v.agenda.map((a) =>
    a.id === v.meeting.currentAgendaItemId && !a.runningSince ? { ...a, runningSince: t, startedAt: a.startedAt ?? t } : a,
  );
}

/** Starts (or resumes) `v`, on its first agenda item if none is current. */
export function startOrResume(v: MeetingView): MeetingView {
  if (v.meeting.status === 'ended') throw { code: 'invalid', message: 'the meeting has ended' };
  if (v.meeting.currentAgendaItemId === null && v.agenda[0]) v.meeting.currentAgendaItemId = v.agenda[0].id;
  v.meeting = { ...v.meeting, status: 'running', startedAt: v.meeting.startedAt ?? now() };
  runClock(v);
  return v;
}

export function agendaHandlers({ viewOf }: Ctx): Handlers {
  return {
    start_meeting: (a) => startOrResume(viewOf(a.meetingId)),
    resume_meeting: (a) => startOrResume(viewOf(a.meetingId)),
    pause_meeting: (a) => {
      const v = viewOf(a.meetingId);
      if (v.meeting.status === 'running') {
        stopClock(v, false);
        v.meeting = { ...v.meeting, status: 'paused' };
      }
      return v;
    },
    end_meeting: (a) => {
      const v = viewOf(a.meetingId);
      stopClock(v, true);
      v.meeting = { ...v.meeting, status: 'ended', endedAt: now() };
      return v;
    },
    start_agenda_item: (a) => {
      const v = viewOf(a.meetingId);
      if (v.meeting.status === 'ended') throw { code: 'invalid', message: 'the meeting has ended' };
      if (!v.agenda.some((x) => x.id === a.itemId)) notFound('agenda item', a.itemId);
      if (v.meeting.currentAgendaItemId === a.itemId && v.meeting.status === 'running') return v;
      stopClock(v, true);
      v.meeting = { ...v.meeting, currentAgendaItemId: String(a.itemId) };
      return startOrResume(v);
    },
  };
}
