// The anecdote panel's search: asks the backend whenever what it searches with changes (or the
// workspace does), keeps the latest answer, and drops answers a newer query made stale.
import { useEffect, useState } from 'react';

import type { AnecdoteHit } from '../../bindings/AnecdoteHit';
import type { AnecdoteQuery } from '../../bindings/AnecdoteQuery';
import type { SearchMode } from '../../bindings/SearchMode';
import { errorMessage, searchAnecdotes } from '../../lib/ipc';

export function useAnecdoteSearch(text: string, mode: SearchMode, personaId: string | null, refreshKey: number) {
  const [hits, setHits] = useState<AnecdoteHit[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const query: AnecdoteQuery = { text, mode };
    if (personaId !== null) query.personaId = personaId;
    setBusy(true);
    // The answer and the end of "busy" in one update: one render, one paint.
    searchAnecdotes(query).then(
      (found) => {
        if (!current) return;
        setHits(found);
        setError(null);
        setBusy(false);
      },
      (e: unknown) => {
        if (!current) return;
        setError(errorMessage(e));
        setBusy(false);
      },
    );
    // A newer query makes this answer stale, whenever it arrives.
    return () => {
      current = false;
    };
  }, [text, mode, personaId, refreshKey]);


  return { hits, busy, error };
}
