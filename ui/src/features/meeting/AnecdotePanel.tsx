// "What customers are saying": anecdotes for what the room is discussing right now (the search
// box, else the decision being written, else the persona's strongest), opening one to read it
// whole (with its escalations), pinning them as evidence, and escalating one to an owner ("?"). Customer text is untrusted: it is only ever rendered as
// React text (CustomerText, which also masks it when projector-safe is on).
import { useEffect, useRef, useState } from 'react';

import type { Anecdote } from '../../bindings/Anecdote';
import type { AnecdoteHit } from '../../bindings/AnecdoteHit';
import type { SearchMode } from '../../bindings/SearchMode';
import { useDebounced } from '../../lib/useDebounced';
import { useStableHandler } from './useStableHandler';
import { FieldError } from '../../shared/FieldError';
import { AnecdoteCard } from './AnecdoteCard';
import { AnecdoteSearchHead, captionOf } from './AnecdoteSearchHead';
import { useAnecdoteSearch } from './useAnecdoteSearch';

export const SEARCH_DELAY_MS = 250;

type Props = {
  personaId: string | null;
  personaName: string | null;
  /** The decision being written (statement and rationale). */
  draftText: string;
  pinned: Anecdote[];
  /** Absent when there is no decision to pin evidence to (an ended meeting). */
  onTogglePin: ((a: Anecdote) => void) | null;
  /** Changes when the workspace changed, to search again. */
  refreshKey: number;
  /** Told what the panel shows after every search (the most relevant first). */
  onHits?: (hits: AnecdoteHit[]) => void;
  /** Told when the user opens an anecdote to read it whole. */
  onOpen?: (a: Anecdote) => void;
  /** Absent: no "Escalate" button. */
  onEscalate?: (a: Anecdote) => void;
};

export function AnecdotePanel(props: Props) {
  const { personaId, personaName, draftText, pinned, onTogglePin, refreshKey, onOpen, onEscalate } = props;
  const onHits = useRef(props.onHits);
  onHits.current = props.onHits;
  const [search, setSearch] = useState('');

  const typed = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const drafted = useDebounced(draftText.trim(), SEARCH_DELAY_MS);
  const text = typed || drafted;

  // A search box needs every word; the decision being written needs its most telling words
  // (and, when empty, falls back to the strongest evidence).
  const mode: SearchMode = typed ? 'keyword' : 'relevant';
  const { hits, answered, busy, error } = useAnecdoteSearch(text, mode, personaId, refreshKey);

  // Told after the new cards are on screen (the projector's feed, "pin the top one").
  useEffect(() => {
    onHits.current?.(hits);
  }, [hits]);

  const caption = captionOf(answered, personaName);

  // The cards are memoized: typing a decision re-renders this panel on every key, and its
  // cards only when their own anecdote, highlighting or pin changes.
  const togglePin = useStableHandler((a: Anecdote) => onTogglePin?.(a));
  const open = useStableHandler((a: Anecdote) => onOpen?.(a));
  const escalate = useStableHandler((a: Anecdote) => onEscalate?.(a));
  const handlers = {
    onTogglePin: onTogglePin ? togglePin : null,
    onOpen: open,
    onEscalate: onEscalate ? escalate : undefined,
  };

  const pinnedIds = new Set(pinned.map((a) => a.id));
  const pinnedElsewhere = pinned.filter((a) => !hits.some((h) => h.anecdote.id === a.id));

  return (
    <aside className="anecdotes" data-testid="anecdote-panel" aria-labelledby="anecdotes-title">
      <AnecdoteSearchHead search={search} onSearch={setSearch} caption={caption} busy={busy} />
      <div className="anecdotes__list" aria-busy={busy}>
        {error && <FieldError>{error}</FieldError>}
        {pinnedElsewhere.length > 0 && (
          <>
            <h3 className="anecdotes__subhead">Pinned as evidence</h3>
            {pinnedElsewhere.map((a) => (
              <AnecdoteCard key={a.id} anecdote={a} spans={null} pinned {...handlers} refreshKey={refreshKey} />
            ))}
            <h3 className="anecdotes__subhead">{caption}</h3>
          </>
        )}
        {hits.map((h) => (
          <AnecdoteCard
            key={h.anecdote.id}
            anecdote={h.anecdote}
            spans={h.snippet}
            pinned={pinnedIds.has(h.anecdote.id)}
            {...handlers}
            refreshKey={refreshKey}
          />
        ))}
        {!busy && !error && hits.length === 0 && (
          <p className="muted" data-testid="anecdote-none">
            {text ? 'No anecdote matches these words.' : 'No anecdotes in this workspace yet.'}
          </p>
        )}
      </div>
    </aside>
  );
}
