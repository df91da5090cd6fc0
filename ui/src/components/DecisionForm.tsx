// "Record a decision": the statement, why, its customer impact and door type. Shows the
// backend's error next to the field it names and keeps what was typed; confirms success aloud.
import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';

import type { ImpactDirection } from '../bindings/ImpactDirection';
import type { Persona } from '../bindings/Persona';
import type { Reversibility } from '../bindings/Reversibility';
import type { Draft } from '../lib/draft';
import { DIRECTIONS, DIRECTION_LABEL, REVERSIBILITY_HINT, firstName, plural } from '../lib/format';
import { errorCode, errorMessage } from '../lib/ipc';

type Field = 'statement' | 'rationale' | 'direction' | 'whatChanges' | 'reversibility' | 'form';

type Props = {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  persona: Persona | null;
  /** Records the draft; resolves when stored, rejects with the backend's error. */
  onSubmit: () => Promise<void>;
  onUnpinAll: () => void;
};

/** Which field an `invalid` error is about: its message starts with the field's path. */
export function fieldOf(e: unknown): Field {
  if (errorCode(e) !== 'invalid') return 'form';
  const path = /^([\w.[\]]+):/.exec(errorMessage(e))?.[1] ?? '';
  if (path === 'statement' || path === 'rationale' || path === 'reversibility') return path;
  if (path.endsWith('whatChanges')) return 'whatChanges';
  if (path.startsWith('impacts')) return 'direction';
  return 'form';
}

const REVERSIBILITIES: Reversibility[] = ['two_way', 'one_way', 'unknown'];

export function DecisionForm({ draft, onChange, persona, onSubmit, onUnpinAll }: Props) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: Field; message: string } | null>(null);
  const [confirmation, setConfirmation] = useState('');
  const canSubmit = draft.statement.trim() !== '' && !busy;

  useEffect(() => {
    if (!confirmation) return undefined;
    const t = setTimeout(() => setConfirmation(''), 5000);
    return () => clearTimeout(t);
  }, [confirmation]);

  async function submit() {
    if (!canSubmit) return;
    setBusy(true);
    setError(null);
    setConfirmation('');
    try {
      await onSubmit();
      setConfirmation('Decision recorded.');
    } catch (e) {
      setError({ field: fieldOf(e), message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  /** Applies an edit; the error about the edited field has been dealt with. */
  function edit(patch: Partial<Draft>) {
    if (error && error.field in patch) setError(null);
    onChange(patch);
  }

  function onFormSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  }

  /** Props that tie a field to its error message, when the error is about it. */
  const errorFor = (field: Field) => {
    const on = error?.field === field;
    return {
      input: { 'aria-invalid': on || undefined, 'aria-describedby': on ? `${id}-${field}-err` : undefined },
      message: on ? (
        <p className="field-error" id={`${id}-${field}-err`} role="alert">
          {error?.message}
        </p>
      ) : null,
    };
  };
  const statementErr = errorFor('statement');
  const rationaleErr = errorFor('rationale');
  const directionErr = errorFor('direction');
  const changesErr = errorFor('whatChanges');
  const doorErr = errorFor('reversibility');
  const formErr = errorFor('form');
  const who = persona ? firstName(persona.name) : 'the customer';

  return (
    <form
      className="card decision-form"
      data-testid="decision-form"
      onSubmit={onFormSubmit}
      onKeyDown={onKeyDown}
      aria-labelledby={`${id}-title`}
      noValidate
    >
      <h2 className="card__title" id={`${id}-title`}>
        Record a decision
      </h2>

      <div className="field">
        <label htmlFor={`${id}-statement`}>What did we decide?</label>
        <textarea
          id={`${id}-statement`}
          rows={2}
          required
          value={draft.statement}
          onChange={(e) => edit({ statement: e.target.value })}
          placeholder="We will…"
          data-testid="decision-statement"
          {...statementErr.input}
        />
        {statementErr.message}
      </div>

      <div className="field">
        <label htmlFor={`${id}-rationale`}>Why</label>
        <textarea
          id={`${id}-rationale`}
          rows={2}
          value={draft.rationale}
          onChange={(e) => edit({ rationale: e.target.value })}
          placeholder="Because customers…"
          data-testid="decision-rationale"
          {...rationaleErr.input}
        />
        {rationaleErr.message}
      </div>

      <fieldset className="field direction" {...directionErr.input}>
        <legend>How does it change things for {who}?</legend>
        <div className="direction__options">
          {DIRECTIONS.map((d: ImpactDirection) => (
            <label
              key={d}
              className={`pill pill--${d}${draft.direction === d ? ' pill--on' : ''}`}
            >
              <input
                type="radio"
                name="impact-direction"
                value={d}
                checked={draft.direction === d}
                onChange={() => edit({ direction: d })}
              />
              {DIRECTION_LABEL[d]}
            </label>
          ))}
        </div>
        {directionErr.message}
      </fieldset>

      <div className="field">
        <label htmlFor={`${id}-changes`}>What changes for the customer</label>
        <textarea
          id={`${id}-changes`}
          rows={2}
          value={draft.whatChanges}
          onChange={(e) => edit({ whatChanges: e.target.value })}
          placeholder={`What ${who} will notice`}
          data-testid="decision-what-changes"
          {...changesErr.input}
        />
        {changesErr.message}
      </div>

      <div className="decision-form__footer">
        <div className="field field--inline">
          <label htmlFor={`${id}-door`}>Door</label>
          <select
            id={`${id}-door`}
            value={draft.reversibility}
            onChange={(e) => edit({ reversibility: e.target.value as Reversibility })}
            data-testid="decision-reversibility"
            {...doorErr.input}
          >
            {REVERSIBILITIES.map((r) => (
              <option key={r} value={r}>
                {REVERSIBILITY_HINT[r]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="btn btn--primary"
          disabled={!canSubmit}
          data-testid="record-decision"
          title="Ctrl+Enter"
        >
          {busy ? 'Recording…' : 'Record decision'}
        </button>
      </div>
      {doorErr.message}
      {formErr.message}

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
      <p className="decision-form__confirmation" role="status" aria-live="polite" data-testid="decision-confirmation">
        {confirmation}
      </p>
    </form>
  );
}
