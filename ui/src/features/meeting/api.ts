// The meeting screen's own commands: whether accepting a decision needs the room to confirm, and the
// decisions due for review (the meeting's writes go through lib/workspaceWrites.ts).
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { Decision } from '../../bindings/Decision';
import type { GateCheck } from '../../bindings/GateCheck';
import { call } from '../../lib/ipc';

/** Whether accepting the decision needs the room to confirm, and why. */
export const checkGate = (id: string): Promise<GateCheck> => call('check_gate', { id });

/** Accepted decisions whose review date has come, not reviewed yet; oldest first. */
export const decisionsDueForReview = (): Promise<Decision[]> => call('decisions_due_for_review');
