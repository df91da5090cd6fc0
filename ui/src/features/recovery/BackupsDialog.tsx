// "Backups…": the snapshots the app keeps of this workspace (at start when the last is over an
// hour old, and on demand), with "Back up now" and "Restore". Restoring backs the current
// workspace up first, so it can be undone from this same list.
import { backupNow, restoreBackup } from './api';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { FieldError } from '../../shared/FieldError';
import { BackupItem } from './BackupItem';
import { useBackups } from './useBackups';

type Props = {
  onClose: () => void;
  /** Called after a restore, once the restored workspace is open. */
  onRestored: () => void;
};

export function BackupsDialog({ onClose, onRestored }: Props) {
  const { status, busy, error, confirming, setConfirming, refresh, act } = useBackups();

  const restore = (file: string) =>
    act(
      () => restoreBackup(file),
      () => {
        onRestored();
        onClose();
      },
    );

  return (
    <Modal title="Backups" onClose={onClose} testId="backups-dialog">
      <p className="modal__text">
        Empty Chair keeps the last 10 copies of this workspace, taken when it starts (at most once an hour) and
        whenever you ask.
      </p>
      {status && (
        <p className="muted backups__path" data-testid="backups-path">
          {status.path}
        </p>
      )}
      {error && (
        <FieldError>
          {error}
        </FieldError>
      )}
      {status && status.backups.length === 0 && <p className="muted">No backups yet.</p>}
      <ul className="backups__list">
        {status?.backups.map((b) => (
          <BackupItem
            key={b.file}
            backup={b}
            confirming={confirming === b.file}
            busy={busy}
            onAsk={() => setConfirming(b.file)}
            onCancel={() => setConfirming(null)}
            onRestore={() => void restore(b.file)}
          />
        ))}
      </ul>
      <FormFooter
        onCancel={onClose}
        cancelLabel="Close"
        saveLabel="Back up now"
        busyLabel="Working…"
        busy={busy}
        disabled={busy}
        saveTestId="backup-now"
        onSave={() => void act(backupNow, refresh)}
      />
    </Modal>
  );
}
