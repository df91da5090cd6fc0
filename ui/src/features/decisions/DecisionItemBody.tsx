// What an opened decision on the Decisions screen shows: its rationale, options, impacts,
// evidence, owner and review date, its history, the customer's reactions, and a way to its
// meeting.
import type { Decision } from '../../bindings/Decision';
import { AnnotationThread } from '../annotations/AnnotationThread';
import { formatDate, plural } from '../../lib/format';
import { ImpactList } from '../../shared/ImpactList';

type Props = {
  /** The id the toggle's aria-controls points at. */
  id: string;
  decision: Decision;
  personaName: (id: string) => string | null;
  onOpenMeeting: (id: string) => void;
};

export function DecisionItemBody({ id, decision: d, personaName, onOpenMeeting }: Props) {
  return (
    <div id={id} className="decisions__body" data-testid="decisions-body">
      {d.rationale && <p className="decision__rationale">{d.rationale}</p>}
      {d.optionsConsidered && (
        <p className="decision__options">
          <strong>Options considered:</strong> {d.optionsConsidered}
        </p>
      )}
      <ImpactList impacts={d.impacts} personaName={personaName} />
      <p className="decision__facts">
        <span>{d.evidenceIds.length === 0 ? 'No evidence anecdotes' : plural(d.evidenceIds.length, 'evidence anecdote')}</span>
        {d.owner && <span>Owner: {d.owner}</span>}
        {d.reviewOn && <span>Review on {formatDate(d.reviewOn)}</span>}
      </p>
      <DecisionHistory decision={d} />
      <AnnotationThread decision={d} readOnly />
      <button type="button" className="btn btn--small" onClick={() => onOpenMeeting(d.meetingId)}>
        Open its meeting
      </button>
    </div>
  );
}

/** When it was recorded and changed, accepted over the gate, and reviewed. */
function DecisionHistory({ decision: d }: { decision: Decision }) {
  return (
    <>
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
    </>
  );
}
