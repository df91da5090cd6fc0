// The backend's error, shown under the field it is about.
import type { Field, FieldError as BackendError } from './fieldErrors';
import { errorProps } from './fieldErrors';
import { FieldError } from '../../shared/FieldError';

export function FieldMessage({ error, field, idPrefix }: { error: BackendError | null; field: Field; idPrefix: string }) {
  const p = errorProps(error, field, idPrefix);
  if (!p.on) return null;
  return (
    <FieldError id={p.id}>
      {error?.message}
    </FieldError>
  );
}
