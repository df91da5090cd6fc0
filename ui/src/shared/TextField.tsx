// A labelled one-line text input in a `field` (a form's "Name"), the id from the form's useId.
import type { FieldProps } from './fieldProps';

type Props = FieldProps & { required?: boolean };

export function TextField({ id, label, value, onChange, required, testId }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} required={required} data-testid={testId} />
    </div>
  );
}
