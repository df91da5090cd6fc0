// A labelled select in a `field`: the label, then the select with its options in order, the
// first one ("Any status") meaning no value when `anyLabel` is given. The id comes from the
// form, so ids stay those of the form's own `useId`.
import type { SelectHTMLAttributes } from 'react';

import type { FieldProps } from './fieldProps';

export type SelectOption = { value: string; label: string };

type Props = FieldProps & {
  /** The label of the empty value, e.g. "Any door"; absent when a value is required. */
  anyLabel?: string;
  options: SelectOption[];
  /** More attributes of the select (e.g. aria-invalid and aria-describedby of a field error). */
  selectProps?: SelectHTMLAttributes<HTMLSelectElement>;
};

export function LabelledSelect({ id, label, value, onChange, testId, anyLabel, options, selectProps }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} {...selectProps}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
