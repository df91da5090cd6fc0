// Which personas something is linked to: one checkbox per persona, in a labelled group.
import type { Persona } from '../bindings/Persona';
import { PillInput } from './PillInput';

type Props = {
  legend: string;
  personas: Persona[];
  selected: string[];
  onChange: (ids: string[]) => void;
  testId?: string;
};

export function PersonaChecklist({ legend, personas, selected, onChange, testId }: Props) {
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected.filter((x) => x !== id), id] : selected.filter((x) => x !== id));
  return (
    <fieldset className="field" data-testid={testId}>
      <legend>{legend}</legend>
      {personas.length === 0 ? (
        <p className="muted">No personas yet.</p>
      ) : (
        <div className="checklist">
          {personas.map((p) => (
            <PillInput key={p.id} type="checkbox" checked={selected.includes(p.id)} onChange={(on) => toggle(p.id, on)}>
              {p.name}
              {p.archivedAt && <span className="muted"> (archived)</span>}
            </PillInput>
          ))}
        </div>
      )}
    </fieldset>
  );
}
