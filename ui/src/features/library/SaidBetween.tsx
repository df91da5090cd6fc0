// The library's period filter: "said from" and "said to", each bounded by the other and by the
// dates the workspace's anecdotes span.
import type { AnecdoteFacets } from '../../bindings/AnecdoteFacets';
import type { LibraryFilters as Filters } from './libraryQuery';

type Props = {
  /** The filters' id, the fields' ids start with. */
  id: string;
  saidFrom: string;
  saidTo: string;
  onChange: (patch: Partial<Filters>) => void;
  facets: AnecdoteFacets | null;
};

export function SaidBetween({ id, saidFrom, saidTo, onChange, facets }: Props) {
  return (
    <>
      <DateField
        id={`${id}-from`}
        label="Said from"
        value={saidFrom}
        min={facets?.saidFrom ?? undefined}
        max={saidTo || (facets?.saidTo ?? undefined)}
        onChange={(v) => onChange({ saidFrom: v })}
        testId="filter-from"
      />
      <DateField
        id={`${id}-to`}
        label="Said to"
        value={saidTo}
        min={saidFrom || (facets?.saidFrom ?? undefined)}
        max={facets?.saidTo ?? undefined}
        onChange={(v) => onChange({ saidTo: v })}
        testId="filter-to"
      />
    </>
  );
}

type DateProps = {
  id: string;
  label: string;
  value: string;
  min: string | undefined;
  max: string | undefined;
  onChange: (value: string) => void;
  testId: string;
};

function DateField({ id, label, value, min, max, onChange, testId }: DateProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} min={min} max={max} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
    </div>
  );
}
