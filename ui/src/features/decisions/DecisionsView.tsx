// "Decisions": every decision across meetings, found again in seconds. Full-text search over
// statement, rationale, options and impacts (every word, any form: "refunded" finds
// "refunds"), the decision log's filters plus "due for review", a sort; those due for review
// come first. Each decision opens in place with its impacts, evidence, reactions, links and
// history. Export takes the filters as they are on screen.
import { useEffect, useId, useState } from 'react';

import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { DecisionPage } from '../../bindings/DecisionPage';
import type { DecisionSort } from '../../bindings/DecisionSort';
import type { MeetingListItem } from '../../bindings/MeetingListItem';
import type { Persona } from '../../bindings/Persona';
import { cleanFilter } from '../exports/logFilter';
import { LogFilters } from '../exports/LogFilters';
import { errorMessage } from '../../lib/ipc';
import { findDecisions } from './api';
import { useDebounced } from '../../lib/useDebounced';
import { DecisionItem } from './DecisionItem';
import './decisions.css';
import { FieldError } from '../../shared/FieldError';

const SORTS: Array<{ sort: DecisionSort; label: string }> = [
  { sort: 'newest', label: 'Newest first' },
  { sort: 'oldest', label: 'Oldest first' },
  { sort: 'relevance', label: 'Best match first' },
  { sort: 'status', label: 'By status' },
];

type Props = {
  meetings: MeetingListItem[];
  personas: Persona[];
  refreshKey: number;
  /** Opens the export dialog with these filters. */
  onExport: (filter: DecisionFilter) => void;
  /** Opens a meeting. */
  onOpenMeeting: (id: string) => void;
};

export function DecisionsView({ meetings, personas, refreshKey, onExport, onOpenMeeting }: Props) {
  const id = useId();
  const [words, setWords] = useState('');
  const [filter, setFilter] = useState<DecisionFilter>({});
  const [sort, setSort] = useState<DecisionSort>('newest');
  const [page, setPage] = useState<DecisionPage | null>(null);
  const rows = page?.rows ?? null;
  const [error, setError] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const query = useDebounced(words, 150);
  const current = cleanFilter({ ...filter, query: query.trim() || null });
  const key = JSON.stringify(current);

  useEffect(() => {
    let stale = false;
    findDecisions(JSON.parse(key) as DecisionFilter, sort)
      .then((r) => {
        if (stale) return;
        setPage(r);
        setError(null);
      })
      .catch((e: unknown) => !stale && setError(errorMessage(e)));
    return () => {
      stale = true;
    };
  }, [key, sort, refreshKey]);

  const personaName = (pid: string) => personas.find((p) => p.id === pid)?.name ?? null;
  const due = rows?.filter((r) => r.reviewDue).length ?? 0;

  return (
    <section className="decisions" data-testid="decisions-view" aria-labelledby={`${id}-title`}>
      <header className="decisions__head">
        <h1 id={`${id}-title`}>Decisions</h1>
        <button type="button" className="btn" onClick={() => onExport(current)} data-testid="decisions-export">
          Export these…
        </button>
      </header>
      <div className="decisions__search">
        <label htmlFor={`${id}-q`}>Search statement, rationale, options and impacts</label>
        <input
          id={`${id}-q`}
          type="search"
          value={words}
          onChange={(e) => setWords(e.target.value)}
          placeholder="e.g. refund gift"
          data-testid="decisions-search"
        />
      </div>
      <details className="decisions__filters">
        <summary>Filters and order</summary>
        <LogFilters filter={filter} onChange={(patch) => setFilter((f) => ({ ...f, ...patch }))} meetings={meetings} personas={personas} />
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-due`}>Review</label>
            <select
              id={`${id}-due`}
              value={filter.reviewDue === true ? 'due' : filter.reviewDue === false ? 'not' : ''}
              onChange={(e) => setFilter((f) => ({ ...f, reviewDue: e.target.value === '' ? null : e.target.value === 'due' }))}
              data-testid="decisions-review-due"
            >
              <option value="">Any</option>
              <option value="due">Due for review</option>
              <option value="not">Not due</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-sort`}>Order</label>
            <select id={`${id}-sort`} value={sort} onChange={(e) => setSort(e.target.value as DecisionSort)} data-testid="decisions-sort">
              {SORTS.map((s) => (
                <option key={s.sort} value={s.sort}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </details>
      {error && (
        <FieldError>
          {error}
        </FieldError>
      )}
      <p className="muted" aria-live="polite" data-testid="decisions-count">
        {page === null
          ? 'Looking…'
          : `${page.total} decision${page.total === 1 ? '' : 's'}${due ? `, ${due} due for review (shown first)` : ''}${
              page.total > page.rows.length ? `; the first ${page.rows.length} are shown: add words or filters to narrow` : ''
            }`}
      </p>
      {rows && rows.length > 0 && (
        <ol className="decisions__list">
          {rows.map((r) => (
            <DecisionItem
              key={r.decision.id}
              row={r}
              open={openId === r.decision.id}
              onToggle={() => setOpenId((o) => (o === r.decision.id ? null : r.decision.id))}
              personaName={personaName}
              onOpenMeeting={onOpenMeeting}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
