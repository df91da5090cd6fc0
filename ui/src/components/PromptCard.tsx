// The "work backwards" question the room is answering now, with Previous/Next.
import type { PromptDeck } from '../bindings/PromptDeck';

type Props = {
  deck: PromptDeck | null;
  index: number;
  onMove: (index: number) => void;
};

export function PromptCard({ deck, index, onMove }: Props) {
  const count = deck?.prompts.length ?? 0;
  const at = Math.min(Math.max(index, 0), Math.max(count - 1, 0));
  const prompt = deck?.prompts[at] ?? null;
  return (
    <section className="card prompt" data-testid="prompt" aria-label="Current question">
      <header className="prompt__head">
        <span className="eyebrow">{deck ? deck.name : 'No question deck'}</span>
        {count > 0 && (
          <span className="prompt__count" data-testid="prompt-count">
            Question {at + 1} of {count}
          </span>
        )}
      </header>
      {prompt ? (
        <>
          <p className="prompt__text" data-testid="prompt-text" aria-live="polite">
            {prompt.text}
          </p>
          {prompt.help && <p className="prompt__help">{prompt.help}</p>}
        </>
      ) : (
        <p className="prompt__help" data-testid="prompt-text">
          This meeting has no questions to work through. Decisions can still be recorded below.
        </p>
      )}
      <div className="prompt__nav">
        <button
          type="button"
          className="btn btn--small"
          onClick={() => onMove(at - 1)}
          disabled={at <= 0}
          data-testid="prompt-prev"
        >
          ← Previous
        </button>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => onMove(at + 1)}
          disabled={at >= count - 1}
          data-testid="prompt-next"
        >
          Next →
        </button>
      </div>
    </section>
  );
}
