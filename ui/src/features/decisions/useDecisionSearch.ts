// The Decisions screen's search: the words as typed, the filters and the order, and the page
// of decisions they find (asked again, debounced, whenever one of them or `refreshKey` changes).
import { useEffect, useState } from 'react';

import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { DecisionPage } from '../../bindings/DecisionPage';
import type { DecisionSort } from '../../bindings/DecisionSort';
import { cleanFilter } from '../exports/logFilter';
import { errorMessage } from '../../lib/ipc';
import { useDebounced } from '../../lib/useDebounced';
import { findDecisions } from './api';

export function useDecisionSearch(refreshKey: number) {
  const [words, setWords] = useState('');
  const [filter, setFilter] = useState<DecisionFilter>({});
  const [sort, setSort] = useState<DecisionSort>('newest');
  const [page, setPage] = useState<DecisionPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const query = useDebounced(words, 150);
  /** The filters as they are on screen, words included: what the search and export use. */
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

  const patchFilter = (patch: Partial<DecisionFilter>) => setFilter((f) => ({ ...f, ...patch }));
  return { words, setWords, filter, patchFilter, sort, setSort, current, page, error };
}
