// A message under a field or a form saying what went wrong: one look (`field-error`) and one
// announcement (role="alert") wherever an error is shown.
import type { ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** The id a field's aria-describedby points at. */
  id?: string;
  /** Extra classes beside `field-error` (where it sits in a view). */
  className?: string;
  testId?: string;
};

export function FieldError({ children, id, className, testId }: Props) {
  return (
    <p className={className ? `field-error ${className}` : 'field-error'} id={id} role="alert" data-testid={testId}>
      {children}
    </p>
  );
}
