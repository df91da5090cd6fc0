// A form field: `<div class="field">`, the label naming its control by id, then the control and
// anything under it (a hint, an error). LabelledInput and LabelledSelect are built on it; a
// textarea goes in it as it is.
import type { ReactNode } from 'react';

type Props = {
  /** The control's id. */
  id: string;
  label: ReactNode;
  /** More classes of the field, after `field`. */
  className?: string;
  children: ReactNode;
};

export function Field({ id, label, className, children }: Props) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
