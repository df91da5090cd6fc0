// What happens to a recorded decision from the log: Accept (through the gate: a one-way door
// with unanswered customer questions or no evidence opens the gate dialog, whose "Accept anyway"
// records the person at the keyboard as overriding it), a status change, Edit (every field; an
// edit to accepted goes through the same gate), the PR/FAQ draft and Delete (confirmed first).
// Holds which of those dialogs is open.
import { useMemo, useState } from 'react';

import type { Decision } from '../../bindings/Decision';
import type { DecisionInput } from '../../bindings/DecisionInput';
import type { DecisionStatus } from '../../bindings/DecisionStatus';
import type { Meeting } from '../../bindings/Meeting';
import { withStatus } from '../decision/draft';
import { useStableHandler } from './useStableHandler';
import { errorCode, errorMessage, gateReasons } from '../../lib/ipc';
import { checkGate } from './api';

export type GateState = { decision: Decision; reasons: string[] };

type Ops = {
  updateDecision: (id: string, input: DecisionInput) => Promise<Decision>;
  acceptDecision: (id: string, overrideBy?: string | null) => Promise<Decision>;
};

/**
 * Who accepts over the gate: the person at the keyboard when one is chosen (they press the
 * button), else the meeting's first facilitator, else "Facilitator".
 */
export function overriderOf(meeting: Meeting, atKeyboard: string | null = null): string {
  return atKeyboard?.trim() || meeting.attendees.find((a) => a.role === 'facilitator')?.name.trim() || 'Facilitator';
}

export function useDecisionFlows(ops: Ops) {
  const [gate, setGate] = useState<GateState | null>(null);
  const [editing, setEditing] = useState<Decision | null>(null);
  const [prfaq, setPrfaq] = useState<Decision | null>(null);
  const [deleting, setDeleting] = useState<Decision | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function accept(d: Decision) {
    setError(null);
    try {
      if (d.reversibility === 'one_way') {
        const check = await checkGate(d.id);
        if (check.needsConfirmation) {
          setGate({ decision: d, reasons: check.reasons });
          return;
        }
      }
      await ops.acceptDecision(d.id, null);
    } catch (e) {
      if (errorCode(e) === 'gate') setGate({ decision: d, reasons: gateReasons(e) });
      else setError(errorMessage(e));
    }
  }

  async function changeStatus(d: Decision, status: DecisionStatus, supersededBy: string | null) {
    if (status === 'accepted') {
      await accept(d);
      return;
    }
    setError(null);
    try {
      await ops.updateDecision(d.id, withStatus(d, status, supersededBy));
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  /**
   * Saves an edit of `d`. Becoming accepted goes through the gate as Accept does: the edit is
   * saved with the status it had, then the decision is accepted (a one-way door that needs the
   * room's confirmation opens the gate dialog, and stays as it was until confirmed).
   */
  async function saveEdit(d: Decision, input: DecisionInput) {
    if (input.status !== 'accepted' || d.status === 'accepted') {
      await ops.updateDecision(d.id, input);
      return;
    }
    const before: DecisionInput = { ...input, status: d.status };
    if (d.status === 'superseded' && d.supersededBy) before.supersededBy = d.supersededBy;
    else delete before.supersededBy;
    const saved = await ops.updateDecision(d.id, before);
    await accept(saved);
  }

  // The same object on every render: the log (memoized) does not re-render while a decision
  // is typed.
  const onAccept = useStableHandler((d: Decision) => void accept(d));
  const onStatus = useStableHandler((d: Decision, s: DecisionStatus, by: string | null) => void changeStatus(d, s, by));
  const actions = useMemo(
    () => ({ onAccept, onStatus, onEdit: setEditing, onPrfaq: setPrfaq, onDelete: setDeleting }),
    [onAccept, onStatus],
  );

  return {
    gate,
    editing,
    prfaq,
    error,
    dismissError: () => setError(null),
    closeGate: () => setGate(null),
    closeEdit: () => setEditing(null),
    closePrfaq: () => setPrfaq(null),
    deleting,
    closeDelete: () => setDeleting(null),
    actions,
    accept,
    saveEdit,
  };
}
