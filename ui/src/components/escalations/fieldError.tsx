// Which field of an escalation dialog a backend `invalid` error is about: its message starts
// with the field's name ("owner: ...", "deadlineHours: ..."), so the message is shown beside
// that field; anything else is shown for the whole form.
import { errorCode, errorMessage } from '../../lib/ipc';

export type FieldError<F extends string> = { field: F | 'form'; message: string };

/** Sorts an error onto one of `fields` (snake_case names match their camelCase field). */
export function fieldError<F extends string>(e: unknown, fields: readonly F[]): FieldError<F> {
  const message = errorMessage(e);
  if (errorCode(e) !== 'invalid') return { field: 'form', message };
  const name = /^([\w.]+):/.exec(message)?.[1] ?? '';
  const camel = name.replace(/^input\./, '').replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
  const field = fields.find((f) => f === camel);
  return { field: field ?? 'form', message };
}

/** Props that tie an input to its error message when the error is about it. */
export function describedBy<F extends string>(error: FieldError<F> | null, field: F, id: string) {
  const on = error?.field === field;
  return { 'aria-invalid': on || undefined, 'aria-describedby': on ? `${id}-${field}-err` : undefined } as const;
}

export function FieldErrorText<F extends string>({ error, field, id }: { error: FieldError<F> | null; field: F | 'form'; id: string }) {
  if (error?.field !== field) return null;
  return (
    <p className="field-error" id={`${id}-${field}-err`} role="alert">
      {error.message}
    </p>
  );
}
