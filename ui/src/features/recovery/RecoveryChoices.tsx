// The ways out of a broken workspace: restore one of its backups, open another workspace, or
// start an empty one in its place.
import type { WorkspaceStatus } from '../../bindings/WorkspaceStatus';
import { restoreBackup, startFreshWorkspace } from './api';
import { backupTime, formatBytes } from './backupFormat';

type Props = {
  backups: WorkspaceStatus['backups'];
  busy: boolean;
  run: (action: () => Promise<WorkspaceStatus | null>) => Promise<void>;
  onOpenAnother: () => void;
};

export function RecoveryChoices({ backups, busy, run, onOpenAnother }: Props) {
  return (
    <>
      <section className="recovery__choice">
        <h2>Restore from a backup</h2>
        {backups.length === 0 ? (
          <p className="muted" data-testid="recovery-no-backups">
            There are no backups of this workspace.
          </p>
        ) : (
          <ul className="recovery__backups">
            {backups.map((b) => (
              <li key={b.file}>
                <button
                  type="button"
                  className="btn"
                  disabled={busy}
                  onClick={() => void run(() => restoreBackup(b.file))}
                  data-testid="recovery-backup"
                >
                  {backupTime(b.createdAt)}
                </button>
                <span className="muted"> {formatBytes(b.bytes)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="recovery__actions">
        <button type="button" className="btn" disabled={busy} onClick={onOpenAnother} data-testid="recovery-open">
          Open another workspace…
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy}
          onClick={() => void run(startFreshWorkspace)}
          data-testid="recovery-fresh"
        >
          Start an empty workspace here
        </button>
      </div>
    </>
  );
}
