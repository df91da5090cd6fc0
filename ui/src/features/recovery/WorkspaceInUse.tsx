// The screen shown instead of the app when another copy of Empty Chair already has this
// workspace open. Two copies writing one file would overwrite each other's work, so this one
// stays out of it: it names the file, says where the workspace is open, and offers only
// harmless ways on (try again once the other copy has quit, open another workspace, quit).
// Unlike the recovery screen it never offers to set the file aside or restore a backup over
// it: the file is not broken, it is in use.
import type { WorkspaceStatus } from '../../bindings/WorkspaceStatus';
import { ChairGlyph } from '../../shared/ChairGlyph';
import { FieldError } from '../../shared/FieldError';

type Props = {
  status: WorkspaceStatus;
  busy: boolean;
  /** What the last action failed with, if it did. */
  error: string | null;
  /** A "Try again" found the workspace still open elsewhere. */
  stillOpen: boolean;
  onRetry: () => void;
  onOpenAnother: () => void;
  onQuit: () => void;
};

export function WorkspaceInUse({ status, busy, error, stillOpen, onRetry, onOpenAnother, onQuit }: Props) {
  return (
    <main className="fatal recovery in-use" data-testid="in-use" role="alert">
      <ChairGlyph className="fatal__glyph" />
      <h1>This workspace is already open</h1>
      <p className="fatal__message" data-testid="in-use-path">
        {status.path}
      </p>
      <p>
        Another Empty Chair window has it open. Switch to that window to keep working: two copies
        writing the same workspace would overwrite each other’s work.
      </p>
      <p className="muted">Closed that window? Try again to open the workspace here.</p>
      {stillOpen && !busy && (
        <p className="in-use__still" role="status" data-testid="in-use-still">
          It is still open in the other window. Close it there, then try again.
        </p>
      )}
      {error && (
        <FieldError testId="in-use-error">
          {error}
        </FieldError>
      )}
      <div className="recovery__actions">
        <button type="button" className="btn btn--primary" disabled={busy} onClick={onRetry} data-testid="in-use-retry">
          Try again
        </button>
        <button type="button" className="btn" disabled={busy} onClick={onOpenAnother} data-testid="in-use-open">
          Open another workspace…
        </button>
        <button type="button" className="btn" disabled={busy} onClick={onQuit} data-testid="in-use-quit">
          Quit
        </button>
      </div>
      <p className="muted recovery__note">This window has not touched the file.</p>
    </main>
  );
}
