// A checkbox or radio button shown as a pill (`pill--on` while it is checked), its words
// beside it.
import type { ReactNode } from 'react';

type Props = {
  type: 'checkbox' | 'radio';
  /** The radio group's name. */
  name?: string;
  /** The radio's value in its group. */
  value?: string;
  /** A modifier of the pill's look (e.g. `pill--helps`, its color when on). */
  className?: string;
  checked: boolean;
  /** A radio only calls it when it becomes checked. */
  onChange: (checked: boolean) => void;
  testId?: string;
  children: ReactNode;
};

export function PillInput({ type, name, value, className, checked, onChange, testId, children }: Props) {
  return (
    <label className={`pill${className ? ` ${className}` : ''}${checked ? ' pill--on' : ''}`}>
      <input type={type} name={name} value={value} checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      {children}
    </label>
  );
}
