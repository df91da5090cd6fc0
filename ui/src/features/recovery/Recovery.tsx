// The screen shown instead of the app when the workspace file cannot be opened (damaged, another
// program's, or saved by a newer Empty Chair): says why, names the file, and offers the three
// ways out. Nothing here deletes a file: starting fresh sets the broken one aside. A file that
// is only open in another copy of Empty Chair is not broken: it gets its own screen
// (`WorkspaceInUse`), without the ways out that would replace the file.
import { pickFile } from '../../lib/ipc';
import { openWorkspace, quitApp, reopenWorkspace } from './api';
import { ChairGlyph } from '../../shared/ChairGlyph';
import { FatalError } from './FatalError';
import { WorkspaceInUse } from './WorkspaceInUse';
import { FieldError } from '../../shared/FieldError';
import { RecoveryChoices } from './RecoveryChoices';
import { useRecovery } from './useRecovery';

type Props = {
  /** Shown when the backend cannot even say what went wrong. */
  fallbackMessage: string;
  /** Called once the workspace is open again. */
  onRecovered: () => void;
};

const HEADINGS: Record<string, string> = {
  corrupt: 'This workspace file is damaged',
  foreign: 'This file is not an Empty Chair workspace',
  newer: 'This workspace is from a newer Empty Chair',
};

export function Recovery({ fallbackMessage, onRecovered }: Props) {
  const { status, unknown, busy, error, stillOpen, setStillOpen, run } = useRecovery(onRecovered);

  if (unknown || (status && status.state === 'ok')) return <FatalError message={fallbackMessage} />;
  if (!status) {
    return (
      <main className="loading" aria-busy="true">
        Opening your workspace…
      </main>
    );
  }

  const openAnother = () =>
    run(async () => {
      const path = await pickFile([{ name: 'Empty Chair workspace', extensions: ['db'] }], 'openWorkspace');
      return path === null ? null : openWorkspace(path);
    });

  if (status.code === 'in_use') {
    const retry = () =>
      run(async () => {
        setStillOpen(false);
        const next = await reopenWorkspace();
        setStillOpen(next.code === 'in_use');
        return next;
      });
    const quit = () =>
      run(async () => {
        await quitApp();
        return null;
      });
    return (
      <WorkspaceInUse
        status={status}
        busy={busy}
        error={error}
        stillOpen={stillOpen}
        onRetry={() => void retry()}
        onOpenAnother={() => void openAnother()}
        onQuit={() => void quit()}
      />
    );
  }

  return (
    <main className="fatal recovery" data-testid="recovery" role="alert">
      <ChairGlyph className="fatal__glyph" />
      <h1>{HEADINGS[status.code ?? ''] ?? 'Your workspace could not be opened'}</h1>
      <p className="fatal__message" data-testid="recovery-message">
        {status.message ?? fallbackMessage}
      </p>
      <p className="muted">The file has not been changed. Choose how to go on:</p>
      {error && (
        <FieldError testId="recovery-error">
          {error}
        </FieldError>
      )}

      <RecoveryChoices backups={status.backups} busy={busy} run={run} onOpenAnother={() => void openAnother()} />
      <p className="muted recovery__note">
        Starting here keeps the broken file beside the new one, renamed with “.broken-” and the time.
      </p>
    </main>
  );
}
