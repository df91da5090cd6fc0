// One decision on the Decisions screen: its statement, status, door, meeting and date, whether
// its review is due, and what replaced it or what it replaces (in any meeting). Opened in
// place: the rationale, options, impacts, evidence, the customer's reactions and its history.
import { useId } from 'react';

import type { DecisionLink } from '../../bindings/DecisionLink';
import type { DecisionRow } from '../../bindings/DecisionRow';
import { DecisionBadge } from '../../shared/Badge';
import { REVERSIBILITY_LABEL, formatDate } from '../../lib/format';
import { DecisionItemBody } from './DecisionItemBody';

type Props = {
  row: DecisionRow;
  open: boolean;
  onToggle: () => void;
  personaName: (id: string) => string | null;
  onOpenMeeting: (id: string) => void;
};

function LinkText({ link, onOpenMeeting }: { link: DecisionLink; onOpenMeeting: (id: string) => void }) {
  return (
    <>
      “{link.statement}” in{' '}
      <button type="button" className="link-button" onClick={() => onOpenMeeting(link.meetingId)}>
        {link.meetingTitle}
      </button>
    </>
  );
}

export function DecisionItem({ row, open, onToggle, personaName, onOpenMeeting }: Props) {
  const id = useId();
  const d = row.decision;
  return (
    <li className={`decisions__item${row.reviewDue ? ' decisions__item--due' : ''}`} data-testid="decisions-item">
      <button
        type="button"
        className="decisions__toggle"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={onToggle}
        data-testid="decisions-open"
      >
        <span className="decisions__statement" data-testid="decisions-statement">
          {d.statement}
        </span>
        <span className="decisions__meta">
          <DecisionBadge status={d.status} />
          {d.reversibility !== 'unknown' && <span className={`door door--${d.reversibility}`}>{REVERSIBILITY_LABEL[d.reversibility]}</span>}
          {row.reviewDue && (
            <span className="badge badge--due" data-testid="decisions-due">
              Review due
            </span>
          )}
          <span>
            {row.meetingTitle} · {formatDate(row.heldOn)}
          </span>
        </span>
      </button>
      {row.replacedBy && (
        <p className="decisions__link" data-testid="decisions-replaced-by">
          Replaced by <LinkText link={row.replacedBy} onOpenMeeting={onOpenMeeting} />
        </p>
      )}
      {row.replaces.map((r) => (
        <p key={r.id} className="decisions__link" data-testid="decisions-replaces">
          Replaces <LinkText link={r} onOpenMeeting={onOpenMeeting} />
        </p>
      ))}
      {open && (
        <DecisionItemBody id={`${id}-body`} decision={d} personaName={personaName} onOpenMeeting={onOpenMeeting} />
      )}
    </li>
  );
}
