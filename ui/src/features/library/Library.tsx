// The library: every anecdote of the workspace, searched by keyword (as the user pauses
// typing), filtered and sorted; opens one to edit, adds new ones, deletes with an undo,
// escalates one to an owner ("?"), and starts the import wizard.
import { useCallback, useState } from 'react';

import type { Anecdote } from '../../bindings/Anecdote';
import type { DeletedAnecdote } from '../../bindings/DeletedAnecdote';
import type { SearchSort } from '../../bindings/SearchSort';
import { formatNumber, plural, SORT_LABEL } from '../../lib/format';
import { errorMessage, listPersonas, searchAnecdotes } from '../../lib/ipc';
import { anecdoteFacets, restoreAnecdote } from './api';
import {
  LIBRARY_LIMIT,
  NO_FILTERS,
  effectiveSort,
  hasFilters,
  libraryQuery,
  type LibraryFilters as Filters,
} from './libraryQuery';
import { useDebounced } from '../../lib/useDebounced';
import { useLoad } from '../../lib/useLoad';
import { EscalateDialog } from '../escalations/EscalateDialog';
import { ImportDialog } from '../import/ImportDialog';
import { Toast } from '../../shared/Toast';
import { AnecdoteEditor } from './AnecdoteEditor';
import { LibraryFilters } from './LibraryFilters';
import { LibraryResult } from './LibraryResult';
import { FieldError } from '../../shared/FieldError';

export const LIBRARY_SEARCH_DELAY_MS = 200;

const SORTS: SearchSort[] = ['relevance', 'newest', 'oldest', 'most_reported'];

type Editing = { anecdote: Anecdote | null } | null;

type Props = {
  /** Changes when the workspace changed, to load again. */
  refreshKey: number;
};

export function Library({ refreshKey }: Props) {
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<SearchSort>('relevance');
  const [editing, setEditing] = useState<Editing>(null);
  const [importing, setImporting] = useState(false);
  const [deleted, setDeleted] = useState<DeletedAnecdote | null>(null);
  const [escalating, setEscalating] = useState<Anecdote | null>(null);
  const [escalated, setEscalated] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  /** Goes up after every change made here, so the list does not wait for `workspace-changed`. */
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);

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
  const open = useCallback((anecdote: Anecdote) => setEditing({ anecdote }), []);
  const hits = results.data ?? [];
  const total = facets.data?.total ?? null;
  const error = actionError ?? results.error ?? facets.error ?? personas.error;

  async function undo(d: DeletedAnecdote) {
    setDeleted(null);
    setActionError(null);
    try {
      await restoreAnecdote(d);
      reload();
    } catch (e) {
      setActionError(`The anecdote could not be restored: ${errorMessage(e)}`);
    }
  }

  return (
    <section className="view library" data-testid="library" aria-labelledby="library-title">
      <header className="view__header">
        <div>
          <h1 className="view__title" id="library-title">
            Library
          </h1>
          <p className="view__subtitle" data-testid="library-count" aria-live="polite">
            {total === null ? 'What customers are saying' : `${plural(total, 'anecdote')} in this workspace`}
            {results.data && ` · showing ${formatNumber(hits.length)}`}
            {hits.length >= LIBRARY_LIMIT && ' (narrow the search to see the others)'}
          </p>
        </div>
        <div className="view__actions">
          <button type="button" className="btn" onClick={() => setImporting(true)} data-testid="library-import">
            Import…
          </button>
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => setEditing({ anecdote: null })}
            data-testid="library-add"
          >
            + Add anecdote
          </button>
        </div>
      </header>

      <div className="library__bar">
        <label className="visually-hidden" htmlFor="library-search">
          Search the library
        </label>
        <input
          id="library-search"
          type="search"
          className="library__search"
          placeholder="Search every word customers said…"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="library-search"
          autoComplete="off"
          spellCheck={false}
        />
        <label className="field field--inline library__sort">
          <span>Sort</span>
          <select
            value={effectiveSort(text, sort)}
            onChange={(e) => setSort(e.target.value as SearchSort)}
            data-testid="library-sort"
          >
            {SORTS.map((s) => (
              <option key={s} value={s} disabled={s === 'relevance' && text === ''}>
                {SORT_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
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
            onOpen={open}
            onEscalate={setEscalating}
          />
        ))}
      </ul>

      {editing && (
        <AnecdoteEditor
          anecdote={editing.anecdote}
          personas={allPersonas}
          facets={facets.data}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
          onDeleted={(d) => {
            setEditing(null);
            setDeleted(d);
            reload();
          }}
          onClose={() => setEditing(null)}
          onEscalate={setEscalating}
          refreshKey={refreshKey + reloads}
        />
      )}
      {escalating && (
        <EscalateDialog
          anecdote={escalating}
          onEscalated={(e) => {
            setEscalating(null);
            setEscalated(`Escalated to ${e.owner}`);
            reload();
          }}
          onClose={() => setEscalating(null)}
        />
      )}
      {escalated && <Toast key={escalated} message={escalated} onDismiss={() => setEscalated(null)} />}
      {importing && (
        <ImportDialog
          personas={allPersonas.filter((p) => p.archivedAt === null)}
          onImported={reload}
          onClose={() => setImporting(false)}
        />
      )}
      {deleted && (
        <Toast
          key={deleted.anecdote.id}
          message="Anecdote deleted"
          actionLabel="Undo"
          onAction={() => void undo(deleted)}
          onDismiss={() => setDeleted(null)}
          actionTestId="undo"
        />
      )}
    </section>
  );
}
