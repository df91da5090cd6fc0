// The gate: accepting a one-way door while customer questions are unanswered or nothing backs
// it asks the room to confirm, listing why. "Accept anyway" records who overrode the gate.
import type { Decision } from '../../bindings/Decision';
import { errorMessage } from '../../lib/ipc';
import { thenClose, useSaving } from '../../lib/useSaving';
import { Modal } from '../../shared/Modal';
import { FieldError } from '../../shared/FieldError';

type Props = {
  decision: Decision;
  reasons: string[];
  /** Who overrides: the meeting's facilitator. */
  by: string;
  onOverride: () => Promise<void>;
  onClose: () => void;
};

export function GateDialog({ decision, reasons, by, onOverride, onClose }: Props) {
  const { busy, error, run } = useSaving(errorMessage);
  const override = () => run(thenClose(onOverride, onClose));

  return (
    <Modal title="A one-way door: is the customer in it?" onClose={onClose} alert testId="gate-dialog">
      <p className="modal__text">
        “{decision.statement}” is hard to undo, and the customer is not fully in it yet:
      </p>
      <ul className="gate__reasons">
        {reasons.map((r) => (
          <li key={r} data-testid="gate-reason">
            {r}
          </li>
        ))}
      </ul>
      <p className="modal__text">Accepting it anyway records that {by} accepted it over the gate.</p>
      {error && (
        <FieldError>
          {error}
        </FieldError>
      )}
      <div className="modal__actions">
        <button type="button" className="btn btn--primary" onClick={onClose} data-testid="gate-cancel">
          Not yet
        </button>
        <button type="button" className="btn btn--danger" onClick={() => void override()} disabled={busy} data-testid="gate-override">
          {busy ? 'Accepting…' : 'Accept anyway'}
        </button>
      </div>
    </Modal>
  );
}
