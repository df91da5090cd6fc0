// The wizard's first step: the file to import, picked in the system's dialog or typed (or
// pasted) as a path, then previewed. A file that cannot be read says why, by name.
import { useId, type FormEvent } from 'react';

type Props = {
  path: string;
  onPath: (path: string) => void;
  onPick: () => void;
  onPreview: () => void;
  busy: boolean;
  /** Shown under the field: what went wrong with the file. */
  error: { file: string; code: string; message: string } | null;
};

export function ChooseFile({ path, onPath, onPick, onPreview, busy, error }: Props) {
  const id = useId();
  function submit(e: FormEvent) {
    e.preventDefault();
    if (path.trim() !== '' && !busy) onPreview();
  }
  return (
    <form className="import-choose" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-path`}>File (CSV, TSV, TXT, JSON Lines or Excel .xlsx)</label>
        <div className="import-choose__row">
          <input
            id={`${id}-path`}
            value={path}
            onChange={(e) => onPath(e.target.value)}
            placeholder="/path/to/complaints.csv"
            spellCheck={false}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            data-testid="import-path"
          />
          <button type="button" className="btn" onClick={onPick} disabled={busy} data-testid="import-pick">
            Choose file…
          </button>
          <button
            type="submit"
            className="btn btn--primary"
            disabled={busy || path.trim() === ''}
            data-testid="import-preview"
          >
            {busy ? 'Reading…' : 'Preview'}
          </button>
        </div>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert" data-testid="import-file-error">
          {error.file}: {error.message} <span className="code">[{error.code}]</span>
        </p>
      )}
    </form>
  );
}
