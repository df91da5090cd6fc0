// The customer impacts of the decision being written, one row per persona or segment: who,
// direction, magnitude (1-5), confidence, reach and what changes for them. Rows are added and
// removed; the first one is on whoever is in the chair unless changed.
import type { Persona } from '../../bindings/Persona';
import { emptyImpact, type ImpactDraft } from './draft';
import type { FieldError } from './fieldErrors';
import { ImpactRow } from './ImpactRow';

type Props = {
  impacts: ImpactDraft[];
  onChange: (impacts: ImpactDraft[]) => void;
  chair: Persona | null;
  /** Personas an impact can be on. */
  personas: Persona[];
  error: FieldError | null;
  idPrefix: string;
};

export function ImpactRows({ impacts, onChange, chair, personas, error, idPrefix }: Props) {
  const set = (key: string, patch: Partial<ImpactDraft>) =>
    onChange(impacts.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const remove = (key: string) => onChange(impacts.filter((i) => i.key !== key));
  const add = () => onChange([...impacts, emptyImpact(chair ? 'segment' : 'chair')]);

  return (
    <div className="impacts">
      {impacts.map((row, n) => (
        <ImpactRow
          key={row.key}
          row={row}
          n={n}
          onChange={(patch) => set(row.key, patch)}
          onRemove={impacts.length > 1 ? () => remove(row.key) : null}
          chair={chair}
          personas={personas}
          error={error}
          idPrefix={idPrefix}
        />
      ))}
      <button type="button" className="link-button impacts__add" onClick={add} data-testid="add-impact">
        + Add an impact on another persona or segment
      </button>
    </div>
  );
}
