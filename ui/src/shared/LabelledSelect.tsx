// A labelled select, the one every screen uses: the label, then the select with its options in
// order, the first one ("Any status") meaning no value when `anyLabel` is given. In a `field`
// with the label above it (forms and filters), or `inline`, the label on the same line wrapping
// the select (the import preview's "Sheet", the library's "Sort"). The id comes from the form
// where it has one, so ids stay those of the form's own `useId`.
import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

import { Field } from './Field';
import type { FieldProps } from './fieldProps';

export type SelectOption<V extends string = string> = { value: V; label: string; disabled?: boolean };

/** The options of fixed values (a status, a door), in the order given, each shown as its word. */
export function wordOptions<V extends string>(values: readonly V[], words: Record<V, string>): SelectOption<V>[] {
  return values.map((value) => ({ value, label: words[value] }));
}

/** What choosing gives back: with an "any" option, the empty value too. */
type Choice<V extends string> =
  | { anyLabel?: undefined; onChange: (value: V) => void }
  | {
      /** The label of the empty value, e.g. "Any door"; absent when a value is required. */
      anyLabel: string;
      onChange: (value: V | '') => void;
    };

type Props<V extends string> = Omit<FieldProps, 'id' | 'onChange'> &
  Choice<V> & {
    /** The select's id; one of its own when the form has none to give. */
    id?: string;
    options: ReadonlyArray<SelectOption<V>>;
    /** A value the options no longer have (e.g. a tag that was removed) stays visible as itself. */
    keepUnknown?: boolean;
    /** The label on the same line as the select, wrapping it. */
    inline?: boolean;
    /** More classes of the field, after `field`. */
    className?: string;
    /** More attributes of the select (e.g. disabled, or aria-invalid and aria-describedby of a field error). */
    selectProps?: SelectHTMLAttributes<HTMLSelectElement>;
    /** What follows the select in its field (a hint, the field's error). */
    children?: ReactNode;
  };

export function LabelledSelect<V extends string>(props: Props<V>) {
  const { label, value, testId, anyLabel, options, keepUnknown, inline, className, selectProps, children } = props;
  const ownId = useId();
  const id = props.id ?? ownId;
  const known = value === '' || options.some((o) => o.value === value);
  const select = (
    <select id={id} value={value} onChange={(e) => props.onChange(e.target.value as V)} data-testid={testId} {...selectProps}>
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {keepUnknown && !known && <option value={value}>{value}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  );
  if (!inline) {
    return (
      <Field id={id} label={label} className={className}>
        {select}
        {children}
      </Field>
    );
  }
  return (
    <label className={['field field--inline', className].filter(Boolean).join(' ')} htmlFor={id}>
      <span>{label}</span>
      {select}
      {children}
    </label>
  );
}
