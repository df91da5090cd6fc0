// The writes the open meeting's screen asks of the workspace, each applied from the backend's
// answer (moving the prompt optimistically): its status, lifecycle and agenda, its fields, its
// decisions, and what the room says (answers, customer references). Hooks of useWorkspace, which
// passes in the state they write (`Core`).
import { useCallback, useRef, useState, type Dispatch, type MutableRefObject, type SetStateAction } from 'react';

import type { CustomerPulse } from '../bindings/CustomerPulse';
import type { CustomerReferenceKind } from '../bindings/CustomerReferenceKind';
import type { Decision } from '../bindings/Decision';
import type { DecisionInput } from '../bindings/DecisionInput';
import type { Deleted } from '../bindings/Deleted';
import type { Meeting } from '../bindings/Meeting';
import type { MeetingEdit } from '../bindings/MeetingEdit';
import type { MeetingListItem } from '../bindings/MeetingListItem';
import type { MeetingStatus } from '../bindings/MeetingStatus';
import type { MeetingView } from '../bindings/MeetingView';
import type { NewDecision } from '../bindings/NewDecision';
import type { PromptAnswer } from '../bindings/PromptAnswer';
import type { ReviewInput } from '../bindings/ReviewInput';
import * as ipc from './ipc';
import { withPulse } from './workspaceView';

export type Lifecycle = 'start' | 'pause' | 'resume' | 'end';

const LIFECYCLE: Record<Lifecycle, (meetingId: string) => Promise<MeetingView>> = {
  start: ipc.startMeeting,
  pause: ipc.pauseMeeting,
  resume: ipc.resumeMeeting,
  end: ipc.endMeeting,
};

/** A prompt move not yet confirmed: what the screen shows meanwhile. */
export type PromptMove = { meetingId: string; index: number; pending: number };

/** What the writes work on: useWorkspace's state, all stable across renders. */
export type Core = {
  /** The meeting open now (null: none). */
  openId: MutableRefObject<string | null>;
  viewRef: MutableRefObject<MeetingView | null>;
  promptMove: MutableRefObject<PromptMove | null>;
  setView: Dispatch<SetStateAction<MeetingView | null>>;
  setMeetings: Dispatch<SetStateAction<MeetingListItem[]>>;
  setNotice: Dispatch<SetStateAction<string | null>>;
  /** The meeting with the unconfirmed prompt move in place. */
  withPromptMove: (m: Meeting) => Meeting;
  /** Reloads everything; opens `target`, else the open meeting, else the last one. */
  load: (target?: string) => Promise<void>;
};

/** Every write of the open meeting. */
export function useMeetingWrites(core: Core) {
  return { ...usePromptMove(core), ...useMeetingState(core), ...useDecisionWrites(core), ...useRoomWrites(core) };
}

/** Moves the prompt at once; the backend's answer confirms it once the last move is answered,
 *  and a failed move reloads. */
function usePromptMove({ openId, promptMove, setView, setNotice, withPromptMove, load }: Core) {
  const movePrompt = useCallback(
    async (index: number) => {
      const meetingId = openId.current;
      if (meetingId === null) return;
      const prev = promptMove.current;
      promptMove.current = {
        meetingId,
        index,
        pending: (prev?.meetingId === meetingId ? prev.pending : 0) + 1,
      };
      setView((v) => v && { ...v, meeting: withPromptMove(v.meeting) });
      let confirmed: Meeting | null = null;
      try {
        confirmed = await ipc.setPromptIndex(meetingId, index);
      } catch (e) {
        setNotice(ipc.errorMessage(e));
      }
      const move = promptMove.current;
      if (move && move.meetingId === meetingId && --move.pending > 0) return;
      promptMove.current = null;
      if (confirmed) {
        const m = confirmed;
        setView((v) => (v && v.meeting.id === m.id ? { ...v, meeting: m } : v));
      } else {
        void load();
      }
    },
    [load, withPromptMove],
  );

  return { movePrompt };
}

