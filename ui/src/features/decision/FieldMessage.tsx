// The backend's error, shown under the field it is about.
import type { Field, FieldError } from './fieldErrors';
import { errorProps } from './fieldErrors';

export function FieldMessage({ error, field, idPrefix }: { error: FieldError | null; field: Field; idPrefix: string }) {
  const p = errorProps(error, field, idPrefix);
  if (!p.on) return null;
  return (
    <p className="field-error" id={p.id} role="alert">
      {error?.message}
    </p>
  );
}
