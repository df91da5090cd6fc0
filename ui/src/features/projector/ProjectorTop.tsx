// The projector's top line: the meeting, and the agenda item with its time left, the clock
// amber in the last two minutes and red once over.
import type { ProjectorState } from '../../bindings/ProjectorState';
import { formatLeft } from '../../lib/timer';

/** The projector's clock goes amber in the last two minutes, red once over. */
export function projectorLevel(secondsLeft: number): 'ok' | 'near' | 'over' {
  if (secondsLeft < 0) return 'over';
  return secondsLeft <= 120 ? 'near' : 'ok';
}

export function ProjectorTop({ state: s }: { state: ProjectorState }) {
  const hasClock = s.secondsLeft != null;
  return (
    <header className="projector__top">
      <span className="projector__meeting">{s.meetingTitle}</span>
      {(s.agendaItemTitle || hasClock) && (
        <span className="projector__agenda">
          {s.agendaItemTitle}
          {hasClock && (
            <span
              className={`projector__clock projector__clock--${projectorLevel(s.secondsLeft ?? 0)}`}
              data-testid="projector-time-left"
            >
              {formatLeft(s.secondsLeft ?? 0)}
            </span>
          )}
        </span>
      )}
    </header>
  );
}
