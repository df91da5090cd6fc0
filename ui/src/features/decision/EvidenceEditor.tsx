// The evidence of a recorded decision, in the edit dialog: the anecdotes pinned to it, each
// with Remove, and a search of the library (the anecdote panel's search) to pin more. Customer
// words are React text, masked while projector-safe is on.
import { useId, useState } from 'react';

import type { Anecdote } from '../../bindings/Anecdote';
import { FieldError } from '../../shared/FieldError';
import { LabelledSearch } from '../../shared/LabelledSearch';
import { EvidenceList } from './EvidenceList';
import { useEvidenceSearch } from './useEvidenceSearch';

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
  const { query, hits, searched, error } = useEvidenceSearch(words, SHOWN * 2);

  const offered = (searched === query ? hits : [])
    .map((h) => h.anecdote)
    .filter((a) => !pinned?.some((p) => p.id === a.id))
    .slice(0, SHOWN);

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
      {loadError && <FieldError>{loadError}</FieldError>}
      {pinned !== null && pinned.length > 0 && (
        <EvidenceList
          anecdotes={pinned}
          action="Remove"
          onAction={(a) => onChange(pinned.filter((p) => p.id !== a.id))}
          itemTestId="evidence-pinned"
          actionTestId="evidence-remove"
        />
      )}
      {pinned !== null && (
        <div className="field">
          <LabelledSearch
            id={`${id}-search`}
            label="Pin an anecdote from the library"
            value={words}
            onChange={setWords}
            placeholder="Search what customers said…"
            testId="evidence-search"
          />
        </div>
      )}
      {error && (
        <FieldError>
          The library could not be searched: {error}
        </FieldError>
      )}
      {pinned !== null && offered.length > 0 && (
        <EvidenceList
          anecdotes={offered}
          label="Anecdotes found"
          action="Pin"
          onAction={(a) => onChange([...pinned, a])}
          itemTestId="evidence-found"
          actionTestId="evidence-add"
        />
      )}
      {pinned !== null && query !== '' && searched === query && hits.length === 0 && !error && (
        <p className="hint" data-testid="evidence-none-found">
          No anecdote matches “{query}”.
        </p>
      )}
    </fieldset>
  );
}
