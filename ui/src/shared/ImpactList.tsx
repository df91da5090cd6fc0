// What a decision changes for customers, one chip per impact, or a line saying none was
// recorded: as the Decisions screen and the meeting summary show it.
import type { CustomerImpact } from '../bindings/CustomerImpact';
import { ImpactChip } from '../features/decision/MeetingDecisions';

type Props = {
  impacts: CustomerImpact[];
  personaName: (id: string) => string | null;
};

export function ImpactList({ impacts, personaName }: Props) {
  return impacts.length > 0 ? (
    <ul className="decision__impacts">
      {impacts.map((i) => (
        <ImpactChip key={i.id} impact={i} personaName={personaName} />
      ))}
    </ul>
  ) : (
    <p className="muted">No customer impact recorded.</p>
  );
}