/** The status, the lifecycle, the agenda and the meeting's fields. */
function useMeetingState({ openId, setView, setMeetings, setNotice, withPromptMove }: Core) {
  const setStatus = useCallback(async (status: MeetingStatus) => {
    const meetingId = openId.current;
    if (meetingId === null) return;
    try {
      const m = await ipc.setMeetingStatus(meetingId, status);
      setView((v) => (v && v.meeting.id === m.id ? { ...v, meeting: withPromptMove(m) } : v));
      setMeetings((ms) => ms.map((x) => (x.id === m.id ? { ...x, status: m.status } : x)));
    } catch (e) {
      setNotice(ipc.errorMessage(e));
    }
  }, [withPromptMove]);

  /** Puts a view the backend answered with in place of the open one (same meeting only). */
  const applyView = useCallback(
    (next: MeetingView) => {
      setView((v) => (v && v.meeting.id === next.meeting.id ? { ...next, meeting: withPromptMove(next.meeting) } : v));
      setMeetings((ms) =>
        ms.map((x) => (x.id === next.meeting.id ? { ...x, status: next.meeting.status, decisionCount: next.decisions.length } : x)),
      );
    },
    [withPromptMove],
  );

  /** Shows the view `change` answers for the open meeting (none open: nothing); a failure becomes the notice. */
  const changeOpenMeeting = useCallback(
    async (change: (meetingId: string) => Promise<MeetingView>) => {
      const meetingId = openId.current;
      if (meetingId === null) return;
      try {
        applyView(await change(meetingId));
      } catch (e) {
        setNotice(ipc.errorMessage(e));
      }
    },
    [applyView],
  );

  /** Start, pause, resume or end the open meeting. */
  const lifecycle = useCallback((op: Lifecycle) => changeOpenMeeting(LIFECYCLE[op]), [changeOpenMeeting]);

  const startAgendaItem = useCallback(
    (itemId: string) => changeOpenMeeting((meetingId) => ipc.startAgendaItem(meetingId, itemId)),
    [changeOpenMeeting],
  );

  /** Changes the open meeting (any field, any time); rejects with the backend's error. */
  const updateMeeting = useCallback(
    async (edit: MeetingEdit): Promise<void> => {
      const meetingId = openId.current;
      if (meetingId === null) return;
      applyView(await ipc.updateMeeting(meetingId, edit));
    },
    [applyView],
  );

  return { setStatus, lifecycle, startAgendaItem, updateMeeting };
}

/** Recording, editing, accepting and reviewing decisions; each rejects with the backend's error. */
function useDecisionWrites({ setView }: Core) {
  /** Records a decision; rejects with the backend's error so the form can show it. */
  const recordDecision = useCallback(async (input: NewDecision): Promise<Decision> => {
    const d = await ipc.recordDecision(input);
    setView((v) =>
      v && v.meeting.id === d.meetingId && !v.decisions.some((x) => x.id === d.id)
        ? { ...v, decisions: [...v.decisions, d] }
        : v,
    );
    // The meetings list (decision counts) follows with the `workspace-changed` reload.
    return d;
  }, []);

  const replaceDecision = useCallback((d: Decision) => {
    setView((v) =>
      v && v.meeting.id === d.meetingId ? { ...v, decisions: v.decisions.map((x) => (x.id === d.id ? d : x)) } : v,
    );
  }, []);

  /** Replaces a decision's fields; rejects with the backend's error. */
  const updateDecision = useCallback(
    async (id: string, input: DecisionInput): Promise<Decision> => {
      const d = await ipc.updateDecision(id, input);
      replaceDecision(d);
      return d;
    },
    [replaceDecision],
  );

  /** Accepts a decision; rejects with the `gate` code when the room must confirm first. */
  const acceptDecision = useCallback(
    async (id: string, overrideBy: string | null = null): Promise<Decision> => {
      const d = await ipc.acceptDecision(id, overrideBy);
      replaceDecision(d);
      return d;
    },
    [replaceDecision],
  );

  const recordReview = useCallback(
    async (input: ReviewInput): Promise<Decision> => {
      const d = await ipc.recordReview(input);
      replaceDecision(d);
      return d;
    },
    [replaceDecision],
  );

  return { recordDecision, updateDecision, acceptDecision, recordReview };
}

