// A labelled date input in a `field`, the id from the form's useId; `min` and `max` bound a
// range's two ends by each other.
import type { FieldProps } from './fieldProps';
import { LabelledInput } from './LabelledInput';

type Props = FieldProps & { min?: string; max?: string };

export function DateField({ id, label, value, onChange, testId, min, max }: Props) {
  return (
    <LabelledInput id={id} label={label} type="date" value={value} min={min} max={max} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
  );
}
