// A search box under its visible label: typing changes the words at once; what searches with
// them (and when) is up to the caller.
type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (words: string) => void;
  placeholder: string;
  testId: string;
};

export function LabelledSearch({ id, label, value, onChange, placeholder, testId }: Props) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        data-testid={testId}
      />
    </>
  );
}
