// The escalations of one anecdote, shown with it: open ones with their time left, resolved
// ones with what happened and what was fixed (the resolution stays linked to the anecdote).
import type { Escalation } from '../../bindings/Escalation';
import { anecdoteEscalations } from './api';
import { useLoad } from '../../lib/useLoad';
import { EscalationItem } from './EscalationItem';
import { useNow } from './timeLeft';
import './escalations.css';
import { FieldError } from '../../shared/FieldError';

type Props = {
  anecdoteId: string;
  refreshKey: number;
  onResolve?: ((e: Escalation) => void) | null;
};

export function AnecdoteEscalations({ anecdoteId, refreshKey, onResolve = null }: Props) {
  const list = useLoad(() => anecdoteEscalations(anecdoteId), [anecdoteId, refreshKey]);
  const now = useNow();
  const all = list.data ?? [];
  if (list.error) {
    return (
      <FieldError>
        Its escalations could not be loaded: {list.error}
      </FieldError>
    );
  }
  if (all.length === 0) return null;
  return (
    <div className="anecdote-escalations" data-testid="anecdote-escalations">
      <h3 className="escalations__subhead">Escalated</h3>
      <ul className="escalations__list">
        {all.map((e) => (
          <EscalationItem key={e.id} escalation={e} now={now} onResolve={onResolve} hideText />
        ))}
      </ul>
    </div>
  );
}
