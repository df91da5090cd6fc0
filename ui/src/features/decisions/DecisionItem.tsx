// One decision on the Decisions screen: its statement, status, door, meeting and date, whether
// its review is due, and what replaced it or what it replaces (in any meeting). Opened in
// place: the rationale, options, impacts, evidence, the customer's reactions and its history.
import { useId } from 'react';

import type { DecisionLink } from '../../bindings/DecisionLink';
import type { DecisionRow } from '../../bindings/DecisionRow';
import { AnnotationThread } from '../annotations/AnnotationThread';
import { DecisionBadge } from '../../shared/Badge';
import { ImpactChip } from '../decision/MeetingDecisions';
import { REVERSIBILITY_LABEL, formatDate, plural } from '../../lib/format';

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
        <div id={`${id}-body`} className="decisions__body" data-testid="decisions-body">
          {d.rationale && <p className="decision__rationale">{d.rationale}</p>}
          {d.optionsConsidered && (
            <p className="decision__options">
              <strong>Options considered:</strong> {d.optionsConsidered}
            </p>
          )}
          {d.impacts.length > 0 ? (
            <ul className="decision__impacts">
              {d.impacts.map((i) => (
                <ImpactChip key={i.id} impact={i} personaName={personaName} />
              ))}
            </ul>
          ) : (
            <p className="muted">No customer impact recorded.</p>
          )}
          <p className="decision__facts">
            <span>{d.evidenceIds.length === 0 ? 'No evidence anecdotes' : plural(d.evidenceIds.length, 'evidence anecdote')}</span>
            {d.owner && <span>Owner: {d.owner}</span>}
            {d.reviewOn && <span>Review on {formatDate(d.reviewOn)}</span>}
          </p>
          <h3 className="decisions__subhead">History</h3>
          <ul className="decisions__history" data-testid="decisions-history">
            <li>Recorded {formatDate(d.createdAt)}</li>
            {d.updatedAt !== d.createdAt && <li>Last changed {formatDate(d.updatedAt)}</li>}
            {d.gateOverriddenBy && (
              <li>
                Accepted over the gate by {d.gateOverriddenBy}
                {d.gateOverriddenAt && ` on ${formatDate(d.gateOverriddenAt)}`}
              </li>
            )}
            {d.reviewedAt && (
              <li>
                Reviewed {formatDate(d.reviewedAt)}: {d.reviewHappened ? 'it happened' : 'it did not happen'}
                {d.reviewNote && ` · ${d.reviewNote}`}
              </li>
            )}
          </ul>
          <AnnotationThread decision={d} readOnly />
          <button type="button" className="btn btn--small" onClick={() => onOpenMeeting(d.meetingId)}>
            Open its meeting
          </button>
        </div>
      )}
    </li>
  );
}
