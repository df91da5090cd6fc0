// The columns whose whole value becomes one tag (a category such as "Product"), chosen among
// the file's headers.
import { PillInput } from '../../shared/PillInput';

type Props = {
  headers: string[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
};

export function CategoryColumns({ headers, chosen, onChange }: Props) {
  const toggle = (header: string, on: boolean) =>
    onChange(on ? [...chosen.filter((h) => h !== header), header] : chosen.filter((h) => h !== header));
  return (
    <fieldset className="field">
      <legend>Category columns: each value becomes one tag, commas and all</legend>
      <div className="checklist" data-testid="import-category-tags">
        {headers.map((h) => (
          <PillInput key={h} type="checkbox" checked={chosen.includes(h)} onChange={(on) => toggle(h, on)}>
            {h}
          </PillInput>
        ))}
      </div>
    </fieldset>
  );
}
