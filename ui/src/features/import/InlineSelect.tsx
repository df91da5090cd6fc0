// A select with its label on the same line, as the preview's "Sheet", "Read as" and "Encoding"
// are: choosing calls back with the option chosen.
import { OptionList } from '../../shared/OptionList';

type Option = { value: string; label: string };

type Props<T extends Option> = {
  id: string;
  label: string;
  value: string;
  options: T[];
  disabled: boolean;
  onChange: (option: T) => void;
  testId: string;
};

export function InlineSelect<T extends Option>({ id, label, value, options, disabled, onChange, testId }: Props<T>) {
  return (
    <label className="field field--inline" htmlFor={id}>
      <span>{label}</span>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const chosen = options.find((o) => o.value === e.target.value);
          if (chosen) onChange(chosen);
        }}
        data-testid={testId}
      >
        <OptionList options={options} />
      </select>
    </label>
  );
}
