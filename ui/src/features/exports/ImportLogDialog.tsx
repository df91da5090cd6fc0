// Importing a decision log exported as JSON from another workspace: pick (or type) the file,
// a dry run says what merging it would do (added, updated, unchanged, kept because ours is
// newer, and each change by name), and only "Merge" changes the workspace. Records are matched
// by their stable ids, so the same file twice changes nothing the second time.
import { useId, useState, type FormEvent } from 'react';

import type { MergeChange } from '../../bindings/MergeChange';
import type { MergeReport } from '../../bindings/MergeReport';
import { fileNameOf, plural } from '../../lib/format';
import { errorMessage, pickFile } from '../../lib/ipc';
import { importDecisionLog } from './api';
import { Modal } from '../../shared/Modal';
import './exports.css';
import { FieldError } from '../../shared/FieldError';

const ACTION_WORD: Record<MergeChange['action'], string> = {
  added: 'Added',
  updated: 'Updated',
  kept_newer: 'Kept ours (newer)',
};

type Step = { kind: 'choose' } | { kind: 'checked'; report: MergeReport } | { kind: 'done'; report: MergeReport };

type Props = {
  onMerged?: (report: MergeReport) => void;
  onClose: () => void;
};

export function ImportLogDialog({ onMerged, onClose }: Props) {
  const id = useId();
  const [path, setPath] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function act(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(`${fileNameOf(path)}: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const check = () => act(async () => setStep({ kind: 'checked', report: await importDecisionLog(path.trim(), true) }));
  const merge = () =>
    act(async () => {
      const report = await importDecisionLog(path.trim(), false);
      setStep({ kind: 'done', report });
      onMerged?.(report);
    });

  async function pick() {
    try {
      const picked = await pickFile([{ name: 'Decision log (JSON)', extensions: ['json'] }], 'mergeLog');
      if (picked !== null) {
        setPath(picked);
        setStep({ kind: 'choose' });
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  }

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
                onChange={(e) => {
                  setPath(e.target.value);
                  setStep({ kind: 'choose' });
                }}
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
      <div className="modal__actions">
        {step.kind === 'done' ? (
          <button type="button" className="btn btn--primary" onClick={onClose} data-testid="import-log-close">
            Done
          </button>
        ) : (
          <>
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => void merge()}
              disabled={busy || step.kind !== 'checked' || changes === 0}
              data-testid="import-log-merge"
            >
              {busy && step.kind === 'checked' ? 'Merging…' : changes > 0 ? `Merge ${plural(changes, 'change')}` : 'Merge'}
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}

function MergeSummary({ report }: { report: MergeReport }) {
  const nothing = report.added + report.updated === 0;
  return (
    <div className="merge-report" data-testid="import-log-report">
      <p className="merge-report__lead" role="status">
        {report.dryRun
          ? nothing
            ? 'Nothing to merge: everything in this file is already here.'
            : 'Merging this file would:'
          : nothing
            ? 'Nothing changed: everything in this file was already here.'
            : 'Merged:'}
      </p>
      <ul className="merge-report__counts">
        <li data-testid="merge-added">{plural(report.added, 'record')} added</li>
        <li data-testid="merge-updated">{plural(report.updated, 'record')} updated</li>
        <li data-testid="merge-unchanged">{plural(report.unchanged, 'record')} unchanged</li>
        <li data-testid="merge-kept-newer">{plural(report.keptNewer, 'record')} kept (ours is newer)</li>
      </ul>
      {report.changes.length > 0 && (
        <table className="merge-report__changes">
          <caption className="visually-hidden">What changes</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Kind</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {report.changes.map((c) => (
              <tr key={`${c.kind}:${c.id}`} data-testid="merge-change">
                <td>{c.label}</td>
                <td>{c.kind}</td>
                <td className={`merge-report__action merge-report__action--${c.action}`}>{ACTION_WORD[c.action]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
