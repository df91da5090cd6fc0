// The meeting's lifecycle and its agenda timers (docs/MEETING-API.md): starting, pausing,
// resuming and ending a meeting, and moving between agenda items. What each command does (its
// refusal, the status, the current item, which timers run and which stamps are set) answers
// from fixtures/agenda.json, written by chair-core's agenda_fixtures.rs; the fake applies it,
// adding the stretch a stopped timer ran to the item's time.
import agendaFixtures from '../fixtures/agenda.json';
import type { CommandError } from '../../bindings/CommandError';
import type { MeetingStatus } from '../../bindings/MeetingStatus';
import type { MeetingView } from '../../bindings/MeetingView';
import { type Ctx, type Handlers, notFound, now } from './context';
import { lookup } from './fixtures';

type Command = 'start' | 'resume' | 'pause' | 'end' | 'startFirst' | 'startSecond';
/** A stamp after the command: as it was, the command's instant, or none. */
type Stamp = 'kept' | 'now' | 'cleared';
/** Which agenda item is current: none, the first or the second. */
type Current = 'none' | 'first' | 'second';

/**
 * What chair-core did for one command (src-tauri/core/tests/it/agenda_fixtures.rs): given the
 * meeting's status, its current item and whether it has an agenda, the refusal, or the meeting
 * and its first two items after.
 */
type AgendaCase = {
  given: { command: Command; status: MeetingStatus; current: Current; agenda: boolean };
  refusal: CommandError | null;
  after: {
    status: MeetingStatus;
    current: Current;
    startedAt: Stamp;
    endedAt: Stamp;
    items: { running: boolean; startedAt: Stamp; doneAt: Stamp }[];
  } | null;
};
const AGENDA_CASES = Object.entries(agendaFixtures.cases as Record<string, AgendaCase>);
const agendaKey = (g: AgendaCase['given']) => JSON.stringify([g.command, g.status, g.current, g.agenda]);
const POSITIONS = ['first', 'second'] as const;

const seconds = (from: string) => Math.max(0, Math.floor((Date.now() - Date.parse(from)) / 1000));

function currentOf(v: MeetingView): Current {
  const n = v.agenda.findIndex((a) => a.id === v.meeting.currentAgendaItemId);
  return n < 0 ? 'none' : (POSITIONS[n] ?? (`item ${n + 1}` as Current));
}

/** Runs `command` on `v` as the fixture says chair-core does; throws its refusal. */
function run(v: MeetingView, command: Command): MeetingView {
  const given = { command, status: v.meeting.status, current: currentOf(v), agenda: v.agenda.length > 0 };
  const { refusal, after } = lookup(AGENDA_CASES, agendaKey, given, 'agenda_fixtures.rs');
  if (refusal || !after) throw refusal;
  const t = now();
  const set = (before: string | null, s: Stamp) => (s === 'kept' ? before : s === 'now' ? t : null);
  const current = after.current === 'none' ? null : (v.agenda[POSITIONS.indexOf(after.current)]?.id ?? null);
  v.meeting = {
    ...v.meeting,
    status: after.status,
    currentAgendaItemId: current,
    startedAt: set(v.meeting.startedAt, after.startedAt),
    endedAt: set(v.meeting.endedAt, after.endedAt),
  };
  v.agenda = v.agenda.map((a, n) => {
    const it = after.items[n];
    if (!it) return a;
    const ran = a.runningSince && !it.running ? seconds(a.runningSince) : 0;
    return {
      ...a,
      elapsedSeconds: a.elapsedSeconds + ran,
      runningSince: it.running ? (a.runningSince ?? t) : null,
      startedAt: set(a.startedAt, it.startedAt),
      doneAt: set(a.doneAt, it.doneAt),
    };
  });
  return v;
}

/** Starts (or resumes) `v`, as `start_meeting` does. */
export const startOrResume = (v: MeetingView): MeetingView => run(v, 'start');

export function agendaHandlers({ viewOf }: Ctx): Handlers {
  return {
    start_meeting: (a) => run(viewOf(a.meetingId), 'start'),
    resume_meeting: (a) => run(viewOf(a.meetingId), 'resume'),
    pause_meeting: (a) => run(viewOf(a.meetingId), 'pause'),
    end_meeting: (a) => run(viewOf(a.meetingId), 'end'),
    start_agenda_item: (a) => {
      const v = viewOf(a.meetingId);
      const n = v.agenda.findIndex((x) => x.id === a.itemId);
      // An ended meeting is refused before the item is looked for.
      if (n < 0 && v.meeting.status !== 'ended') notFound('agenda item', a.itemId);
      const commands: Record<number, Command> = { [-1]: 'startFirst', 0: 'startFirst', 1: 'startSecond' };
      return run(v, commands[n] ?? (`start item ${n + 1}` as Command));
    },
  };
}
