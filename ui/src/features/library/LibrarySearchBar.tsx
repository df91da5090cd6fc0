// The library's search box and sort (relevance only while there are words to rank by).
import type { SearchSort } from '../../bindings/SearchSort';
import { SORT_LABEL } from '../../lib/format';
import { effectiveSort } from './libraryQuery';
import { LabelledSelect } from '../../shared/LabelledSelect';
import { SearchBox } from '../../shared/SearchBox';

const SORTS: SearchSort[] = ['relevance', 'newest', 'oldest', 'most_reported'];

type Props = {
  search: string;
  onSearch: (search: string) => void;
  /** The debounced, trimmed search the results are for. */
  text: string;
  sort: SearchSort;
  onSort: (sort: SearchSort) => void;
};

export function LibrarySearchBar({ search, onSearch, text, sort, onSort }: Props) {
  return (
    <div className="library__bar">
      <SearchBox
        id="library-search"
        label="Search the library"
        className="library__search"
        placeholder="Search every word customers said…"
        value={search}
        onChange={onSearch}
        testId="library-search"
      />
      <LabelledSelect
        inline
        className="library__sort"
        label="Sort"
        value={effectiveSort(text, sort)}
        options={SORTS.map((s) => ({ value: s, label: SORT_LABEL[s], disabled: s === 'relevance' && text === '' }))}
        onChange={onSort}
        testId="library-sort"
      />
    </div>
  );
}
