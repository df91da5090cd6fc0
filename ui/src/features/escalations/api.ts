// The escalations' commands: list them (all, or one anecdote's), escalate an anecdote, resolve.
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { Escalation } from '../../bindings/Escalation';
import type { EscalationResolution } from '../../bindings/EscalationResolution';
import type { NewEscalation } from '../../bindings/NewEscalation';
import { call } from '../../lib/ipc';

/** Open escalations, overdue first; with `includeResolved`, the resolved ones follow. */
export const listEscalations = (includeResolved = false): Promise<Escalation[]> =>
  call('list_escalations', { includeResolved });

export const anecdoteEscalations = (anecdoteId: string): Promise<Escalation[]> =>
  call('anecdote_escalations', { anecdoteId });

export const escalateAnecdote = (input: NewEscalation): Promise<Escalation> => call('escalate_anecdote', { input });

export const resolveEscalation = (input: EscalationResolution): Promise<Escalation> =>
  call('resolve_escalation', { input });
