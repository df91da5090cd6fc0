// "What customers are saying": anecdotes for what the room is discussing right now (the search
// box, else the decision being written, else the persona's strongest), opening one to read it
// whole (with its escalations), pinning them as evidence, and escalating one to an owner ("?"). Customer text is untrusted: it is only ever rendered as
// React text (CustomerText, which also masks it when projector-safe is on).
import { memo, useEffect, useRef, useState } from 'react';

import type { Anecdote } from '../../bindings/Anecdote';
import type { AnecdoteHit } from '../../bindings/AnecdoteHit';
import type { AnecdoteQuery } from '../../bindings/AnecdoteQuery';
import type { SearchMode } from '../../bindings/SearchMode';
import type { TextSpan } from '../../bindings/TextSpan';
import { firstName } from '../../lib/format';
import { errorMessage, searchAnecdotes } from '../../lib/ipc';
import { useDebounced } from '../../lib/useDebounced';
import { useStableHandler } from './useStableHandler';
import { AnecdoteMeta } from '../../shared/AnecdoteMeta';
import { CustomerText } from '../../shared/CustomerText';
import { AnecdoteEscalations } from '../escalations/AnecdoteEscalations';
import { FieldError } from '../../shared/FieldError';

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
  const [hits, setHits] = useState<AnecdoteHit[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const typed = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const drafted = useDebounced(draftText.trim(), SEARCH_DELAY_MS);
  const text = typed || drafted;

  // A search box needs every word; the decision being written needs its most telling words
  // (and, when empty, falls back to the strongest evidence).
  const mode: SearchMode = typed ? 'keyword' : 'relevant';

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

  // Told after the new cards are on screen (the projector's feed, "pin the top one").
  useEffect(() => {
    onHits.current?.(hits);
  }, [hits]);

  const caption = typed
    ? 'Matching your search'
    : drafted
      ? 'Relevant to the decision you are writing'
      : personaName
        ? `Strongest evidence for ${firstName(personaName)}`
        : 'Strongest evidence';

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
      <h2 className="anecdotes__title" id="anecdotes-title">
        What customers are saying
      </h2>
      <label className="visually-hidden" htmlFor="anecdote-search">
        Search anecdotes
      </label>
      <input
        id="anecdote-search"
        type="search"
        className="anecdotes__search"
        placeholder="Search what customers said…"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        data-testid="anecdote-search"
        autoComplete="off"
        spellCheck={false}
      />
      <p className={`anecdotes__caption${busy ? ' anecdotes__caption--busy' : ''}`} data-testid="anecdote-caption">
        {caption}
      </p>
      <div className="anecdotes__list" aria-busy={busy}>
        {error && (
          <FieldError>
            {error}
          </FieldError>
        )}
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

type CardProps = {
  anecdote: Anecdote;
  /** The highlighted snippet; null: the whole text, nothing highlighted. */
  spans: TextSpan[] | null;
  pinned: boolean;
  onTogglePin: ((a: Anecdote) => void) | null;
  onOpen: ((a: Anecdote) => void) | undefined;
  onEscalate: ((a: Anecdote) => void) | undefined;
  refreshKey: number;
};

const AnecdoteCard = memo(function AnecdoteCard(props: CardProps) {
  const { anecdote: a, spans, pinned, onTogglePin, onOpen, onEscalate, refreshKey } = props;
  const [open, setOpen] = useState(false);
  const toggle = () => {
    if (!open) onOpen?.(a);
    setOpen(!open);
  };
  return (
    <article className={`anecdote${pinned ? ' anecdote--pinned' : ''}${open ? ' anecdote--open' : ''}`} data-testid="anecdote">
      <p className="anecdote__text">{open || spans === null ? <CustomerText text={a.text} /> : <CustomerText spans={spans} />}</p>
      <div className="anecdote__foot">
        <AnecdoteMeta anecdote={a} />
        <button
          type="button"
          className="link-button anecdote__open"
          aria-expanded={open}
          onClick={toggle}
          data-testid="open-anecdote"
        >
          {open ? 'Less' : 'Read all'}
        </button>
        {onEscalate && (
          <button
            type="button"
            className="link-button anecdote__escalate"
            onClick={() => onEscalate(a)}
            data-testid="escalate-anecdote"
            title="Ask an owner what happened (“?”), with a deadline"
          >
            Escalate
          </button>
        )}
        {onTogglePin && (
          <button
            type="button"
            className={`pin${pinned ? ' pin--on' : ''}`}
            aria-pressed={pinned}
            onClick={() => onTogglePin(a)}
            data-testid="pin-anecdote"
            title={pinned ? 'Remove from the decision’s evidence' : 'Pin as evidence for the decision'}
          >
            {pinned ? 'Pinned' : 'Pin'}
          </button>
        )}
      </div>
      {open && <AnecdoteEscalations anecdoteId={a.id} refreshKey={refreshKey} />}
    </article>
  );
});
