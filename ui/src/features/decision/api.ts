// The decision form's commands: its half-written draft, the anecdotes its evidence names, and
// the decision's PR/FAQ draft (made, saved to a file, kept).
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { Anecdote } from '../../bindings/Anecdote';
import type { KeptPrFaq } from '../../bindings/KeptPrFaq';
import { call } from '../../lib/ipc';

/** Keeps the half-written decision (opaque JSON; "" clears it). Emits no change event. */
export const saveDecisionDraft = (meetingId: string, draft: string): Promise<void> =>
  call('save_decision_draft', { meetingId, draft });

export const getDecisionDraft = (meetingId: string): Promise<string | null> =>
  call('get_decision_draft', { meetingId });

export const getAnecdotes = (ids: string[]): Promise<Anecdote[]> => call('get_anecdotes', { ids });

/** A PR/FAQ draft for the decision, in Markdown (customer text escaped). */
export const prfaqDraft = (decisionId: string): Promise<string> => call('prfaq_draft', { decisionId });

/**
 * Writes the decision's PR/FAQ draft to `path` (picked in the save dialog for `exportPrFaq`)
 * and keeps it with the decision; rejects with `exists` rather than replace a file, unless `overwrite`.
 */
export const savePrfaq = (decisionId: string, path: string, overwrite: boolean): Promise<KeptPrFaq> =>
  call('save_prfaq', { decisionId, path, overwrite });

/** The PR/FAQ draft kept with the decision when it was last saved; null when it never was. */
export const keptPrfaq = (decisionId: string): Promise<KeptPrFaq | null> => call('kept_prfaq', { decisionId });
