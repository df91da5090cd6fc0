// The room's answer to the current question: typed here and saved by itself at most
// ANSWER_SAVE_MS after a change (and when the box loses focus or the question changes), with a
// small "Saved" note. An emptied box deletes the answer.
import { useEffect, useId, useRef, useState } from 'react';

import { errorMessage } from '../../lib/ipc';

export const ANSWER_SAVE_MS = 700;

type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; message: string };

type Props = {
  /** The answer stored now. */
  saved: string;
  onSave: (text: string) => Promise<unknown>;
  disabled?: boolean;
};

export function PromptAnswerBox({ saved, onSave, disabled = false }: Props) {
  const id = useId();
  const [text, setText] = useState(saved);
  const [state, setState] = useState<SaveState>({ kind: saved ? 'saved' : 'idle' });
  const stored = useRef(saved);
  const latest = useRef(saved);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const save = useRef(onSave);
  save.current = onSave;

  const flush = useRef(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = latest.current;
    if (value === stored.current) return;
    stored.current = value;
    setState({ kind: 'saving' });
    save
      .current(value)
      .then(() => {
        if (latest.current === value) setState({ kind: 'saved' });
      })
      .catch((e: unknown) => {
        stored.current = '\u0000unsaved';
        setState({ kind: 'failed', message: errorMessage(e) });
      });
  }).current;

  useEffect(() => () => flush(), [flush]);

  function change(value: string) {
    setText(value);
    latest.current = value;
    if (timer.current === null) timer.current = setTimeout(flush, ANSWER_SAVE_MS);
  }

  const note =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? text.trim() === '' ? 'Cleared' : 'Saved'
        : state.kind === 'failed'
          ? `Not saved: ${state.message}`
          : '';

  return (
    <div className="field prompt-answer">
      <label htmlFor={`${id}-answer`} className="prompt-answer__label">
        The room’s answer
        <span className={`prompt-answer__note prompt-answer__note--${state.kind}`} data-testid="answer-saved" aria-live="polite">
          {note}
        </span>
      </label>
      <textarea
        id={`${id}-answer`}
        rows={2}
        value={text}
        onChange={(e) => change(e.target.value)}
        onBlur={flush}
        placeholder="What does the room say, as the customer would?"
        disabled={disabled}
        data-testid="prompt-answer"
      />
    </div>
  );
}
