// How many escalations are open and how many of those are overdue, for the sidebar's badge.
// Null while unknown (or when they cannot be loaded: the badge then just is not shown).
import { listEscalations } from './api';
import { useLoad } from '../../lib/useLoad';
import { timeLeft, useNow } from './timeLeft';

export type EscalationCounts = { open: number; overdue: number };

export function useEscalationCounts(refreshKey: number): EscalationCounts | null {
  const list = useLoad(() => listEscalations(false), [refreshKey]);
  const now = useNow();
  if (!list.data) return null;
  const open = list.data.filter((e) => e.resolvedAt === null);
  return { open: open.length, overdue: open.filter((e) => timeLeft(e.dueAt, now).urgency === 'overdue').length };
}
