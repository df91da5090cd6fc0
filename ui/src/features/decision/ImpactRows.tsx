// The customer impacts of the decision being written, one row per persona or segment: who,
// direction, magnitude (1-5), confidence, reach and what changes for them. Rows are added and
// removed; the first one is on whoever is in the chair unless changed.
import type { Confidence } from '../../bindings/Confidence';
import type { ImpactDirection } from '../../bindings/ImpactDirection';
import type { Persona } from '../../bindings/Persona';
import { emptyImpact, type ImpactDraft, type ImpactTarget } from './draft';
import { DIRECTIONS, DIRECTION_LABEL, firstName } from '../../lib/format';
import { errorProps, type FieldError } from './fieldErrors';
import { FieldMessage } from './FieldMessage';

const CONFIDENCES: Confidence[] = ['low', 'medium', 'high'];
const MAGNITUDES = [1, 2, 3, 4, 5];

type Props = {
  impacts: ImpactDraft[];
  onChange: (impacts: ImpactDraft[]) => void;
  chair: Persona | null;
  /** Personas an impact can be on. */
  personas: Persona[];
  error: FieldError | null;
  idPrefix: string;
};

/** Whom a row is about, in words. */
export function targetName(i: ImpactDraft, chair: Persona | null, personas: Persona[]): string {
  if (i.target === 'chair') return chair ? firstName(chair.name) : 'the customer';
  if (i.target === 'segment') return i.segment.trim() || 'this segment';
  const p = personas.find((x) => `persona:${x.id}` === i.target);
  return p ? firstName(p.name) : 'this persona';
}

export function ImpactRows({ impacts, onChange, chair, personas, error, idPrefix }: Props) {
  const set = (key: string, patch: Partial<ImpactDraft>) =>
    onChange(impacts.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const remove = (key: string) => onChange(impacts.filter((i) => i.key !== key));
  const add = () => onChange([...impacts, emptyImpact(chair ? 'segment' : 'chair')]);

  return (
    <div className="impacts">
      {impacts.map((row, n) => {
        const rid = `${idPrefix}-impact-${row.key}`;
        const err = errorProps(error, `impact:${n}`, idPrefix);
        return (
          <fieldset key={row.key} className="impact-row" data-testid="impact-row" {...err.input}>
            <legend className="impact-row__legend">How does it change things for {targetName(row, chair, personas)}?</legend>
            <div className="impact-row__line">
              <label className="visually-hidden" htmlFor={`${rid}-who`}>
                Who
              </label>
              <select
                id={`${rid}-who`}
                value={row.target}
                onChange={(e) => set(row.key, { target: e.target.value as ImpactTarget })}
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
                  onChange={(e) => set(row.key, { segment: e.target.value })}
                  placeholder="e.g. Small sellers"
                  data-testid="impact-segment"
                />
              )}
              {impacts.length > 1 && (
                <button
                  type="button"
                  className="btn btn--small btn--danger-quiet"
                  onClick={() => remove(row.key)}
                  data-testid="remove-impact"
                  aria-label={`Remove the impact on ${targetName(row, chair, personas)}`}
                >
                  Remove
                </button>
              )}
            </div>
            <div className="direction__options" role="radiogroup" aria-label="Direction">
              {DIRECTIONS.map((d: ImpactDirection) => (
                <label key={d} className={`pill pill--${d}${row.direction === d ? ' pill--on' : ''}`}>
                  <input
                    type="radio"
                    name={n === 0 ? 'impact-direction' : `impact-direction-${row.key}`}
                    value={d}
                    checked={row.direction === d}
                    onChange={() => set(row.key, { direction: d })}
                  />
                  {DIRECTION_LABEL[d]}
                </label>
              ))}
            </div>
            <div className="impact-row__scale">
              <label>
                <span>Magnitude</span>
                <select
                  value={row.magnitude ?? ''}
                  onChange={(e) => set(row.key, { magnitude: e.target.value ? Number(e.target.value) : null })}
                  data-testid="impact-magnitude"
                >
                  <option value="">–</option>
                  {MAGNITUDES.map((m) => (
                    <option key={m} value={m}>
                      {m}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span>Confidence</span>
                <select
                  value={row.confidence ?? ''}
                  onChange={(e) => set(row.key, { confidence: (e.target.value || null) as Confidence | null })}
                  data-testid="impact-confidence"
                >
                  <option value="">–</option>
                  {CONFIDENCES.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </label>
              <label className="impact-row__reach">
                <span>Reach</span>
                <input
                  value={row.reach}
                  onChange={(e) => set(row.key, { reach: e.target.value })}
                  placeholder="e.g. 40% of members"
                  data-testid="impact-reach"
                />
              </label>
            </div>
            <label className="visually-hidden" htmlFor={`${rid}-changes`}>
              What changes for the customer
            </label>
            <textarea
              id={`${rid}-changes`}
              rows={2}
              value={row.whatChanges}
              onChange={(e) => set(row.key, { whatChanges: e.target.value })}
              placeholder={`What ${targetName(row, chair, personas)} will notice`}
              data-testid="decision-what-changes"
            />
            <FieldMessage error={error} field={`impact:${n}`} idPrefix={idPrefix} />
          </fieldset>
        );
      })}
      <button type="button" className="link-button impacts__add" onClick={add} data-testid="add-impact">
        + Add an impact on another persona or segment
      </button>
    </div>
  );
}
