// The wizard's first step: the file to import, chosen in the system's file dialog (the app
// reads only a file the user picked there; a typed path is never read). Once chosen, the file
// shows by name, its folder beside it, and its preview follows. A file that cannot be read
// says why, by name.
import { useId } from 'react';

import { fileNameOf } from '../../lib/format';
import { FieldError } from '../../shared/FieldError';

type Props = {
  /** The file picked last, or '' before the first pick. */
  path: string;
  onPick: () => void;
  busy: boolean;
  /** Shown under the file: what went wrong with it. */
  error: { file: string; code: string; message: string } | null;
};

/** The folder part of `path` ('' when it has none). */
function folderOf(path: string): string {
  const name = fileNameOf(path);
  return path.endsWith(name) ? path.slice(0, path.length - name.length).replace(/[\\/]$/, '') : '';
}

export function ChooseFile({ path, onPick, busy, error }: Props) {
  const id = useId();
  return (
    <div className="import-choose" role="group" aria-labelledby={`${id}-label`}>
      <span className="import-choose__label" id={`${id}-label`}>
        File (CSV, TSV, TXT, JSON Lines or Excel .xlsx)
      </span>
      <div className="import-choose__row">
        {path === '' ? (
          <p className="import-choose__none">No file chosen yet.</p>
        ) : (
          <p className="import-choose__file" title={path} data-testid="import-file" aria-describedby={error ? `${id}-error` : undefined}>
            <span className="import-choose__name">{fileNameOf(path)}</span>
            {folderOf(path) !== '' && (
              // Cut from the left when long (the nearest folders matter most); `bdi` keeps the
              // path itself left to right inside the right-to-left box that does the cutting.
              <span className="import-choose__folder">
                <bdi>{folderOf(path)}</bdi>
              </span>
            )}
          </p>
        )}
        <button
          type="button"
          className={path === '' ? 'btn btn--primary' : 'btn'}
          onClick={onPick}
          disabled={busy}
          data-testid="import-pick"
        >
          {busy ? 'Reading…' : path === '' ? 'Choose file…' : 'Choose another file…'}
        </button>
      </div>
      {error && (
        <FieldError id={`${id}-error`} testId="import-file-error">
          {error.file}: {error.message} <span className="code">[{error.code}]</span>
        </FieldError>
      )}
    </div>
  );
}
