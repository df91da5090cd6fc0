// Every escalation of the workspace: the open ones with their time left, then the resolved
// ones with what happened and what was fixed.
import { formatNumber, plural } from '../../lib/format';
import { EscalationItem } from './EscalationItem';
import { ResolveDialog } from './ResolveDialog';
import { useEscalationList } from './useEscalationList';
import './escalations.css';
import { FieldError } from '../../shared/FieldError';

export function EscalationsView({ refreshKey }: { refreshKey: number }) {
  const { list, now, resolving, setResolving, onResolved } = useEscalationList(true, refreshKey);
  const all = list.data ?? [];
  const open = all.filter((e) => e.resolvedAt === null);
  const resolved = all.filter((e) => e.resolvedAt !== null);

  return (
    <section className="view escalations-view" data-testid="escalations-view" aria-labelledby="escalations-title">
      <header className="view__header">
        <div>
          <h1 className="view__title" id="escalations-title">
            Escalations
          </h1>
          <p className="view__subtitle">
            {list.data ? `${plural(open.length, 'open escalation')} · ${formatNumber(resolved.length)} resolved` : 'Anecdotes handed to an owner with “?”'}
          </p>
        </div>
      </header>
      {list.error && (
        <FieldError>
          Escalations could not be loaded: {list.error}
        </FieldError>
      )}
      <h2 className="escalations-view__subhead">Open</h2>
      {list.data && open.length === 0 ? (
        <p className="muted" data-testid="escalations-none">
          Nothing open. Escalate an anecdote from the library or a meeting to ask its owner “?”.
        </p>
      ) : (
        <ul className="escalations__list" data-testid="escalations-open">
          {open.map((e) => (
            <EscalationItem key={e.id} escalation={e} now={now} onResolve={setResolving} />
          ))}
        </ul>
      )}
      {resolved.length > 0 && (
        <>
          <h2 className="escalations-view__subhead">Resolved</h2>
          <ul className="escalations__list" data-testid="escalations-resolved">
            {resolved.map((e) => (
              <EscalationItem key={e.id} escalation={e} now={now} />
            ))}
          </ul>
        </>
      )}
      {resolving && (
        <ResolveDialog escalation={resolving} onResolved={onResolved} onClose={() => setResolving(null)} />
      )}
    </section>
  );
}
