// "Record a decision": the decision's fields (DecisionFields), the evidence pinned to it and
// the record button. Enter in the statement or Ctrl+Enter anywhere in it records; the backend's
// error is shown next to the field it names and what was typed is kept; success is said aloud.
// The draft is kept by the meeting screen (saved to the backend as it is typed).
import { useId, type FormEvent, type MutableRefObject } from 'react';

import type { Persona } from '../../bindings/Persona';
import type { Draft } from './draft';
import { plural } from '../../lib/format';
import { ctrlEnter } from './ctrlEnter';
import { DecisionFields } from './DecisionFields';
import { FieldMessage } from './FieldMessage';
import { useRecordDecision } from './useRecordDecision';

export { fieldOf } from './fieldErrors';

/** Where the autosave of the draft is. */
export type DraftSave = 'idle' | 'saving' | 'saved' | 'failed';

type Props = {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  /** The persona in the chair. */
  persona: Persona | null;
  /** The personas an impact can be on. */
  personas: Persona[];
  /** Records the draft; resolves when stored, rejects with the backend's error. */
  onSubmit: () => Promise<void>;
  onUnpinAll: () => void;
  /** Set to this form's submit, so a shortcut outside the form can record. */
  submitRef?: MutableRefObject<(() => void) | null>;
  draftSave?: DraftSave;
};

const SAVE_WORDS: Record<DraftSave, string> = {
  idle: '',
  saving: 'Saving draft…',
  saved: 'Draft saved',
  failed: 'Draft not saved',
};

export function DecisionForm({ draft, onChange, persona, personas, onSubmit, onUnpinAll, submitRef, draftSave = 'idle' }: Props) {
  const id = useId();
  const { busy, error, confirmation, canSubmit, submit, edit } = useRecordDecision({ draft, onChange, onSubmit, submitRef });

  function onFormSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  return (
    <form
      className="card decision-form"
      data-testid="decision-form"
      onSubmit={onFormSubmit}
      onKeyDown={ctrlEnter(() => void submit())}
      aria-labelledby={`${id}-title`}
      noValidate
    >
      <h2 className="card__title" id={`${id}-title`}>
        Record a decision
        <span className={`draft-save draft-save--${draftSave}`} data-testid="draft-save" aria-live="polite">
          {SAVE_WORDS[draftSave]}
        </span>
      </h2>

      <DecisionFields
        draft={draft}
        onChange={edit}
        chair={persona}
        personas={personas}
        error={error}
        idPrefix={id}
        onStatementEnter={() => void submit()}
      />

      <div className="decision-form__footer">
        <p className="decision-form__evidence" data-testid="pinned-count">
          {draft.pinned.length === 0 ? (
            'No anecdotes pinned as evidence yet: pin them from the right.'
          ) : (
            <>
              {plural(draft.pinned.length, 'anecdote')} pinned as evidence{' '}
              <button type="button" className="link-button" onClick={onUnpinAll}>
                Unpin all
              </button>
            </>
          )}
        </p>
        <button
          type="submit"
          className="btn btn--primary"
          disabled={!canSubmit}
          data-testid="record-decision"
          title="Enter in the statement, or Ctrl+Enter"
        >
          {busy ? 'Recording…' : 'Record decision'}
        </button>
      </div>
      <FieldMessage error={error} field="form" idPrefix={id} />
      <p className="decision-form__confirmation" role="status" aria-live="polite" data-testid="decision-confirmation">
        {confirmation}
      </p>
    </form>
  );
}
