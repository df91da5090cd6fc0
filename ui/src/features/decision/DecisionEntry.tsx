// One decision in the meeting's log: statement, status, door, links to the decisions it
// replaces or that replace it, why, options, impacts, evidence, owner, review date, the gate
// and the review; its buttons; and under it the customer's reactions.
import type { Decision } from '../../bindings/Decision';
import type { DecisionLinks } from '../../bindings/DecisionLinks';
import { REVERSIBILITY_LABEL, formatDate, plural } from '../../lib/format';
import { AnnotationThread } from '../annotations/AnnotationThread';
import { DecisionBadge } from '../../shared/Badge';
import { CustomerText } from '../../shared/CustomerText';
import { DecisionActionButtons, type DecisionActions } from './DecisionActionButtons';
import { ImpactChip } from './ImpactChip';

type Props = {
  decision: Decision;
  links: DecisionLinks | undefined;
  /** The name of a persona by id, or null when it is not known. */
  personaName: (id: string) => string | null;
  /** Absent: read only. */
  actions: DecisionActions | null;
  /** Whether reactions can be added and changed here (else the thread is read only). */
  annotate: boolean;
  /** The decision whose reactions are on the projector, and the switch; absent: no switch. */
  projected: { id: string | null; onChange: (id: string | null) => void } | null;
};

export function DecisionEntry({ decision: d, links, personaName, actions, annotate, projected }: Props) {
  return (
    <li className="decision" data-testid="decision">
      <div className="decision__head">
        <p className="decision__statement" data-testid="decision-statement-text">
          <CustomerText text={d.statement} />
        </p>
        <DecisionBadge status={d.status} />
        {d.reversibility !== 'unknown' && (
          <span className={`door door--${d.reversibility}`}>{REVERSIBILITY_LABEL[d.reversibility]}</span>
        )}
      </div>
      <DecisionLinkLines links={links} />
      {d.rationale && <p className="decision__rationale">{d.rationale}</p>}
      {d.optionsConsidered && (
        <p className="decision__options">
          <strong>Options considered:</strong> {d.optionsConsidered}
        </p>
      )}
      {d.impacts.length > 0 && (
        <ul className="decision__impacts">
          {d.impacts.map((i) => (
            <ImpactChip key={i.id} impact={i} personaName={personaName} />
          ))}
        </ul>
      )}
      <p className="decision__facts">
        <span className="decision__evidence">
          {d.evidenceIds.length === 0 ? 'No evidence anecdotes' : plural(d.evidenceIds.length, 'evidence anecdote')}
        </span>
        {d.owner && <span>Owner: {d.owner}</span>}
        {d.reviewOn && <span>Review on {formatDate(d.reviewOn)}</span>}
      </p>
      {d.gateOverriddenBy && (
        <p className="decision__gate" data-testid="gate-override-note">
          accepted over the gate by {d.gateOverriddenBy}
        </p>
      )}
      {d.reviewedAt && (
        <p className="decision__review" data-testid="review-note">
          Reviewed {formatDate(d.reviewedAt)}: {d.reviewHappened ? 'it happened' : 'it did not happen'}
          {d.reviewNote && ` · ${d.reviewNote}`}
        </p>
      )}
      {actions && <DecisionActionButtons decision={d} actions={actions} />}
      <AnnotationThread
        decision={d}
        readOnly={!annotate}
        onProjector={projected ? projected.id === d.id : undefined}
        onProjectorChange={projected ? (on) => projected.onChange(on ? d.id : null) : undefined}
      />
    </li>
  );
}

/** "Replaced by “…” (meeting)" and "Replaces “…” (meeting)". */
function DecisionLinkLines({ links }: { links: DecisionLinks | undefined }) {
  if (!links) return null;
  return (
    <>
      {links.replacedBy && (
        <p className="decision__link" data-testid="decision-replaced-by">
          Replaced by “{links.replacedBy.statement}” ({links.replacedBy.meetingTitle})
        </p>
      )}
      {links.replaces.map((r) => (
        <p key={r.id} className="decision__link" data-testid="decision-replaces">
          Replaces “{r.statement}” ({r.meetingTitle})
        </p>
      ))}
    </>
  );
}
