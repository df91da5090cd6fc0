// The buttons under a decision in the meeting's log: Accept (unless accepted), the status,
// Edit, the PR/FAQ draft, and Delete where decisions can be deleted.
import type { Decision } from '../../bindings/Decision';
import type { DecisionStatus } from '../../bindings/DecisionStatus';
import { DecisionStatusControl } from './DecisionStatusControl';

export type DecisionActions = {
  onAccept: (d: Decision) => void;
  onStatus: (d: Decision, status: DecisionStatus, supersededBy: string | null) => void;
  onEdit: (d: Decision) => void;
  onPrfaq: (d: Decision) => void;
  /** Asks first; absent: decisions cannot be deleted here. */
  onDelete?: (d: Decision) => void;
};

export function DecisionActionButtons({ decision: d, actions }: { decision: Decision; actions: DecisionActions }) {
  return (
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
  );
}
