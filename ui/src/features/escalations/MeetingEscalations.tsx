// Escalations in the meeting: the ones still open (with time left and Resolve) and the ones
// resolved since the last meeting, with what happened and what was fixed, so the room hears
// the answer to its "?". Comes with the meeting's view; shows nothing when there is none. It
// folds away (a disclosure, open at first) so it does not push the decision form down all
// meeting long.
import { useState } from 'react';

import type { Escalation } from '../../bindings/Escalation';
import { EscalationItem } from './EscalationItem';
import { ResolveDialog } from './ResolveDialog';
import { useNow } from './timeLeft';
import './escalations.css';

type Props = {
  escalations: Escalation[];
};

export function MeetingEscalations({ escalations }: Props) {
  const now = useNow();
  const [resolving, setResolving] = useState<Escalation | null>(null);
  if (escalations.length === 0) return null;
  const open = escalations.filter((e) => e.resolvedAt === null);
  const resolved = escalations.filter((e) => e.resolvedAt !== null);

  return (
    <details className="card escalations escalations--meeting" data-testid="meeting-escalations" open>
      <summary className="escalations__summary">
        <h2 className="card__title">
          Escalations <span className="count">{escalations.length}</span>
          {resolved.length > 0 && <span className="escalations__news">{resolved.length} answered</span>}
        </h2>
      </summary>
      {resolved.length > 0 && (
        <>
          <h3 className="escalations__subhead">Resolved since the last meeting</h3>
          <ul className="escalations__list" data-testid="meeting-escalations-resolved">
            {resolved.map((e) => (
              <EscalationItem key={e.id} escalation={e} now={now} />
            ))}
          </ul>
        </>
      )}
      {open.length > 0 && (
        <>
          <h3 className="escalations__subhead">Still open</h3>
          <ul className="escalations__list" data-testid="meeting-escalations-open">
            {open.map((e) => (
              <EscalationItem key={e.id} escalation={e} now={now} onResolve={setResolving} />
            ))}
          </ul>
        </>
      )}
      {resolving && (
        <ResolveDialog escalation={resolving} onResolved={() => setResolving(null)} onClose={() => setResolving(null)} />
      )}
    </details>
  );
}
