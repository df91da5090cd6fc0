// MeetingDecisions (not `DecisionLog`, which is the backend's filtered log across meetings):
// the decisions of the open meeting, oldest first: statement, status, door type, why, options,
// owner, review date, the customer impact chips and how much evidence backs each one, whether it
// was accepted over the gate and how its review went; with Accept, a status change, Edit and
// the PR/FAQ draft (and Delete) for each; and under each, the customer's reactions (the ambassadors' thread).
import { memo } from 'react';

import type { Decision } from '../../bindings/Decision';
import type { DecisionLinks } from '../../bindings/DecisionLinks';
import type { DecisionActions } from './DecisionActionButtons';
import { DecisionEntry } from './DecisionEntry';

export type { DecisionActions } from './DecisionActionButtons';
export { ImpactChip } from './ImpactChip';

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
            <DecisionEntry
              key={d.id}
              decision={d}
              links={links.find((l) => l.decisionId === d.id)}
              personaName={personaName}
              actions={actions}
              annotate={annotate}
              projected={projected}
            />
          ))}
        </ol>
      )}
    </section>
  );
});
