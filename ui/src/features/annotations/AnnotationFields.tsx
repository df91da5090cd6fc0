// The annotation form's choices: the stance (radio pills), how the customer feels (1-5 faces,
// clearable) and what they would do (flag pills).
import { FEELINGS, FEELING_LABEL, FLAGS, FLAG_LABEL, STANCES, STANCE_ICON, STANCE_LABEL, toggleFlag, type AnnotationDraft } from './annotations';
import type { FormPartProps } from '../../shared/fieldProps';
import { PillInput } from '../../shared/PillInput';
import { Face } from './Marks';

type FieldProps = FormPartProps<AnnotationDraft>;

export function StanceField({ id, form, set, missingStance }: FieldProps & { missingStance: boolean }) {
  return (
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
          <PillInput
            key={s}
            type="radio"
            name={`${id}-stance`}
            value={s}
            className={`pill--stance-${s}`}
            checked={form.stance === s}
            onChange={() => set({ stance: s })}
            testId={`stance-${s}`}
          >
            <span aria-hidden="true">{STANCE_ICON[s]}</span>
            {STANCE_LABEL[s]}
          </PillInput>
        ))}
      </div>
    </fieldset>
  );
}

export function FeelingField({ id, form, set }: FieldProps) {
  return (
    <fieldset className="field">
      <legend id={`${id}-feeling`}>How they feel about it</legend>
      <div className="feeling-scale" role="radiogroup" aria-labelledby={`${id}-feeling`}>
        {FEELINGS.map((f) => (
          <label key={f} className={`feeling-option${form.feeling === f ? ' feeling-option--on' : ''}`} title={FEELING_LABEL[f]}>
            <input
              type="radio"
              name={`${id}-feeling`}
              value={f}
              checked={form.feeling === f}
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
        {form.feeling !== null && (
          <button type="button" className="link-button feeling-scale__clear" onClick={() => set({ feeling: null })}>
            Clear
          </button>
        )}
      </div>
      <span className="hint" aria-live="polite">
        {form.feeling !== null ? FEELING_LABEL[form.feeling] : '1 very unhappy … 5 delighted (optional)'}
      </span>
    </fieldset>
  );
}

export function FlagsField({ form, set }: Omit<FieldProps, 'id'>) {
  return (
    <fieldset className="field">
      <legend>They would…</legend>
      <div className="direction__options">
        {FLAGS.map((f) => (
          <PillInput
            key={f}
            type="checkbox"
            checked={form.flags.includes(f)}
            onChange={() => set({ flags: toggleFlag(form.flags, f) })}
            testId={`flag-${f}`}
          >
            {FLAG_LABEL[f]}
          </PillInput>
        ))}
      </div>
    </fieldset>
  );
}
