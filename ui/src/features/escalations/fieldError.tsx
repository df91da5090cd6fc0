// Which field of an escalation dialog a backend `invalid` error is about (the error carries the
// field's name, "owner", "deadlineHours"), so the message is shown beside that field; anything
// else is shown for the whole form.
import { errorField, errorMessage } from '../../lib/ipc';
import { FieldError as FieldErrorLine } from '../../shared/FieldError';

export type FieldError<F extends string> = { field: F | 'form'; message: string };

/** Sorts an error onto one of `fields` (snake_case names match their camelCase field). */
export function fieldError<F extends string>(e: unknown, fields: readonly F[]): FieldError<F> {
  const message = errorMessage(e);
  const name = errorField(e);
  const field = name === null ? undefined : fields.find((f) => f === camelCase(name.replace(/^input\./, '')));
  return { field: field ?? 'form', message };
}

/** `deadline_hours` → `deadlineHours` (the core names some fields as its columns). */
function camelCase(name: string): string {
  return name.split('_').map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1))).join('');
}

/** Props that tie an input to its error message when the error is about it. */
export function describedBy<F extends string>(error: FieldError<F> | null, field: F, id: string) {
  const on = error?.field === field;
  return { 'aria-invalid': on || undefined, 'aria-describedby': on ? `${id}-${field}-err` : undefined } as const;
}

export function FieldErrorText<F extends string>({ error, field, id }: { error: FieldError<F> | null; field: F | 'form'; id: string }) {
  if (error?.field !== field) return null;
  return (
    <FieldErrorLine id={`${id}-${field}-err`}>
      {error.message}
    </FieldErrorLine>
  );
}
