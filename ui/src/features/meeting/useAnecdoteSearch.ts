// The anecdote panel's search: asks the backend whenever what it searches with changes (or the
// workspace does), keeps the latest answer, and drops answers a newer query made stale.
import { useEffect, useState } from 'react';

import type { AnecdoteHit } from '../../bindings/AnecdoteHit';
import type { AnecdoteQuery } from '../../bindings/AnecdoteQuery';
import type { SearchMode } from '../../bindings/SearchMode';
import { errorMessage, searchAnecdotes } from '../../lib/ipc';

/** How long a search may take before the panel says it is searching. */
const BUSY_AFTER_MS = 300;

export function useAnecdoteSearch(text: string, mode: SearchMode, personaId: string | null, refreshKey: number) {
  const [hits, setHits] = useState<AnecdoteHit[]>([]);
  // What the cards on screen answer (null until the first answer): the caption says that.
  const [answered, setAnswered] = useState<AnecdoteQuery | null>(null);
  // True from the start, so "no anecdotes" never shows before the first answer.
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const query: AnecdoteQuery = { text, mode };
    if (personaId !== null) query.personaId = personaId;
    // The panel changes only when the answer comes (cards, caption and the end of "busy" in one
    // update: one render, one paint), and says it is searching only if that is slow: a repaint
    // while the search runs made its answer wait for that paint (docs/BENCHMARKS.md).
    const slow = window.setTimeout(() => setBusy(true), BUSY_AFTER_MS);
    const settle = () => {
      window.clearTimeout(slow);
      setBusy(false);
    };
    searchAnecdotes(query).then(
      (found) => {
        if (!current) return;
        setHits(found);
        setAnswered(query);
        setError(null);
        settle();
      },
      (e: unknown) => {
        if (!current) return;
        setError(errorMessage(e));
        settle();
      },
    );
    // A newer query makes this answer stale, whenever it arrives.
    return () => {
      current = false;
      window.clearTimeout(slow);
    };
  }, [text, mode, personaId, refreshKey]);

  return { hits, answered, busy, error };
}
