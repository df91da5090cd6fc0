// The evidence of a recorded decision, in the edit dialog: the anecdotes pinned to it, each
// with Remove, and a search of the library (the anecdote panel's search) to pin more. Customer
// words are React text, masked while projector-safe is on.
import { useEffect, useId, useState } from 'react';

import type { Anecdote } from '../../bindings/Anecdote';
import type { AnecdoteHit } from '../../bindings/AnecdoteHit';
import { errorMessage, searchAnecdotes } from '../../lib/ipc';
import { useDebounced } from '../../lib/useDebounced';
import { AnecdoteMeta } from '../../shared/AnecdoteMeta';
import { CustomerText } from '../../shared/CustomerText';
import { FieldError } from '../../shared/FieldError';

/** How many search results are offered. */
const SHOWN = 5;

type Props = {
  /** The pinned anecdotes; null while they load. */
  pinned: Anecdote[] | null;
  onChange: (pinned: Anecdote[]) => void;
  /** Why the pinned anecdotes could not be read, if they could not. */
  loadError: string | null;
  idPrefix: string;
};

export function EvidenceEditor({ pinned, onChange, loadError, idPrefix }: Props) {
  const id = useId();
  const [words, setWords] = useState('');
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
    searchAnecdotes({ text: query, limit: SHOWN * 2 })
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
  }, [query]);

  const offered = (searched === query ? hits : []).filter((h) => !pinned?.some((p) => p.id === h.anecdote.id)).slice(0, SHOWN);

  return (
    <fieldset className="evidence-editor" data-testid="evidence-editor" aria-describedby={`${idPrefix}-evidence-count`}>
      <legend>Evidence</legend>
      <p className="hint" id={`${idPrefix}-evidence-count`} data-testid="evidence-count">
        {pinned === null
          ? loadError
            ? 'The pinned anecdotes could not be read; they stay pinned.'
            : 'Reading the pinned anecdotes…'
          : pinned.length === 0
            ? 'No anecdote is pinned as evidence.'
            : pinned.length === 1
              ? '1 anecdote pinned as evidence.'
              : `${pinned.length} anecdotes pinned as evidence.`}
      </p>
      {loadError && (
        <FieldError>
          {loadError}
        </FieldError>
      )}
      {pinned !== null && pinned.length > 0 && (
        <ul className="evidence-editor__list">
          {pinned.map((a) => (
            <li key={a.id} className="evidence-editor__item" data-testid="evidence-pinned">
              <span className="evidence-editor__text">
                <CustomerText text={a.text} />
                <AnecdoteMeta anecdote={a} />
              </span>
              <button
                type="button"
                className="btn btn--small"
                onClick={() => onChange(pinned.filter((p) => p.id !== a.id))}
                data-testid="evidence-remove"
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {pinned !== null && (
        <div className="field">
          <label htmlFor={`${id}-search`}>Pin an anecdote from the library</label>
          <input
            id={`${id}-search`}
            type="search"
            value={words}
            onChange={(e) => setWords(e.target.value)}
            placeholder="Search what customers said…"
            data-testid="evidence-search"
          />
        </div>
      )}
      {error && (
        <FieldError>
          The library could not be searched: {error}
        </FieldError>
      )}
      {pinned !== null && offered.length > 0 && (
        <ul className="evidence-editor__list" aria-label="Anecdotes found">
          {offered.map((h) => (
            <li key={h.anecdote.id} className="evidence-editor__item" data-testid="evidence-found">
              <span className="evidence-editor__text">
                <CustomerText text={h.anecdote.text} />
                <AnecdoteMeta anecdote={h.anecdote} />
              </span>
              <button
                type="button"
                className="btn btn--small"
                onClick={() => onChange([...pinned, h.anecdote])}
                data-testid="evidence-add"
              >
                Pin
              </button>
            </li>
          ))}
        </ul>
      )}
      {pinned !== null && query !== '' && searched === query && hits.length === 0 && !error && (
        <p className="hint" data-testid="evidence-none-found">
          No anecdote matches “{query}”.
        </p>
      )}
    </fieldset>
  );
}
