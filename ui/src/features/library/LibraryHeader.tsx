// The library's title, how many anecdotes there are and are shown, and its Import / Add buttons.
import { formatNumber, plural } from '../../lib/format';
import { LIBRARY_LIMIT } from './libraryQuery';

type Props = {
  /** Anecdotes in the workspace; null until the facets are loaded. */
  total: number | null;
  /** The search has answered (the count shown follows). */
  loaded: boolean;
  shown: number;
  onImport: () => void;
  onAdd: () => void;
};

export function LibraryHeader({ total, loaded, shown, onImport, onAdd }: Props) {
  return (
    <header className="view__header">
      <div>
        <h1 className="view__title" id="library-title">
          Library
        </h1>
        <p className="view__subtitle" data-testid="library-count" aria-live="polite">
          {total === null ? 'What customers are saying' : `${plural(total, 'anecdote')} in this workspace`}
          {loaded && ` · showing ${formatNumber(shown)}`}
          {shown >= LIBRARY_LIMIT && ' (narrow the search to see the others)'}
        </p>
      </div>
      <div className="view__actions">
        <button type="button" className="btn" onClick={onImport} data-testid="library-import">
          Import…
        </button>
        <button
          type="button"
          className="btn btn--primary"
          onClick={onAdd}
          data-testid="library-add"
        >
          + Add anecdote
        </button>
      </div>
    </header>
  );
}
