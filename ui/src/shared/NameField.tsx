// The required "Name" field at the top of an editor (a persona's, a deck's).
type Props = {
  id: string;
  value: string;
  onChange: (name: string) => void;
  testId: string;
};

export function NameField({ id, value, onChange, testId }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>Name</label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} required data-testid={testId} />
    </div>
  );
}
