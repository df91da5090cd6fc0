// The deck editor's questions in the order the room works through them: each row edited,
// moved up or down (the focus stays on the move button, so the keyboard can keep moving the
// row) or removed, and "+ Add question".
import { useEffect, useRef } from 'react';

import { moveRow, newRow, type PromptRow } from './deckForm';
import { DeckPromptRow } from './DeckPromptRow';

type Props = {
  rows: PromptRow[];
  onRows: (rows: PromptRow[]) => void;
  /** The form's id, the start of each row's input ids. */
  idBase: string;
};

/** The move button to focus again once a row has moved, so the keyboard can keep moving it. */
type Refocus = { key: string; by: -1 | 1 };

export function DeckQuestions({ rows, onRows, idBase }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const refocus = useRef<Refocus | null>(null);

  useEffect(() => {
    const want = refocus.current;
    refocus.current = null;
    if (!want || !listRef.current) return;
    const index = rows.findIndex((r) => r.key === want.key);
    const row = listRef.current.children[index];
    const same = row?.querySelector<HTMLButtonElement>(`[data-testid="deck-prompt-${want.by < 0 ? 'up' : 'down'}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-testid="deck-prompt-${want.by < 0 ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }, [rows]);

  return (
    <fieldset className="field">
      <legend>Questions, in the order the room works through them</legend>
      <ol className="deck-rows" ref={listRef}>
        {rows.map((row, i) => (
          <DeckPromptRow
            key={row.key}
            row={row}
            index={i}
            count={rows.length}
            idBase={idBase}
            onChange={(next) => onRows(rows.map((r) => (r.key === row.key ? next : r)))}
            onMove={(by) => {
              refocus.current = { key: row.key, by };
              onRows(moveRow(rows, i, by));
            }}
            onRemove={() => onRows(rows.filter((r) => r.key !== row.key))}
          />
        ))}
      </ol>
      <button
        type="button"
        className="btn btn--small deck-rows__add"
        onClick={() => onRows([...rows, newRow()])}
        data-testid="deck-prompt-add"
      >
        + Add question
      </button>
    </fieldset>
  );
}
