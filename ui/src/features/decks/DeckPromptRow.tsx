// One question in the deck editor: its text, a one-line help for the facilitator, and
// buttons to move it up or down or remove it.
import type { PromptRow } from './deckForm';

type Props = {
  row: PromptRow;
  index: number;
  count: number;
  idBase: string;
  onChange: (row: PromptRow) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

type MoveProps = { n: number; by: -1 | 1; disabled: boolean; onMove: (by: -1 | 1) => void };

/** ↑ or ↓: moves question `n` one place up (−1) or down (+1). */
function MoveButton({ n, by, disabled, onMove }: MoveProps) {
  const way = by < 0 ? 'up' : 'down';
  return (
    <button
      type="button"
      className="btn btn--small"
      onClick={() => onMove(by)}
      disabled={disabled}
      aria-label={`Move question ${n} ${way}`}
      data-testid={`deck-prompt-${way}`}
    >
      {by < 0 ? '↑' : '↓'}
    </button>
  );
}

export function DeckPromptRow({ row, index, count, idBase, onChange, onMove, onRemove }: Props) {
  const n = index + 1;
  const textId = `${idBase}-q${row.key}`;
  const helpId = `${idBase}-h${row.key}`;
  return (
    <li className="deck-row" data-testid="deck-prompt">
      <span className="deck-row__number" aria-hidden="true">
        {n}
      </span>
      <div className="deck-row__fields">
        <label className="visually-hidden" htmlFor={textId}>
          Question {n}
        </label>
        <input
          id={textId}
          value={row.text}
          placeholder="The question to ask"
          onChange={(e) => onChange({ ...row, text: e.target.value })}
          data-testid="deck-prompt-text"
        />
        <label className="visually-hidden" htmlFor={helpId}>
          Help for question {n}
        </label>
        <input
          id={helpId}
          className="deck-row__help"
          value={row.help}
          placeholder="A hint for the facilitator (optional)"
          onChange={(e) => onChange({ ...row, help: e.target.value })}
          data-testid="deck-prompt-help"
        />
      </div>
      <div className="deck-row__actions">
        <MoveButton n={n} by={-1} disabled={index === 0} onMove={onMove} />
        <MoveButton n={n} by={1} disabled={index === count - 1} onMove={onMove} />
        <button
          type="button"
          className="btn btn--small btn--danger-quiet"
          onClick={onRemove}
          aria-label={`Remove question ${n}`}
          data-testid="deck-prompt-remove"
        >
          Remove
        </button>
      </div>
    </li>
  );
}
