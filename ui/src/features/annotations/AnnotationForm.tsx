// Writing or editing a reaction as the customer would: the stance (required), how the customer
// feels (1-5, faces with their words), the comment in the customer's voice, and what they would
// do. Ctrl+Enter (⌘Enter) saves from anywhere in the form, without recording the decision. On
// an error the message shows and everything typed stays.
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';

import type { AnnotationInput } from '../../bindings/AnnotationInput';
import {
  FEELINGS,
  FEELING_LABEL,
  FLAGS,
  FLAG_LABEL,
  STANCES,
  STANCE_ICON,
  STANCE_LABEL,
  toAnnotationInput,
  toggleFlag,
  type AnnotationDraft,
} from './annotations';
import { errorMessage } from '../../lib/ipc';
import { Face } from './Marks';
import { FieldError } from '../../shared/FieldError';

type Props = {
  draft: AnnotationDraft;
  onDraft: (d: AnnotationDraft) => void;
  /** Saves; rejects with the backend's error, shown here. */
  onSave: (input: AnnotationInput) => Promise<void>;
  onCancel: () => void;
  submitLabel: string;
  /** Who it will be signed as, shown above the fields. */
  signedAs?: string | null;
};

export function AnnotationForm({ draft, onDraft, onSave, onCancel, submitLabel, signedAs = null }: Props) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const missingStance = tried && draft.stance === null;

  async function save() {
    if (busy) return;
    setTried(true);
    const checked = toAnnotationInput(draft);
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSave(checked.input);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void save();
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey) {
      // Handled here: the window's Ctrl+Enter (record the decision) must not also run.
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape' && !busy) {
      e.preventDefault();
      onCancel();
    }
  }

  const set = (patch: Partial<AnnotationDraft>) => onDraft({ ...draft, ...patch });

  return (
    <form
      className="annotation-form"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-label={submitLabel}
      data-testid="annotation-form"
    >
      {signedAs && <p className="annotation-form__as">As {signedAs}</p>}
      <fieldset className="field">
        <legend id={`${id}-stance`}>
          The customer… <span className="annotation-form__required">(required)</span>
        </legend>
        <div
          className="direction__options"
          role="radiogroup"
          aria-labelledby={`${id}-stance`}
          aria-invalid={missingStance ? true : undefined}
        >
          {STANCES.map((s) => (
            <label key={s} className={`pill pill--stance-${s}${draft.stance === s ? ' pill--on' : ''}`}>
              <input
                type="radio"
                name={`${id}-stance`}
                value={s}
                checked={draft.stance === s}
                onChange={() => set({ stance: s })}
                data-testid={`stance-${s}`}
              />
              <span aria-hidden="true">{STANCE_ICON[s]}</span>
              {STANCE_LABEL[s]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend id={`${id}-feeling`}>How they feel about it</legend>
        <div className="feeling-scale" role="radiogroup" aria-labelledby={`${id}-feeling`}>
          {FEELINGS.map((f) => (
            <label key={f} className={`feeling-option${draft.feeling === f ? ' feeling-option--on' : ''}`} title={FEELING_LABEL[f]}>
              <input
                type="radio"
                name={`${id}-feeling`}
                value={f}
                checked={draft.feeling === f}
                onChange={() => set({ feeling: f })}
                aria-label={`${f} of 5: ${FEELING_LABEL[f]}`}
                data-testid={`feeling-${f}`}
              />
              <Face feeling={f} />
              <span className="feeling-option__n" aria-hidden="true">
                {f}
              </span>
            </label>
          ))}
          {draft.feeling !== null && (
            <button type="button" className="link-button feeling-scale__clear" onClick={() => set({ feeling: null })}>
              Clear
            </button>
          )}
        </div>
        <span className="hint" aria-live="polite">
          {draft.feeling !== null ? FEELING_LABEL[draft.feeling] : '1 very unhappy … 5 delighted (optional)'}
        </span>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-comment`}>In the customer’s words</label>
        <textarea
          id={`${id}-comment`}
          rows={2}
          value={draft.comment}
          placeholder="“I would…”"
          onChange={(e) => set({ comment: e.target.value })}
          data-testid="annotation-comment"
        />
      </div>
      <fieldset className="field">
        <legend>They would…</legend>
        <div className="direction__options">
          {FLAGS.map((f) => (
            <label key={f} className={`pill${draft.flags.includes(f) ? ' pill--on' : ''}`}>
              <input
                type="checkbox"
                checked={draft.flags.includes(f)}
                onChange={() => set({ flags: toggleFlag(draft.flags, f) })}
                data-testid={`flag-${f}`}
              />
              {FLAG_LABEL[f]}
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <FieldError testId="annotation-error">
          {error}
        </FieldError>
      )}
      <div className="annotation-form__actions">
        <span className="hint">
          <kbd className="kbd">Ctrl+Enter</kbd> saves
        </span>
        <button type="button" className="btn btn--small" onClick={onCancel} disabled={busy} data-testid="annotation-cancel">
          Cancel
        </button>
        <button type="submit" className="btn btn--small btn--primary" disabled={busy} data-testid="annotation-save">
          {busy ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
