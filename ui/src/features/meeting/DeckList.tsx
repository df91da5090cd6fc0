// The decks whose questions a meeting works through, in order: each can be moved or removed,
// and another deck's questions added at the end ("the five questions, then the one-way-door
// check"). Answers belong to their questions, so nothing the room said is lost.
import { useId, useState } from 'react';

import type { PromptDeck } from '../../bindings/PromptDeck';
import { moveRow } from './AgendaRows';

type Props = { decks: PromptDeck[]; selected: string[]; onChange: (ids: string[]) => void };

export function DeckList({ decks, selected, onChange }: Props) {
  const id = useId();
  const others = decks.filter((d) => !selected.includes(d.id));
  const [adding, setAdding] = useState('');
  const toAdd = others.some((d) => d.id === adding) ? adding : (others[0]?.id ?? '');
  const name = (deckId: string) => decks.find((d) => d.id === deckId)?.name ?? 'A deleted deck';
  return (
    <fieldset className="field rows" data-testid="meeting-edit-decks">
      <legend>Questions to work through</legend>
      {selected.length === 0 && <p className="muted">No questions.</p>}
      {selected.map((deckId, n) => (
        <div key={deckId} className="rows__row meeting-edit__deck" data-testid="meeting-deck-row">
          <span className="meeting-edit__deck-name">
            {n + 1}. {name(deckId)}
          </span>
          <button
            type="button"
            className="btn btn--small"
            onClick={() => onChange(moveRow(selected, n, n - 1))}
            disabled={n === 0}
            aria-label={`Move ${name(deckId)} up`}
          >
            ↑
          </button>
          <button
            type="button"
            className="btn btn--small"
            onClick={() => onChange(moveRow(selected, n, n + 1))}
            disabled={n === selected.length - 1}
            aria-label={`Move ${name(deckId)} down`}
          >
            ↓
          </button>
          <button
            type="button"
            className="btn btn--small btn--danger-quiet"
            onClick={() => onChange(selected.filter((x) => x !== deckId))}
            aria-label={`Remove ${name(deckId)}`}
            data-testid="remove-deck"
          >
            ×
          </button>
        </div>
      ))}
      {others.length > 0 && (
        <div className="rows__row">
          <label className="visually-hidden" htmlFor={`${id}-add`}>
            Deck to add
          </label>
          <select id={`${id}-add`} value={toAdd} onChange={(e) => setAdding(e.target.value)} data-testid="add-deck-select">
            {others.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name} ({d.prompts.length})
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn btn--small"
            onClick={() => toAdd && onChange([...selected, toAdd])}
            data-testid="add-deck"
          >
            Add these questions
          </button>
        </div>
      )}
    </fieldset>
  );
}
