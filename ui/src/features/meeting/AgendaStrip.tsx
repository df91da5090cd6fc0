// The agenda as a strip under the meeting's title: each item with its planned and spent time;
// the current one with a live "mm:ss left" (amber near the end, red when over); any other can be
// made current. The time is computed here from what the backend stores (lib/timer.ts).
import type { AgendaItem } from '../../bindings/AgendaItem';
import { elapsedSeconds, formatClock, formatLeft, minutesOf, secondsLeft, timerLevel } from '../../lib/timer';
import { CustomerText } from '../../shared/CustomerText';

type Props = {
  items: AgendaItem[];
  currentId: string | null;
  /** The time now (ms), ticking while the meeting runs. */
  now: number;
  /** Absent when the meeting has ended. */
  onStart: ((itemId: string) => void) | null;
};

export function AgendaStrip({ items, currentId, now, onStart }: Props) {
  if (items.length === 0) return null;
  return (
    <ol className="agenda" data-testid="agenda" aria-label="Agenda">
      {items.map((item, n) => {
        const current = item.id === currentId;
        const spent = elapsedSeconds(item.elapsedSeconds, item.runningSince, now);
        const planned = item.plannedMinutes;
        const done = item.doneAt !== null && !current;
        return (
          <li
            key={item.id}
            className={`agenda__item${current ? ' agenda__item--current' : ''}${done ? ' agenda__item--done' : ''}`}
            aria-current={current ? 'step' : undefined}
            data-testid="agenda-item"
          >
            <span className="agenda__title">
              <span className="agenda__n">{n + 1}.</span> <CustomerText text={item.title} />
            </span>
            <span className="agenda__time" data-testid="agenda-time">
              {planned !== null ? `${minutesOf(spent)} of ${planned} min` : `${minutesOf(spent)} min`}
            </span>
            {current && planned !== null && <TimeLeft planned={planned} spent={spent} running={item.runningSince !== null} />}
            {current && planned === null && (
              <span className="time-left" data-testid="time-spent">
                {formatClock(spent)} spent
              </span>
            )}
            {!current && onStart && (
              <button
                type="button"
                className="btn btn--small agenda__start"
                onClick={() => onStart(item.id)}
                data-testid="start-agenda-item"
                aria-label={`Make “${item.title}” the current item`}
              >
                {done ? 'Back to it' : 'Start'}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function TimeLeft({ planned, spent, running }: { planned: number; spent: number; running: boolean }) {
  const left = secondsLeft(planned, spent);
  const level = timerLevel(planned, spent);
  return (
    <span
      className={`time-left time-left--${level}${running ? '' : ' time-left--stopped'}`}
      data-testid="time-left"
      data-level={level}
      role="timer"
      aria-label={`${formatLeft(left)}${running ? '' : ', paused'}`}
    >
      {formatLeft(left)}
    </span>
  );
}
