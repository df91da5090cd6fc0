// The library's title, how many anecdotes there are and are shown, and its Import / Add buttons.
import { formatNumber, plural } from '../../lib/format';
import { LIBRARY_LIMIT } from './libraryQuery';
import { ViewHeader } from '../../shared/ViewHeader';

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
    <ViewHeader
      titleId="library-title"
      title="Library"
      subtitle={
        <>
          {total === null ? 'What customers are saying' : `${plural(total, 'anecdote')} in this workspace`}
          {loaded && ` · showing ${formatNumber(shown)}`}
          {shown >= LIBRARY_LIMIT && ' (narrow the search to see the others)'}
        </>
      }
      subtitleTestId="library-count"
    >
      <button type="button" className="btn" onClick={onImport} data-testid="library-import">
        Import…
      </button>
      <button type="button" className="btn btn--primary" onClick={onAdd} data-testid="library-add">
        + Add anecdote
      </button>
    </ViewHeader>
  );
}
