// A labelled one-line text input in a `field` (a form's "Name"), the id from the form's useId.
import type { FieldProps } from './fieldProps';
import { LabelledInput } from './LabelledInput';

type Props = FieldProps & { required?: boolean };

export function TextField({ id, label, value, onChange, required, testId }: Props) {
  return (
    <LabelledInput id={id} label={label} value={value} onChange={(e) => onChange(e.target.value)} required={required} data-testid={testId} />
  );
}
