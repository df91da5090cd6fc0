// One customer impact of the decision being written: who it is on (the chair, a persona or a
// segment), its direction, its scale and what changes for them, with Remove when there are more.
import type { ImpactDirection } from '../../bindings/ImpactDirection';
import type { Persona } from '../../bindings/Persona';
import type { ImpactDraft, ImpactTarget } from './draft';
import { DIRECTIONS, DIRECTION_LABEL, firstName } from '../../lib/format';
import { errorProps, type FieldError } from './fieldErrors';
import { FieldMessage } from './FieldMessage';
import { ImpactScale } from './ImpactScale';
import { PillInput } from '../../shared/PillInput';

/** Whom a row is about, in words. */
export function targetName(i: ImpactDraft, chair: Persona | null, personas: Persona[]): string {
  if (i.target === 'chair') return chair ? firstName(chair.name) : 'the customer';
  if (i.target === 'segment') return i.segment.trim() || 'this segment';
  const p = personas.find((x) => `persona:${x.id}` === i.target);
  return p ? firstName(p.name) : 'this persona';
}

type LineProps = Pick<Props, 'row' | 'onChange' | 'onRemove' | 'chair' | 'personas'> & {
  /** The row's id prefix. */
  rid: string;
  /** Whom the row is about, in words. */
  who: string;
};

/** Who the impact is on: the chair, a persona or a typed segment; and Remove. */
function ImpactTargetLine({ rid, row, onChange, onRemove, chair, personas, who }: LineProps) {
  return (
    <div className="impact-row__line">
      <label className="visually-hidden" htmlFor={`${rid}-who`}>
        Who
      </label>
      <select
        id={`${rid}-who`}
        value={row.target}
        onChange={(e) => onChange({ target: e.target.value as ImpactTarget })}
        data-testid="impact-target"
      >
        <option value="chair">{chair ? `In the chair: ${chair.name}` : 'Whoever is in the chair'}</option>
        {personas.map((p) => (
          <option key={p.id} value={`persona:${p.id}`}>
            {p.name}
          </option>
        ))}
        <option value="segment">A segment…</option>
      </select>
      {row.target === 'segment' && (
        <input
          aria-label="Segment"
          value={row.segment}
          onChange={(e) => onChange({ segment: e.target.value })}
          placeholder="e.g. Small sellers"
          data-testid="impact-segment"
        />
      )}
      {onRemove && (
        <button
          type="button"
          className="btn btn--small btn--danger-quiet"
          onClick={onRemove}
          data-testid="remove-impact"
          aria-label={`Remove the impact on ${who}`}
        >
          Remove
        </button>
      )}
    </div>
  );
}

type Props = {
  row: ImpactDraft;
  /** Its place in the list: the first row's radio group keeps the plain name. */
  n: number;
  onChange: (patch: Partial<ImpactDraft>) => void;
  /** Absent: the only row, which cannot be removed. */
  onRemove: (() => void) | null;
  chair: Persona | null;
  personas: Persona[];
  error: FieldError | null;
  idPrefix: string;
};

export function ImpactRow({ row, n, onChange, onRemove, chair, personas, error, idPrefix }: Props) {
  const rid = `${idPrefix}-impact-${row.key}`;
  const who = targetName(row, chair, personas);
  return (
    <fieldset className="impact-row" data-testid="impact-row" {...errorProps(error, `impact:${n}`, idPrefix).input}>
      <legend className="impact-row__legend">How does it change things for {who}?</legend>
      <ImpactTargetLine rid={rid} row={row} onChange={onChange} onRemove={onRemove} chair={chair} personas={personas} who={who} />
      <div className="direction__options" role="radiogroup" aria-label="Direction">
        {DIRECTIONS.map((d: ImpactDirection) => (
          <PillInput
            key={d}
            type="radio"
            name={n === 0 ? 'impact-direction' : `impact-direction-${row.key}`}
            value={d}
            className={`pill--${d}`}
            checked={row.direction === d}
            onChange={() => onChange({ direction: d })}
          >
            {DIRECTION_LABEL[d]}
          </PillInput>
        ))}
      </div>
      <ImpactScale row={row} onChange={onChange} />
      <label className="visually-hidden" htmlFor={`${rid}-changes`}>
        What changes for the customer
      </label>
      <textarea
        id={`${rid}-changes`}
        rows={2}
        value={row.whatChanges}
        onChange={(e) => onChange({ whatChanges: e.target.value })}
        placeholder={`What ${who} will notice`}
        data-testid="decision-what-changes"
      />
      <FieldMessage error={error} field={`impact:${n}`} idPrefix={idPrefix} />
    </fieldset>
  );
}
