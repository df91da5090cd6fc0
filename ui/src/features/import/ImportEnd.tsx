// How an import ended: imported (how many, how many skipped) or cancelled (nothing changed),
// with what to do next. Focus moves to the main action, since the button pressed is gone.
import type { ImportReport } from '../../bindings/ImportReport';
import { formatNumber, plural } from '../../lib/format';

type Props =
  | { outcome: 'done'; report: ImportReport; onClose: () => void }
  | { outcome: 'cancelled'; onBack: () => void; onClose: () => void };

export function ImportEnd(props: Props) {
  if (props.outcome === 'done') {
    const { inserted, alreadyInWorkspace: skipped } = props.report;
    return (
      <section className="import-end" aria-live="polite">
        <p className="import-end__message" data-testid="import-done">
          {plural(inserted, 'anecdote')} imported, {formatNumber(skipped)} already in the workspace{' '}
          {skipped === 1 ? 'was' : 'were'} skipped.
        </p>
        <div className="modal__actions">
          <button type="button" className="btn btn--primary" onClick={props.onClose} data-testid="import-view-library" autoFocus>
            View them in the Library
          </button>
        </div>
      </section>
    );
  }
  return (
    <section className="import-end" aria-live="polite">
      <p className="import-end__message" data-testid="import-cancelled">
        Import cancelled: nothing was changed.
      </p>
      <div className="modal__actions">
        <button type="button" className="btn" onClick={props.onBack}>
          Back to the file
        </button>
        <button type="button" className="btn btn--primary" onClick={props.onClose} autoFocus>
          Close
        </button>
      </div>
    </section>
  );
}
