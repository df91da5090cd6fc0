// A customer impact as a chip: direction and who, then its scale and what changes.
import type { CustomerImpact } from '../../bindings/CustomerImpact';
import { DIRECTION_LABEL } from '../../lib/format';

type Props = {
  impact: CustomerImpact;
  /** The name of a persona by id, or null when it is not known. */
  personaName: (id: string) => string | null;
};

export function ImpactChip({ impact, personaName }: Props) {
  const who = (impact.personaId !== null ? personaName(impact.personaId) : null) || impact.segment || 'Customers';
  const scale = [
    impact.magnitude !== null ? `magnitude ${impact.magnitude}/5` : null,
    impact.confidence !== null ? `${impact.confidence} confidence` : null,
    impact.reach ? `reach ${impact.reach}` : null,
  ].filter(Boolean);
  return (
    <li className="impact">
      <span className={`chip chip--${impact.direction}`} data-testid="impact-chip">
        {DIRECTION_LABEL[impact.direction]} · {who}
      </span>
      {scale.length > 0 && <span className="impact__scale">{scale.join(' · ')}</span>}
      {impact.whatChanges && <span className="impact__changes">{impact.whatChanges}</span>}
    </li>
  );
}
