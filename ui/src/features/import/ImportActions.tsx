// The setup step's buttons: Close always; Check the file and Import once a file is previewed.
type Props = {
  hasPreview: boolean;
  /** The last check passed: Import is the primary action. */
  ready: boolean;
  canCheck: boolean;
  busy: 'preview' | 'check' | null;
  onClose: () => void;
  onCheck: () => void;
  onRun: () => void;
};

export function ImportActions({ hasPreview, ready, canCheck, busy, onClose, onCheck, onRun }: Props) {
  return (
    <div className="modal__actions">
      <button type="button" className="btn" onClick={onClose} data-testid="import-close">
        Close
      </button>
      {hasPreview && (
        <button
          type="button"
          className={`btn${ready ? '' : ' btn--primary'}`}
          onClick={onCheck}
          disabled={!canCheck}
          data-testid="import-check"
        >
          {busy === 'check' ? 'Checking…' : 'Check the file'}
        </button>
      )}
      {hasPreview && (
        <button
          type="button"
          className="btn btn--primary"
          onClick={onRun}
          disabled={!ready || busy !== null}
          title={ready ? undefined : 'Check the file first'}
          data-testid="import-run"
        >
          Import
        </button>
      )}
    </div>
  );
}
