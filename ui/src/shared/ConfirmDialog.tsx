// An in-app "are you sure?" for actions that cannot be undone (window.confirm is not used).
import { errorMessage } from '../lib/ipc';
import { thenClose, useSaving } from '../lib/useSaving';
import { FormFooter } from './FormFooter';
import { Modal } from './Modal';
import { FieldError } from './FieldError';

type Props = {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
};

export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onClose }: Props) {
  const { busy, error, run } = useSaving(errorMessage);
  const confirm = () => run(thenClose(onConfirm, onClose));

  return (
    <Modal title={title} onClose={onClose} alert testId="confirm-dialog">
      <p className="modal__text">{message}</p>
      {error && (
        <FieldError>
          {error}
        </FieldError>
      )}
      <FormFooter
        onCancel={onClose}
        cancelTestId="confirm-cancel"
        saveLabel={confirmLabel}
        busyLabel="Working…"
        busy={busy}
        disabled={busy}
        saveTestId="confirm-ok"
        onSave={() => void confirm()}
        saveClassName="btn btn--danger"
      />
    </Modal>
  );
}
