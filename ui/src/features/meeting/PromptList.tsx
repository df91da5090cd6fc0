// Every question of the deck in a compact list, the current one marked and the answered ones
// ticked (unanswered questions stay in sight); a click goes to one.
import type { PromptDeck } from '../../bindings/PromptDeck';

type Props = {
  deck: PromptDeck;
  /** The current question's index. */
  at: number;
  /** The ids of the answered questions. */
  done: Set<string>;
  onMove: (index: number) => void;
};

export function PromptList({ deck, at, done, onMove }: Props) {
  return (
    <ol className="prompt-list" data-testid="prompt-list" aria-label="All questions">
      {deck.prompts.map((p, i) => {
        const answered = done.has(p.id);
        return (
          <li key={p.id}>
            <button
              type="button"
              className={`prompt-list__item${i === at ? ' prompt-list__item--current' : ''}${answered ? ' prompt-list__item--answered' : ''}`}
              aria-current={i === at ? 'step' : undefined}
              onClick={() => onMove(i)}
              data-testid="prompt-list-item"
              data-answered={answered}
            >
              <span className="prompt-list__tick" aria-label={answered ? 'answered' : 'not answered yet'} role="img">
                {answered ? '✓' : '○'}
              </span>
              <span className="prompt-list__text">{p.text}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
