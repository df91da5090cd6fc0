// The decisions of the open meeting, oldest first: statement, status, door type, why, the
// customer impact chips and how much evidence backs each one.
import type { CustomerImpact } from '../bindings/CustomerImpact';
import type { Decision } from '../bindings/Decision';
import { DIRECTION_LABEL, REVERSIBILITY_LABEL, plural } from '../lib/format';
import { DecisionBadge } from './Badge';

type Props = {
  decisions: Decision[];
  /** The name of a persona by id, or null when it is not known. */
  personaName: (id: string) => string | null;
};

export function DecisionLog({ decisions, personaName }: Props) {
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
                  {d.statement}
                </p>
                <DecisionBadge status={d.status} />
                {d.reversibility !== 'unknown' && (
                  <span className={`door door--${d.reversibility}`}>
                    {REVERSIBILITY_LABEL[d.reversibility]}
                  </span>
                )}
              </div>
              {d.rationale && <p className="decision__rationale">{d.rationale}</p>}
              {d.impacts.length > 0 && (
                <ul className="decision__impacts">
                  {d.impacts.map((i) => (
                    <ImpactChip key={i.id} impact={i} personaName={personaName} />
                  ))}
                </ul>
              )}
              <p className="decision__evidence">
                {d.evidenceIds.length === 0
                  ? 'No evidence anecdotes'
                  : `${plural(d.evidenceIds.length, 'evidence anecdote')}`}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ImpactChip({
  impact,
  personaName,
}: {
  impact: CustomerImpact;
  personaName: Props['personaName'];
}) {
  const who =
    (impact.personaId !== null ? personaName(impact.personaId) : null) ||
    impact.segment ||
    'Customers';
  return (
    <li className="impact">
      <span className={`chip chip--${impact.direction}`} data-testid="impact-chip">
        {DIRECTION_LABEL[impact.direction]} · {who}
      </span>
      {impact.whatChanges && <span className="impact__changes">{impact.whatChanges}</span>}
    </li>
  );
}