/** What the room says: answers to the prompts, and the customer brought in. */
function useRoomWrites({ openId, viewRef, setView, setNotice }: Core) {
  /** Tells the backend the room brought the customer in; the nudge goes away at once. */
  const referCustomer = useCallback(async (kind: CustomerReferenceKind, anecdoteId: string | null = null) => {
    const meetingId = openId.current;
    if (meetingId === null) return;
    try {
      const pulse = await ipc.recordCustomerReference({ meetingId, kind, anecdoteId });
      setView((v) => v && withPulse(v, pulse, anecdoteId));
    } catch (e) {
      setNotice(ipc.errorMessage(e));
    }
  }, []);

  /** Saves an answer (empty deletes it); rejects with the backend's error for the answer box. */
  const answerPrompt = useCallback(async (promptId: string, answer: string): Promise<PromptAnswer | null> => {
    const meetingId = openId.current;
    if (meetingId === null) return null;
    const v0 = viewRef.current;
    const current = v0?.meeting.id === meetingId ? v0.meeting.currentAgendaItemId : null;
    const saved = await ipc.answerPrompt({ meetingId, promptId, answer, agendaItemId: current });
    setView((v) => {
      if (!v || v.meeting.id !== meetingId) return v;
      const others = v.answers.filter((a) => !(a.promptId === promptId && a.decisionId === null));
      const next = { ...v, answers: saved ? [...others, saved] : others };
      // A non-empty answer brings the customer in (the backend stamps it too).
      if (!saved) return next;
      const pulse: CustomerPulse = {
        meetingId,
        agendaItemId: v.meeting.currentAgendaItemId,
        lastCustomerReferenceAt: saved.updatedAt,
        anecdotesConsulted: v.consultedAnecdoteIds.length,
      };
      return withPulse(next, pulse);
    });
    return saved;
  }, []);

  return { referCustomer, answerPrompt };
}

/** Deleting the open meeting or a decision (a snapshot first), and undoing the last deletion. */
export function useDeletions({ openId, setView, setNotice, load }: Core) {
  /** The last deletion, while it can be undone (the toast's "Undo"). */
  const [undoable, setUndoable] = useState<Deleted | null>(null);
  /** The meeting to reopen when the deletion is undone. */
  const undoReopen = useRef<string | null>(null);

  /** Deletes the open meeting (a snapshot first); offers undo; opens no meeting meanwhile. */
  const deleteMeeting = useCallback(async (): Promise<void> => {
    const meetingId = openId.current;
    if (meetingId === null) return;
    const gone = await ipc.deleteMeeting(meetingId);
    undoReopen.current = meetingId;
    setUndoable(gone);
    openId.current = null;
    setView(null);
    await load();
  }, [load]);

  /** Deletes a decision (a snapshot first) and offers undo. */
  const deleteDecision = useCallback(async (id: string): Promise<void> => {
    const gone = await ipc.deleteDecision(id);
    undoReopen.current = openId.current;
    setUndoable(gone);
    setView((v) => v && { ...v, decisions: v.decisions.filter((d) => d.id !== id) });
  }, []);

  /** Puts back what the last deletion removed, and reopens its meeting. */
  const undoDelete = useCallback(async (): Promise<void> => {
    if (!undoable) return;
    setUndoable(null);
    try {
      await ipc.undoDelete(undoable.undoToken);
      const reopen = undoReopen.current;
      if (reopen !== null) openId.current = reopen;
      await load(reopen ?? undefined);
    } catch (e) {
      setNotice(`It could not be undone: ${ipc.errorMessage(e)}`);
    }
  }, [undoable, load]);

  return { undoable, undoDelete, dismissUndo: () => setUndoable(null), deleteMeeting, deleteDecision };
}
