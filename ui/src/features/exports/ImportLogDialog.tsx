// Importing a decision log exported as JSON from another workspace: pick (or type) the file,
// a dry run says what merging it would do (added, updated, unchanged, kept because ours is
// newer, and each change by name), and only "Merge" changes the workspace. Records are matched
// by their stable ids, so the same file twice changes nothing the second time.
import { useId, type FormEvent } from 'react';

import type { MergeReport } from '../../bindings/MergeReport';
import { plural } from '../../lib/format';
import { FieldError } from '../../shared/FieldError';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import './exports.css';
import { MergeSummary } from './MergeSummary';
import { useLogImport } from './useLogImport';

type Props = {
  onMerged?: (report: MergeReport) => void;
  onClose: () => void;
};

export function ImportLogDialog({ onMerged, onClose }: Props) {
  const id = useId();
  const { path, step, busy, error, check, merge, choose, pick } = useLogImport(onMerged);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (path.trim() !== '' && !busy) void check();
  }

  const changes = step.kind === 'choose' ? 0 : step.report.added + step.report.updated;

  return (
    <Modal title="Import a decision log (JSON)" onClose={onClose} testId="import-log-dialog" className="modal--large">
      {step.kind !== 'done' && (
        <form className="import-log__choose" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-path`}>A JSON export of Empty Chair</label>
            <div className="import-log__row">
              <input
                id={`${id}-path`}
                value={path}
                onChange={(e) => choose(e.target.value)}
                placeholder="/path/to/decision-log.json"
                spellCheck={false}
                autoComplete="off"
                data-testid="import-log-path"
              />
              <button type="button" className="btn" onClick={() => void pick()} disabled={busy} data-testid="import-log-pick">
                Choose file…
              </button>
              <button type="submit" className="btn" disabled={busy || path.trim() === ''} data-testid="import-log-check">
                {busy && step.kind === 'choose' ? 'Checking…' : 'Check'}
              </button>
            </div>
          </div>
        </form>
      )}
      {error && (
        <FieldError testId="import-log-error">
          {error}
        </FieldError>
      )}
      {step.kind !== 'choose' && <MergeSummary report={step.report} />}
      {step.kind === 'done' ? (
        <div className="modal__actions">
          <button type="button" className="btn btn--primary" onClick={onClose} data-testid="import-log-close">
            Done
          </button>
        </div>
      ) : (
        <FormFooter
          onCancel={onClose}
          saveLabel={changes > 0 ? `Merge ${plural(changes, 'change')}` : 'Merge'}
          busyLabel="Merging…"
          busy={busy && step.kind === 'checked'}
          disabled={busy || step.kind !== 'checked' || changes === 0}
          saveTestId="import-log-merge"
          onSave={() => void merge()}
        />
      )}
    </Modal>
  );
}
