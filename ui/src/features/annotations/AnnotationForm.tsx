// Writing or editing a reaction as the customer would: the stance (required), how the customer
// feels (1-5, faces with their words), the comment in the customer's voice, and what they would
// do. Ctrl+Enter (⌘Enter) saves from anywhere in the form, without recording the decision. On
// an error the message shows and everything typed stays.
import { useId } from 'react';

import type { AnnotationInput } from '../../bindings/AnnotationInput';
import type { AnnotationDraft } from './annotations';
import { FeelingField, FlagsField, StanceField } from './AnnotationFields';
import { useAnnotationSave } from './useAnnotationSave';
import { FieldError } from '../../shared/FieldError';
import { Field } from '../../shared/Field';

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
  const { busy, error, missingStance, submit, onKeyDown } = useAnnotationSave(draft, onSave, onCancel);
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
      <StanceField id={id} form={draft} set={set} missingStance={missingStance} />
      <FeelingField id={id} form={draft} set={set} />
      <Field id={`${id}-comment`} label="In the customer’s words">
        <textarea
          id={`${id}-comment`}
          rows={2}
          value={draft.comment}
          placeholder="“I would…”"
          onChange={(e) => set({ comment: e.target.value })}
          data-testid="annotation-comment"
        />
      </Field>
      <FlagsField form={draft} set={set} />
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
