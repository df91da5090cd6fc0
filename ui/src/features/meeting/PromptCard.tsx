// The "work backwards" question the room is answering now, with Previous/Next, the room's
// answer to it, and every question of the deck in a compact list with ticks for the answered
// ones (unanswered questions stay in sight; a click goes to one).
import type { PromptAnswer } from '../../bindings/PromptAnswer';
import type { PromptDeck } from '../../bindings/PromptDeck';
import { answeredIds } from './nudge';
import { PromptAnswerBox } from './PromptAnswerBox';
import { PromptList } from './PromptList';

type Props = {
  deck: PromptDeck | null;
  index: number;
  onMove: (index: number) => void;
  answers?: PromptAnswer[];
  /** Saves the answer to a prompt; absent when answers cannot change (an ended meeting). */
  onAnswer?: ((promptId: string, text: string) => Promise<unknown>) | null;
};

export function PromptCard({ deck, index, onMove, answers = [], onAnswer = null }: Props) {
  const count = deck?.prompts.length ?? 0;
  const at = Math.min(Math.max(index, 0), Math.max(count - 1, 0));
  const prompt = deck?.prompts[at] ?? null;
  const done = answeredIds(answers);
  const answerOf = (promptId: string) =>
    answers.find((a) => a.promptId === promptId && a.decisionId === null)?.answer ?? '';
  return (
    <section className="card prompt" data-testid="prompt" aria-label="Current question">
      <header className="prompt__head">
        <span className="eyebrow">{deck ? deck.name : 'No question deck'}</span>
        {count > 0 && (
          <span className="prompt__count" data-testid="prompt-count">
            Question {at + 1} of {count} · {done.size} answered
          </span>
        )}
      </header>
      {prompt ? (
        <>
          <p className="prompt__text" data-testid="prompt-text" aria-live="polite">
            {prompt.text}
          </p>
          {prompt.help && <p className="prompt__help">{prompt.help}</p>}
          {onAnswer ? (
            <PromptAnswerBox key={prompt.id} saved={answerOf(prompt.id)} onSave={(text) => onAnswer(prompt.id, text)} />
          ) : (
            answerOf(prompt.id) && <p className="prompt__answer-read">{answerOf(prompt.id)}</p>
          )}
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
          title="Alt+←"
        >
          ← Previous
        </button>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => onMove(at + 1)}
          disabled={at >= count - 1}
          data-testid="prompt-next"
          title="Alt+→"
        >
          Next →
        </button>
      </div>
      {count > 1 && deck && <PromptList deck={deck} at={at} done={done} onMove={onMove} />}
    </section>
  );
}
