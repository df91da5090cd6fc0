// The count beside "Escalations" in the sidebar: how many are open, or how many are overdue
// (in words, not only in red). Loads and ticks on its own, so the minute tick re-renders only
// this badge, not the window.
import { useEscalationCounts } from './useEscalationCounts';
import './escalations.css';

export function EscalationBadge({ refreshKey }: { refreshKey: number }) {
  const counts = useEscalationCounts(refreshKey);
  if (!counts || counts.open === 0) return null;
  const overdue = counts.overdue > 0;
  return (
    <span className={`views__badge${overdue ? ' views__badge--overdue' : ''}`} data-testid="escalations-badge">
      {overdue ? `${counts.overdue} overdue` : counts.open}
      <span className="visually-hidden">{overdue ? ` of ${counts.open} open` : ' open'}</span>
    </span>
  );
}
