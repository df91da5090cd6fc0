// The dry run's answer: every error with where it is (and that nothing was imported), or what
// the import would do: records read, how many can be imported, how many the workspace already
// has, and the warnings with example rows.
import type { ImportCheck } from '../../bindings/ImportCheck';
import type { ImportError } from '../../bindings/ImportError';
import type { ImportWarning } from '../../bindings/ImportWarning';
import { formatNumber, plural } from '../../lib/format';
import { errorPlace } from './importWizard';
import { CustomerText } from '../../shared/CustomerText';

export function CheckResult({ check }: { check: ImportCheck }) {
  if (check.errors.length > 0) return <ImportErrors errors={check.errors} />;
  const s = check.summary;
  if (!s) return null;
  const fresh = Math.max(s.importable - check.alreadyInWorkspace, 0);
  return (
    <section
      className="check-result check-result--ok"
      role="status"
      data-testid="import-summary"
      aria-label="What the import will do"
    >
      <dl className="stats">
        <div>
          <dt>Records read</dt>
          <dd>{formatNumber(s.records)}</dd>
        </div>
        <div>
          <dt>Can be imported</dt>
          <dd>{formatNumber(s.importable)}</dd>
        </div>
        <div>
          <dt>Already in the workspace</dt>
          <dd>{formatNumber(check.alreadyInWorkspace)}</dd>
        </div>
        <div>
          <dt>New anecdotes</dt>
          <dd>{formatNumber(fresh)}</dd>
        </div>
      </dl>
      {s.warnings.length > 0 && (
        <ul className="warnings">
          {s.warnings.map((w) => (
            <Warning key={w.kind} warning={w} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Warning({ warning: w }: { warning: ImportWarning }) {
  return (
    <li className="warning" data-testid="import-warning">
      <strong>{plural(w.count, 'row')}</strong>: <CustomerText text={w.message} />
      {w.rows.length > 0 && (
        <span className="muted">
          {' '}
          (for example {w.rows.length === 1 ? 'row' : 'rows'} {w.rows.map((r) => formatNumber(r)).join(', ')})
        </span>
      )}
    </li>
  );
}

/** Errors that refuse the file, each saying where; the file was not imported. */
export function ImportErrors({ errors }: { errors: ImportError[] }) {
  return (
    <section className="check-result check-result--errors" role="alert" data-testid="import-errors">
      <p className="check-result__title">
        The file cannot be imported as it is: {plural(errors.length, 'problem')} found. Nothing was imported; fix the
        file or the mapping and check again.
      </p>
      <ul className="import-errors">
        {errors.map((e, i) => (
          <li key={i} data-testid="import-error">
            <span className="import-errors__where">{errorPlace(e)}</span>
            <span className="import-errors__message">
              <CustomerText text={e.message} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
