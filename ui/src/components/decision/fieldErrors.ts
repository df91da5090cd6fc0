// Which field of the decision form an `invalid` error from the backend is about (its message
// starts with the field's path, e.g. "impacts[1].magnitude: ..."), so it is shown beside it.
import { errorCode, errorMessage } from '../../lib/ipc';

/** A form field, `impact:N` for the Nth impact row, or "form" for the rest. */
export type Field =
  | 'statement'
  | 'rationale'
  | 'optionsConsidered'
  | 'owner'
  | 'status'
  | 'reviewOn'
  | 'reversibility'
  | `impact:${number}`
  | 'form';

export type FieldError = { field: Field; message: string };

const PLAIN = ['statement', 'rationale', 'optionsConsidered', 'owner', 'status', 'reviewOn', 'reversibility'];

export function fieldOf(e: unknown): Field {
  if (errorCode(e) !== 'invalid') return 'form';
  const path = /^([\w.[\]]+):/.exec(errorMessage(e))?.[1] ?? '';
  if (PLAIN.includes(path)) return path as Field;
  const impact = /^impacts(?:\[(\d+)\])?/.exec(path);
  if (impact) return `impact:${Number(impact[1] ?? 0)}`;
  return 'form';
}

/** Props tying a field to its error message when the error is about it. */
export function errorProps(error: FieldError | null, field: Field, idPrefix: string) {
  const on = error?.field === field;
  const id = `${idPrefix}-${field.replace(':', '-')}-err`;
  return {
    on,
    id,
    input: { 'aria-invalid': on || undefined, 'aria-describedby': on ? id : undefined } as const,
  };
}
