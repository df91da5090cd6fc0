// MeetingDecisions (not `DecisionLog`, which is the backend's filtered log across meetings):
// the decisions of the open meeting, oldest first: statement, status, door type, why, options,
// owner, review date, the customer impact chips and how much evidence backs each one, whether it
// was accepted over the gate and how its review went; with Accept, a status change, Edit and
// the PR/FAQ draft (and Delete) for each; and under each, the customer's reactions (the ambassadors' thread).
import { memo } from 'react';

import type { CustomerImpact } from '../../bindings/CustomerImpact';
import type { Decision } from '../../bindings/Decision';
import type { DecisionLinks } from '../../bindings/DecisionLinks';
import type { DecisionStatus } from '../../bindings/DecisionStatus';
import { DIRECTION_LABEL, REVERSIBILITY_LABEL, formatDate, plural } from '../../lib/format';
import { AnnotationThread } from '../annotations/AnnotationThread';
import { DecisionBadge } from '../../shared/Badge';
import { DecisionStatusControl } from './DecisionStatusControl';
import { CustomerText } from '../../shared/CustomerText';

export type DecisionActions = {
  onAccept: (d: Decision) => void;
  onStatus: (d: Decision, status: DecisionStatus, supersededBy: string | null) => void;
  onEdit: (d: Decision) => void;
  onPrfaq: (d: Decision) => void;
  /** Asks first; absent: decisions cannot be deleted here. */
  onDelete?: (d: Decision) => void;
};

const NO_LINKS: DecisionLinks[] = [];

type Props = {
  decisions: Decision[];
  /** The name of a persona by id, or null when it is not known. */
  personaName: (id: string) => string | null;
  /** Absent: the log is read only. */
  actions?: DecisionActions | null;
  /** Whether reactions can be added and changed here (else the threads are read only). */
  annotate?: boolean;
  /** "Replaced by" / "replaces" links of the decisions that have them (any meeting). */
  links?: DecisionLinks[];
  /** The decision whose reactions are on the projector, and the switch; absent: no switch. */
  projected?: { id: string | null; onChange: (id: string | null) => void } | null;
};

// Memoized: the meeting re-renders on every key of the decision being typed, the log only when
// its decisions or links change.
export const MeetingDecisions = memo(function MeetingDecisions(props: Props) {
  const { decisions, personaName, actions = null, annotate = false, projected = null, links = NO_LINKS } = props;
  return (
    <section className="card decision-log" data-testid="decision-log" aria-labelledby="decision-log-title">
      <h2 className="card__title" id="decision-log-title">
        Decisions in this meeting <span className="count">{decisions.length}</span>
      </h2>
      {decisions.length === 0 ? (
        <p className="muted">Nothing decided yet. Each decision you record appears here.</p>
      ) : (
        <ol className="decision-log__list">
          {decisions.map((d) => (
            <li key={d.id} className="decision" data-testid="decision">
              <div className="decision__head">
                <p className="decision__statement" data-testid="decision-statement-text">
                  <CustomerText text={d.statement} />
                </p>
                <DecisionBadge status={d.status} />
                {d.reversibility !== 'unknown' && (
                  <span className={`door door--${d.reversibility}`}>{REVERSIBILITY_LABEL[d.reversibility]}</span>
                )}
              </div>
              <DecisionLinkLines links={links.find((l) => l.decisionId === d.id)} />
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
              {actions && (
                <div className="decision__actions">
                  {d.status !== 'accepted' && (
                    <button type="button" className="btn btn--small" onClick={() => actions.onAccept(d)} data-testid="accept-decision">
                      Accept
                    </button>
                  )}
                  <DecisionStatusControl decision={d} onStatus={actions.onStatus} />
                  <button type="button" className="btn btn--small" onClick={() => actions.onEdit(d)} data-testid="edit-decision">
                    Edit
                  </button>
                  <button type="button" className="btn btn--small" onClick={() => actions.onPrfaq(d)} data-testid="prfaq-draft">
                    PR/FAQ draft
                  </button>
                  {actions.onDelete && (
                    <button
                      type="button"
                      className="btn btn--small btn--danger-quiet"
                      onClick={() => actions.onDelete?.(d)}
                      data-testid="delete-decision"
                      aria-label={`Delete “${d.statement}”`}
                    >
                      Delete…
                    </button>
                  )}
                </div>
              )}
              <AnnotationThread
                decision={d}
                readOnly={!annotate}
                onProjector={projected ? projected.id === d.id : undefined}
                onProjectorChange={projected ? (on) => projected.onChange(on ? d.id : null) : undefined}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});

export function ImpactChip({ impact, personaName }: { impact: CustomerImpact; personaName: Props['personaName'] }) {
  const who = (impact.personaId !== null ? personaName(impact.personaId) : null) || impact.segment || 'Customers';
  const scale = [
    impact.magnitude !== null ? `magnitude ${impact.magnitude}/5` : null,
    impact.confidence !== null ? `${impact.confidence} confidence` : null,
    impact.reach ? `reach ${impact.reach}` : null,
  ].filter(Boolean);
  return (
    <li className="impact">
      <span className={`chip chip--${impact.direction}`} data-testid="impact-chip">
        {DIRECTION_LABEL[impact.direction]} · {who}
      </span>
      {scale.length > 0 && <span className="impact__scale">{scale.join(' · ')}</span>}
      {impact.whatChanges && <span className="impact__changes">{impact.whatChanges}</span>}
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
