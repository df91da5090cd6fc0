// What merging a decision log would do (a dry run) or did: the counts, and each change by name.
import type { MergeChange } from '../../bindings/MergeChange';
import type { MergeReport } from '../../bindings/MergeReport';
import { plural } from '../../lib/format';

const ACTION_WORD: Record<MergeChange['action'], string> = {
  added: 'Added',
  updated: 'Updated',
  kept_newer: 'Kept ours (newer)',
};

export function MergeSummary({ report }: { report: MergeReport }) {
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
