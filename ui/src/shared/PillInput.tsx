// A checkbox or radio button shown as a pill (`pill--on` while it is checked), its words
// beside it.
import type { ReactNode } from 'react';

type Props = {
  type: 'checkbox' | 'radio';
  /** The radio group's name. */
  name?: string;
  checked: boolean;
  /** A radio only calls it when it becomes checked. */
  onChange: (checked: boolean) => void;
  testId?: string;
  children: ReactNode;
};

export function PillInput({ type, name, checked, onChange, testId, children }: Props) {
  return (
    <label className={`pill${checked ? ' pill--on' : ''}`}>
      <input type={type} name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      {children}
    </label>
  );
}
