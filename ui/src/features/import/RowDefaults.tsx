// What every imported row gets unless it says otherwise: the channel for rows without one, and
// whether these are real customers' words or synthesized by the team.
import type { ColumnMapping } from '../../bindings/ColumnMapping';
import type { Provenance } from '../../bindings/Provenance';
import { LabelledInput } from '../../shared/LabelledInput';
import { PillInput } from '../../shared/PillInput';

const PROVENANCES: Provenance[] = ['real', 'synthesized'];

type Props = {
  /** The mapping form's id, the fields' ids start with. */
  id: string;
  mapping: ColumnMapping;
  onChange: (patch: Partial<ColumnMapping>) => void;
};

export function RowDefaults({ id, mapping, onChange }: Props) {
  return (
    <div className="field-row">
      <LabelledInput
        id={`${id}-default-channel`}
        label="Channel when the row has none"
        value={mapping.defaultChannel ?? ''}
        onChange={(e) => onChange({ defaultChannel: e.target.value === '' ? null : e.target.value })}
        placeholder="e.g. complaint, review"
        data-testid="import-default-channel"
      />
      <fieldset className="field">
        <legend>These are</legend>
        <div className="checklist">
          {PROVENANCES.map((p) => (
            <PillInput
              key={p}
              type="radio"
              name={`${id}-provenance`}
              checked={mapping.provenance === p}
              onChange={() => onChange({ provenance: p })}
              testId={`import-provenance-${p}`}
            >
              {p === 'real' ? 'Real customers’ words' : 'Synthesized by the team'}
            </PillInput>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
