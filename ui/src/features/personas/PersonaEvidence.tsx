// A persona's strongest evidence: the three anecdotes that speak for them most strongly.
import type { Persona } from '../../bindings/Persona';
import { searchAnecdotes } from '../../lib/ipc';
import { useLoad } from '../../lib/useLoad';
import { CustomerText } from '../../shared/CustomerText';

export const EVIDENCE_COUNT = 3;

type Props = { persona: Persona; refreshKey: number };

export function PersonaEvidence({ persona, refreshKey }: Props) {
  const evidence = useLoad(
    () =>
      searchAnecdotes({
        text: '',
        personaId: persona.id,
        filters: { personaIds: [persona.id] },
        limit: EVIDENCE_COUNT,
      }),
    [persona.id, refreshKey],
  );
  const hits = evidence.data ?? [];
  return (
    <section className="persona-evidence" aria-label={`Strongest evidence for ${persona.name}`}>
      <h3 className="persona__traits-title">Strongest evidence</h3>
      {evidence.error && <p className="field-error">{evidence.error}</p>}
      {evidence.data && hits.length === 0 && <p className="muted">No anecdotes linked yet.</p>}
      <ul className="persona-evidence__list">
        {hits.map((h) => (
          <li key={h.anecdote.id} className="persona-evidence__item" data-testid="persona-evidence">
            <CustomerText spans={h.snippet} />
          </li>
        ))}
      </ul>
    </section>
  );
}
