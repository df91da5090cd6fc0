// What every labelled one-value field of shared/ takes (TextField, DateField, LabelledSelect):
// the input's id (from the form's useId, so ids stay the form's), its label, value and change.
export type FieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
};

/** What a part of a form (a group of its fields) takes: the form's id, which every field id starts
 * with, the form's values, and a change to some of them. */
export type FormPartProps<Form> = {
  id: string;
  form: Form;
  set: (patch: Partial<Form>) => void;
};
