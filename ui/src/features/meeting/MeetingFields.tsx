// The fields "New meeting" and "Edit meeting" have in common: the title, the date, who sits in the chair,
// and the nudge (with the hint under it when the dialog gives one).
import type { ChangeEvent } from 'react';

import type { Persona } from '../../bindings/Persona';
import type { PromptDeck } from '../../bindings/PromptDeck';
import type { FormPartProps } from '../../shared/fieldProps';
import { LabelledInput } from '../../shared/LabelledInput';
import { PersonaChecklist } from '../../shared/PersonaChecklist';

/** What the field group of either dialog is given: its form and what it may offer. */
export type FieldsProps<Form> = FormPartProps<Form> & {
  personas: Persona[];
  decks: PromptDeck[];
};

type FieldProps = {
  /** The dialog's id prefix. */
  id: string;
  value: string;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
  testId: string;
};

type TitleProps = FieldProps & {
  placeholder?: string;
  /** Set when the dialog marks a blank title as refused. */
  invalid?: boolean;
};

export function MeetingTitleField({ id, value, onChange, placeholder, invalid, testId }: TitleProps) {
  return (
    <LabelledInput
      id={`${id}-title`}
      label="Title"
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      required
      aria-invalid={invalid}
      data-testid={testId}
    />
  );
}

export function MeetingDateField({ id, value, onChange, testId }: FieldProps) {
  return <LabelledInput id={`${id}-date`} label="Date" type="date" value={value} onChange={onChange} data-testid={testId} />;
}

type ChairProps = {
  personas: Persona[];
  selected: string[];
  onChange: (personaIds: string[]) => void;
  testId: string;
};

/** Who sits in the chair: one persona or several. */
export function ChairChecklist({ personas, selected, onChange, testId }: ChairProps) {
  return <PersonaChecklist legend="In the chair (one or several)" personas={personas} selected={selected} onChange={onChange} testId={testId} />;
}

type NudgeProps = FieldProps & {
  /** The line under the field and whether the value is refused; absent: no hint. */
  hint?: { text: string; invalid: boolean };
};

export function NudgeField({ id, value, onChange, hint, testId }: NudgeProps) {
  return (
    <LabelledInput
      id={`${id}-nudge`}
      label="Nudge after … minutes without the customer"
      type="number"
      min={0}
      max={240}
      inputMode="numeric"
      value={value}
      onChange={onChange}
      aria-invalid={hint?.invalid}
      aria-describedby={hint && `${id}-nudge-hint`}
      data-testid={testId}
    >
      {hint && (
        <p id={`${id}-nudge-hint`} className="meeting-edit__hint">
          {hint.text}
        </p>
      )}
    </LabelledInput>
  );
}
