// The import under way: what it is doing (reading the file, then writing to the workspace),
// how far it got, and Cancel.
import type { ImportProgress } from '../../bindings/ImportProgress';

type Props = {
  progress: ImportProgress | null;
  cancelling: boolean;
  onCancel: () => void;
};

const PHASE: Record<string, string> = {
  reading: 'Reading the file',
  writing: 'Adding the anecdotes to the workspace',
};

export function ImportRunning({ progress, cancelling, onCancel }: Props) {
  const total = progress?.total ?? 0;
  const done = Math.min(progress?.done ?? 0, total);
  const percent = total > 0 ? Math.round((done / total) * 100) : null;
  const phase = progress ? (PHASE[progress.phase] ?? progress.phase) : 'Starting';
  return (
    <section className="import-running" data-testid="import-progress" aria-live="polite">
      <p className="import-running__phase" data-testid="import-phase">
        {phase}…{percent !== null && ` ${percent}%`}
      </p>
      {percent === null ? (
        <progress aria-label={phase} />
      ) : (
        <progress aria-label={phase} value={done} max={total} />
      )}
      <div className="modal__actions">
        <button
          type="button"
          className="btn"
          onClick={onCancel}
          disabled={cancelling}
          data-testid="import-cancel"
          // The button that started the import is gone: focus moves here, the one thing to do.
          autoFocus
        >
          {cancelling ? 'Cancelling…' : 'Cancel import'}
        </button>
      </div>
    </section>
  );
}
