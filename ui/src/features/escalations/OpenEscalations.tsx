// The open escalations, for the home screen: who owes an answer on which anecdote and how long
// they have left (overdue ones first, as the backend orders them), with Resolve. Reloads when
// the workspace changes; the time left ticks every minute.
import { plural } from '../../lib/format';
import { EscalationItem } from './EscalationItem';
import { ResolveDialog } from './ResolveDialog';
import { useEscalationList } from './useEscalationList';
import { timeLeft } from './timeLeft';
import './escalations.css';
import { FieldError } from '../../shared/FieldError';

type Props = {
  refreshKey: number;
  /** Shown above the list. */
  title?: string;
  /** Show nothing at all when nothing is open (the home screen of a new workspace). */
  hideWhenNone?: boolean;
};

export function OpenEscalations({ refreshKey, title = 'Open escalations', hideWhenNone = false }: Props) {
  const { list, now, resolving, setResolving, onResolved } = useEscalationList(false, refreshKey);
  const open = (list.data ?? []).filter((e) => e.resolvedAt === null);
  const overdue = open.filter((e) => timeLeft(e.dueAt, now).urgency === 'overdue').length;
  if (hideWhenNone && open.length === 0 && !list.error && !resolving) return null;

  return (
    <section className="card escalations" data-testid="open-escalations" aria-labelledby="open-escalations-title">
      <h2 className="card__title" id="open-escalations-title">
        {title} <span className="count">{open.length}</span>
        {overdue > 0 && (
          <span className="escalations__overdue" data-testid="escalations-overdue">
            {overdue} overdue
          </span>
        )}
      </h2>
      {list.error && (
        <FieldError>
          Escalations could not be loaded: {list.error}
        </FieldError>
      )}
      {list.data && open.length === 0 && (
        <p className="muted" data-testid="escalations-none">
          No open escalations. Escalate an anecdote from the library or a meeting to ask its owner “?”.
        </p>
      )}
      {open.length > 0 && (
        <ul className="escalations__list" aria-label={plural(open.length, 'open escalation')}>
          {open.map((e) => (
            <EscalationItem key={e.id} escalation={e} now={now} onResolve={setResolving} />
          ))}
        </ul>
      )}
      {resolving && (
        <ResolveDialog escalation={resolving} onResolved={onResolved} onClose={() => setResolving(null)} />
      )}
    </section>
  );
}
