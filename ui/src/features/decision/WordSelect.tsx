// A select of a decision's fixed values (the status control's), each shown as its word. Every other
// attribute (id, class, data-testid, the error's aria) is given as on a plain select.
import type { SelectHTMLAttributes } from 'react';

type Props<T extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: T;
  choices: readonly T[];
  words: Record<T, string>;
  onChoose: (value: T) => void;
};

export function WordSelect<T extends string>({ choices, words, onChoose, ...select }: Props<T>) {
  return (
    <select {...select} onChange={(e) => onChoose(e.target.value as T)}>
      {choices.map((c) => (
        <option key={c} value={c}>
          {words[c]}
        </option>
      ))}
    </select>
  );
}
