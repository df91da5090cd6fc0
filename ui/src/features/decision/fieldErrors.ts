// Which field of the decision form an `invalid` error from the backend is about (the error
// carries the field's path, e.g. "impacts[1].magnitude"), so it is shown beside it.
import { errorField } from '../../lib/ipc';

/** A form field, `impact:N` for the Nth impact row, `evidence` for any pinned anecdote, or "form" for the rest. */
export type Field =
  | 'statement'
  | 'rationale'
  | 'optionsConsidered'
  | 'owner'
  | 'status'
  | 'reviewOn'
  | 'reversibility'
  | 'supersededBy'
  | 'evidence'
  | `impact:${number}`
  | 'form';

export type FieldError = { field: Field; message: string };

const PLAIN = ['statement', 'rationale', 'optionsConsidered', 'owner', 'status', 'reviewOn', 'reversibility', 'supersededBy'];

export function fieldOf(e: unknown): Field {
  const path = errorField(e);
  if (path === null) return 'form';
  if (PLAIN.includes(path)) return path as Field;
  if (path === 'impacts') return 'impact:0';
  if (path === 'evidenceIds' || path.startsWith('evidenceIds[')) return 'evidence';
  if (path.startsWith('impacts[')) {
    const row = Number.parseInt(path.slice('impacts['.length), 10);
    return Number.isNaN(row) ? 'form' : `impact:${row}`;
  }
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
