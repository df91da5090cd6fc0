// What every labelled one-value field of shared/ takes (TextField, DateField, LabelledSelect):
// the input's id (from the form's useId, so ids stay the form's), its label, value and change.
export type FieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
};
