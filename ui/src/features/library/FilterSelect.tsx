// One labelled filter: a select whose first option means "any".
import { useId } from 'react';

import { OptionList } from '../../shared/OptionList';

export type Option = { value: string; label: string };

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The label of the empty value, e.g. "Any channel"; absent when a value is required. */
  anyLabel?: string;
  options: Option[];
  testId?: string;
};

export function FilterSelect({ label, value, onChange, anyLabel, options, testId }: Props) {
  const id = useId();
  const known = value === '' || options.some((o) => o.value === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {/* A value the options no longer have (e.g. a tag that was removed) stays visible. */}
        {!known && <option value={value}>{value}</option>}
        <OptionList options={options} />
      </select>
    </div>
  );
}
