// One escalation in a list: who owns it, the customer's words (clamped to a few lines), the
// note, and either the time left (overdue ones say so in words and stand out) with a Resolve
// button, or the resolution: what happened and what was fixed.
import type { Escalation } from '../../bindings/Escalation';
import { formatDate } from '../../lib/format';
import { CustomerText } from '../../shared/CustomerText';
import { timeLeft } from './timeLeft';
import './escalations.css';

type Props = {
  escalation: Escalation;
  /** The current time, from `useNow`, so the time left ticks. */
  now: number;
  /** Absent: no Resolve button (e.g. a read-only list). */
  onResolve?: ((e: Escalation) => void) | null;
  /** Hide the anecdote's text (when the list is shown under that anecdote). */
  hideText?: boolean;
};

export function EscalationItem({ escalation: e, now, onResolve = null, hideText = false }: Props) {
  if (e.resolvedAt !== null) return <Resolved escalation={e} hideText={hideText} />;
  const left = timeLeft(e.dueAt, now);
  return (
    <li className={`escalation escalation--${left.urgency}`} data-testid="escalation">
      <div className="escalation__head">
        <span className="escalation__owner" data-testid="escalation-owner">
          {e.owner}
        </span>
        <span className="escalation__note" title="The note sent with it">
          “{e.note}”
        </span>
        <span className={`escalation__time escalation__time--${left.urgency}`} data-testid="escalation-time">
          {left.urgency === 'overdue' && (
            <span className="escalation__alert" aria-hidden="true">
              !
            </span>
          )}
          {left.text}
        </span>
      </div>
      {!hideText && (
        <p className="escalation__text" data-testid="escalation-text">
          <CustomerText text={e.anecdoteText} />
        </p>
      )}
      <div className="escalation__foot">
        <span className="muted">
          {e.raisedBy ? `Raised by ${e.raisedBy} · ` : ''}
          {e.deadlineHours} h deadline
        </span>
        {onResolve && (
          <button type="button" className="btn btn--small" onClick={() => onResolve(e)} data-testid="escalation-resolve">
            Resolve…
          </button>
        )}
      </div>
    </li>
  );
}

function Resolved({ escalation: e, hideText }: { escalation: Escalation; hideText: boolean }) {
  return (
    <li className="escalation escalation--resolved" data-testid="escalation">
      <div className="escalation__head">
        <span className="escalation__owner">{e.owner}</span>
        <span className="escalation__resolved-tag">Resolved {formatDate(e.resolvedAt)}</span>
      </div>
      {!hideText && (
        <p className="escalation__text" data-testid="escalation-text">
          <CustomerText text={e.anecdoteText} />
        </p>
      )}
      <dl className="escalation__resolution" data-testid="escalation-resolution">
        <dt>What happened</dt>
        <dd>{e.rootCause}</dd>
        <dt>What was fixed</dt>
        <dd>{e.fix}</dd>
      </dl>
    </li>
  );
}
