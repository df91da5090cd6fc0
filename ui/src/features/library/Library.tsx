// The library: every anecdote of the workspace, searched by keyword (as the user pauses
// typing), filtered and sorted; opens one to edit, adds new ones, deletes with an undo,
// escalates one to an owner ("?"), and starts the import wizard.
import { useCallback, useState } from 'react';

import type { SearchSort } from '../../bindings/SearchSort';
import { listPersonas, searchAnecdotes } from '../../lib/ipc';
import { anecdoteFacets } from './api';
import { NO_FILTERS, hasFilters, libraryQuery, type LibraryFilters as Filters } from './libraryQuery';
import { useDebounced } from '../../lib/useDebounced';
import { useLoad } from '../../lib/useLoad';
import { LibraryDialogs } from './LibraryDialogs';
import { LibraryFilters } from './LibraryFilters';
import { LibraryHeader } from './LibraryHeader';
import { LibraryResult } from './LibraryResult';
import { LibrarySearchBar } from './LibrarySearchBar';
import { useLibraryDialogs } from './useLibraryDialogs';
import { FieldError } from '../../shared/FieldError';

export const LIBRARY_SEARCH_DELAY_MS = 200;

type Props = {
  /** Changes when the workspace changed, to load again. */
  refreshKey: number;
};

export function Library({ refreshKey }: Props) {
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<SearchSort>('relevance');
  /** Goes up after every change made here, so the list does not wait for `workspace-changed`. */
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);
  const dialogs = useLibraryDialogs(reload);

  const text = useDebounced(search.trim(), LIBRARY_SEARCH_DELAY_MS);
  const query = libraryQuery(text, filters, sort);
  const queryKey = JSON.stringify(query);
  const results = useLoad(() => searchAnecdotes(query), [queryKey, refreshKey, reloads]);
  const facets = useLoad(anecdoteFacets, [refreshKey, reloads]);
  const personas = useLoad(() => listPersonas(true), [refreshKey, reloads]);

  const allPersonas = personas.data ?? [];
  // Stable between keystrokes, so the memoized rows skip re-rendering while a search is typed.
  const personaName = useCallback(
    (id: string) => personas.data?.find((p) => p.id === id)?.name ?? null,
    [personas.data],
  );
  const hits = results.data ?? [];
  const error = dialogs.actionError ?? results.error ?? facets.error ?? personas.error;

  return (
    <section className="view library" data-testid="library" aria-labelledby="library-title">
      <LibraryHeader
        total={facets.data?.total ?? null}
        loaded={!!results.data}
        shown={hits.length}
        onImport={() => dialogs.setImporting(true)}
        onAdd={() => dialogs.setEditing({ anecdote: null })}
      />

      <LibrarySearchBar search={search} onSearch={setSearch} text={text} sort={sort} onSort={setSort} />
      <LibraryFilters
        filters={filters}
        onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))}
        facets={facets.data}
        personas={allPersonas}
      />

      {error && (
        <FieldError className="library__error">
          {error}
        </FieldError>
      )}
      {/* Above the list: the (empty) list takes the rest of the height. */}
      {results.data && hits.length === 0 && (
        <p className="muted library__none" data-testid="library-none">
          {text || hasFilters(filters)
            ? 'No anecdote matches. Try fewer words or clear a filter.'
            : 'No anecdotes yet. Add one, or import a file your customers’ words are in.'}
        </p>
      )}
      <ul className="library__results" aria-busy={results.busy} aria-label="Anecdotes">
        {hits.map((h) => (
          <LibraryResult
            key={h.anecdote.id}
            hit={h}
            personaName={personaName}
            onOpen={dialogs.open}
            onEscalate={dialogs.setEscalating}
          />
        ))}
      </ul>

      <LibraryDialogs
        dialogs={dialogs}
        allPersonas={allPersonas}
        facets={facets.data}
        refreshKey={refreshKey + reloads}
        reload={reload}
      />
    </section>
  );
}
