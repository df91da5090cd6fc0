// One labelled text-like field: `<div class="field">`, its label, the input (every attribute as
// given, `data-testid` included) and anything under it (a hint, an error).
import type { InputHTMLAttributes, ReactNode } from 'react';

import { Field } from './Field';

type Props = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: ReactNode;
  /** Under the input: a hint or an error. */
  children?: ReactNode;
};

export function LabelledInput({ id, label, children, ...input }: Props) {
  return (
    <Field id={id} label={label}>
      <input id={id} {...input} />
      {children}
    </Field>
  );
}
