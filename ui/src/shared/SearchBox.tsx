// A search box whose label only screen readers hear (the placeholder says it for the eye);
// no autocomplete or spelling marks over what customers said.
type Props = {
  id: string;
  label: string;
  className: string;
  placeholder: string;
  value: string;
  onChange: (words: string) => void;
  testId: string;
};

export function SearchBox({ id, label, className, placeholder, value, onChange, testId }: Props) {
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        className={className}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
        autoComplete="off"
        spellCheck={false}
      />
    </>
  );
}
