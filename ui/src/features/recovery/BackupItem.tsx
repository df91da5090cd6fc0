// One backup in the Backups dialog: when and how big, and "Restore", which asks first.
import type { WorkspaceStatus } from '../../bindings/WorkspaceStatus';
import { backupTime, formatBytes } from './backupFormat';

type Props = {
  backup: WorkspaceStatus['backups'][number];
  /** Whether "Replace the workspace with this copy?" is asked. */
  confirming: boolean;
  busy: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onRestore: () => void;
};

export function BackupItem({ backup: b, confirming, busy, onAsk, onCancel, onRestore }: Props) {
  return (
    <li className="backups__item" data-testid="backup-item">
      <span>{backupTime(b.createdAt)}</span>
      <span className="muted">{formatBytes(b.bytes)}</span>
      {confirming ? (
        <span className="backups__confirm">
          <span>Replace the workspace with this copy?</span>
          <button type="button" className="btn" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="btn btn--danger" disabled={busy} data-testid="backup-restore-confirm" onClick={onRestore}>
            Restore
          </button>
        </span>
      ) : (
        <button type="button" className="link-button" disabled={busy} onClick={onAsk} data-testid="backup-restore">
          Restore
        </button>
      )}
    </li>
  );
}
