// The library search of the evidence editor: the typed words (debounced), the anecdotes they
// find, and whether the answer is for the words shown now.
import { useEffect, useState } from 'react';

import type { AnecdoteHit } from '../../bindings/AnecdoteHit';
import { errorMessage, searchAnecdotes } from '../../lib/ipc';
import { useDebounced } from '../../lib/useDebounced';

export function useEvidenceSearch(words: string, limit: number) {
  const query = useDebounced(words.trim(), 150);
  const [hits, setHits] = useState<AnecdoteHit[]>([]);
  /** The words `hits` answer. */
  const [searched, setSearched] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (query === '') {
      setHits([]);
      setSearched('');
      return undefined;
    }
    let stale = false;
    searchAnecdotes({ text: query, limit })
      .then((found) => {
        if (stale) return;
        setHits(found);
        setSearched(query);
        setError(null);
      })
      .catch((e: unknown) => !stale && setError(errorMessage(e)));
    return () => {
      stale = true;
    };
  }, [query, limit]);

  return { query, hits, searched, error };
}
