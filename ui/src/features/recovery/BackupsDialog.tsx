// "Backups…": the snapshots the app keeps of this workspace (at start when the last is over an
// hour old, and on demand), with "Back up now" and "Restore". Restoring backs the current
// workspace up first, so it can be undone from this same list.
import { useCallback, useEffect, useState } from 'react';

import type { WorkspaceStatus } from '../../bindings/WorkspaceStatus';
import { errorMessage } from '../../lib/ipc';
import { backupNow, restoreBackup, workspaceStatus } from './api';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { backupTime, formatBytes } from './Recovery';
import { FieldError } from '../../shared/FieldError';

type Props = {
  onClose: () => void;
  /** Called after a restore, once the restored workspace is open. */
  onRestored: () => void;
};

export function BackupsDialog({ onClose, onRestored }: Props) {
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const refresh = useCallback(() => {
    workspaceStatus()
      .then(setStatus)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);
  useEffect(refresh, [refresh]);

  async function act(action: () => Promise<unknown>, after: () => void) {
    setBusy(true);
    setError(null);
    try {
      await action();
      after();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

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
          <li key={b.file} className="backups__item" data-testid="backup-item">
            <span>{backupTime(b.createdAt)}</span>
            <span className="muted">{formatBytes(b.bytes)}</span>
            {confirming === b.file ? (
              <span className="backups__confirm">
                <span>Replace the workspace with this copy?</span>
                <button type="button" className="btn" onClick={() => setConfirming(null)} disabled={busy}>
                  Cancel
                </button>
                <button
                  type="button"
                  className="btn btn--danger"
                  disabled={busy}
                  data-testid="backup-restore-confirm"
                  onClick={() =>
                    void act(
                      () => restoreBackup(b.file),
                      () => {
                        onRestored();
                        onClose();
                      },
                    )
                  }
                >
                  Restore
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="link-button"
                disabled={busy}
                onClick={() => setConfirming(b.file)}
                data-testid="backup-restore"
              >
                Restore
              </button>
            )}
          </li>
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
