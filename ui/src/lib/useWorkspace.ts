// The workspace as the app sees it: summary, meetings, personas, decks and the open meeting.
// Loads it at start, reloads what each `workspace-changed` names (a `Changed`: its areas and
// meeting) and nothing else, keeps a revision per area for panels with their own data, and carries
// out the writes the screens ask for (moving the prompt optimistically; the meeting's
// lifecycle, agenda, answers, customer references and decisions applied from their answers).
import { useCallback, useEffect, useRef, useState } from 'react';

import type { Annotation } from '../bindings/Annotation';
import type { ChangeArea } from '../bindings/ChangeArea';
import type { Changed } from '../bindings/Changed';
import type { CustomerPulse } from '../bindings/CustomerPulse';
import type { CustomerReferenceKind } from '../bindings/CustomerReferenceKind';
import type { Decision } from '../bindings/Decision';
import type { Deleted } from '../bindings/Deleted';
import type { DecisionInput } from '../bindings/DecisionInput';
import type { Meeting } from '../bindings/Meeting';
import type { MeetingEdit } from '../bindings/MeetingEdit';
import type { MeetingListItem } from '../bindings/MeetingListItem';
import type { MeetingStatus } from '../bindings/MeetingStatus';
import type { MeetingView } from '../bindings/MeetingView';
import type { NewDecision } from '../bindings/NewDecision';
import type { NewMeeting } from '../bindings/NewMeeting';
import type { Persona } from '../bindings/Persona';
import type { PromptAnswer } from '../bindings/PromptAnswer';
import type { PromptDeck } from '../bindings/PromptDeck';
import type { ReviewInput } from '../bindings/ReviewInput';
import type { WorkspaceSummary } from '../bindings/WorkspaceSummary';
import * as ipc from './ipc';

export type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready' };

type PromptMove = { meetingId: string; index: number; pending: number };

export type Lifecycle = 'start' | 'pause' | 'resume' | 'end';

const LIFECYCLE: Record<Lifecycle, (meetingId: string) => Promise<MeetingView>> = {
  start: ipc.startMeeting,
  pause: ipc.pauseMeeting,
  resume: ipc.resumeMeeting,
  end: ipc.endMeeting,
};

/** How many times each area changed since the app started. */
export type Revisions = Record<ChangeArea, number>;

const NO_REVISIONS: Revisions = {
  workspace: 0,
  meetings: 0,
  decisions: 0,
  personas: 0,
  anecdotes: 0,
  decks: 0,
  people: 0,
  escalations: 0,
  preferences: 0,
  room: 0,
};

/** What to read again after `c`: each list, and the open meeting's view. */
export function reloadsFor(c: Changed, openMeetingId: string | null): Reloads {
  // Reactions carried whole (a device in the room reacting) are put in place by `withReactions`:
  // nothing to read again, as no list or count shows them.
  if (c.reactions.length > 0 && c.areas.every((a) => a === 'decisions')) {
    return { summary: false, meetings: false, personas: false, decks: false, view: false };
  }
  const any = (...areas: ChangeArea[]) => c.areas.includes('workspace') || areas.some((a) => c.areas.includes(a));
  const inOpen = openMeetingId !== null && (c.areas.includes('workspace') || c.meetingId === null || c.meetingId === openMeetingId);
  return {
    summary: any('meetings', 'decisions', 'personas', 'anecdotes'),
    meetings: any('meetings', 'decisions'),
    personas: any('personas'),
    decks: any('decks'),
    view: inOpen && any('meetings', 'decisions', 'personas', 'anecdotes', 'escalations'),
  };
}

/** The view with `reactions` in place under their decisions (replaced by id, else added last,
 * as the thread is oldest first). */
export function withReactions(v: MeetingView, reactions: Annotation[]): MeetingView {
  const byDecision = new Map<string, Annotation[]>();
  for (const r of reactions) byDecision.set(r.decisionId, [...(byDecision.get(r.decisionId) ?? []), r]);
  if (!v.decisions.some((d) => byDecision.has(d.id))) return v;
  return {
    ...v,
    decisions: v.decisions.map((d) => {
      const mine = byDecision.get(d.id);
      if (!mine) return d;
      const annotations = [...d.annotations];
      for (const r of mine) {
        const at = annotations.findIndex((a) => a.id === r.id);
        if (at >= 0) annotations[at] = r;
        else annotations.push(r);
      }
      return { ...d, annotations };
    }),
  };
}

export type Reloads = { summary: boolean; meetings: boolean; personas: boolean; decks: boolean; view: boolean };

/** Both reloads at once: everything either reads. */
export function mergeReloads(a: Reloads | null, b: Reloads): Reloads {
  if (a === null) return b;
  return {
    summary: a.summary || b.summary,
    meetings: a.meetings || b.meetings,
    personas: a.personas || b.personas,
    decks: a.decks || b.decks,
    view: a.view || b.view,
  };
}

/** The view with the customer brought in at `at` (meeting-wide and on the stamped item). */
export function withPulse(v: MeetingView, pulse: CustomerPulse, anecdoteId: string | null = null): MeetingView {
  if (v.meeting.id !== pulse.meetingId) return v;
  const at = pulse.lastCustomerReferenceAt;
  return {
    ...v,
    meeting: { ...v.meeting, lastCustomerReferenceAt: at },
    agenda: v.agenda.map((a) => (a.id === pulse.agendaItemId ? { ...a, lastCustomerReferenceAt: at } : a)),
    consultedAnecdoteIds:
      anecdoteId && !v.consultedAnecdoteIds.includes(anecdoteId) ? [...v.consultedAnecdoteIds, anecdoteId] : v.consultedAnecdoteIds,
  };
}

export function useWorkspace() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [summary, setSummary] = useState<WorkspaceSummary | null>(null);
  const [meetings, setMeetings] = useState<MeetingListItem[]>([]);
  const [personas, setPersonas] = useState<Persona[]>([]);
  const [decks, setDecks] = useState<PromptDeck[]>([]);
  const [view, setView] = useState<MeetingView | null>(null);
  const viewRef = useRef(view);
  viewRef.current = view;
  const [notice, setNotice] = useState<string | null>(null);
  /** The last deletion, while it can be undone (the toast's "Undo"). */
  const [undoable, setUndoable] = useState<Deleted | null>(null);
  /** The meeting to reopen when the deletion is undone. */
  const undoReopen = useRef<string | null>(null);
  /** Per area, goes up on every `workspace-changed` naming it, so panels with their own data refetch. */
  const [revisions, setRevisions] = useState<Revisions>(NO_REVISIONS);

  const openId = useRef<string | null>(null);
  const loadSeq = useRef(0);
  const readyRef = useRef(false);
  /** A prompt move not yet confirmed: what the screen shows meanwhile. */
  const promptMove = useRef<PromptMove | null>(null);

  const withPromptMove = useCallback((m: Meeting): Meeting => {
    const move = promptMove.current;
    return move && move.meetingId === m.id ? { ...m, promptIndex: move.index } : m;
  }, []);

  /** Reloads everything; opens `target`, else the open meeting, else the last one. */
  const load = useCallback(
    async (target?: string) => {
      const seq = ++loadSeq.current;
      const stale = () => seq !== loadSeq.current;
      try {
        const [s, ms, ps, ds] = await Promise.all([
          ipc.getWorkspace(),
          ipc.listMeetings(),
          ipc.listPersonas(),
          ipc.listDecks(),
        ]);
        const wanted = target ?? openId.current ?? s.lastMeetingId;
        let v: MeetingView | null = null;
        if (wanted !== null) {
          try {
            v = await ipc.openMeeting(wanted);
          } catch (e) {
            // The meeting is gone (e.g. the workspace was replaced): fall back to the last one.
            if (ipc.errorCode(e) !== 'not_found') throw e;
            if (s.lastMeetingId !== null && s.lastMeetingId !== wanted) {
              v = await ipc.openMeeting(s.lastMeetingId);
            }
          }
        }
        if (stale()) return;
        openId.current = v?.meeting.id ?? null;
        setSummary(s);
        setMeetings(ms);
        setPersonas(ps);
        setDecks(ds);
        setView(v && { ...v, meeting: withPromptMove(v.meeting) });
        readyRef.current = true;
        setPhase({ kind: 'ready' });
      } catch (e) {
        if (stale()) return;
        if (readyRef.current) setNotice(ipc.errorMessage(e));
        else setPhase({ kind: 'failed', message: ipc.errorMessage(e) });
      }
    },
    [withPromptMove],
  );

  useEffect(() => {
    void load();
  }, [load]);

  /** What the change events received while a reload runs ask to read again (merged). */
  const pendingReload = useRef<Reloads | null>(null);
  const reloading = useRef(false);

  /** Reads again what the pending changes name, one reload at a time, until none is left. A
   * burst of changes (50 devices reacting every second) costs one reload per reload's time,
   * not one per change, and each answer is shown: a newer change never discards a reload
   * already answered (only a full `load` does). */
  const drainReloads = useCallback(async () => {
    if (reloading.current) return;
    reloading.current = true;
    try {
      for (let what = pendingReload.current; what !== null; what = pendingReload.current) {
        pendingReload.current = null;
        const seq = loadSeq.current;
        const stale = () => seq !== loadSeq.current;
        const meetingId = openId.current;
        try {
          const [s, ms, ps, ds, v] = await Promise.all([
            what.summary ? ipc.getWorkspace() : null,
            what.meetings ? ipc.listMeetings() : null,
            what.personas ? ipc.listPersonas() : null,
            what.decks ? ipc.listDecks() : null,
            what.view && meetingId !== null ? ipc.openMeeting(meetingId) : null,
          ]);
          if (stale()) continue;
          if (s) setSummary(s);
          if (ms) setMeetings(ms);
          if (ps) setPersonas(ps);
          if (ds) setDecks(ds);
          if (v && v.meeting.id === openId.current) setView({ ...v, meeting: withPromptMove(v.meeting) });
        } catch (e) {
          if (stale()) continue;
          // The open meeting may be gone: read everything again, which falls back to the last one.
          if (ipc.errorCode(e) === 'not_found') void load();
          else setNotice(ipc.errorMessage(e));
        }
      }
    } finally {
      reloading.current = false;
    }
  }, [load, withPromptMove]);

  /** Reads again only what `c` changed (see `drainReloads`). */
  const reload = useCallback(
    (c: Changed) => {
      pendingReload.current = mergeReloads(pendingReload.current, reloadsFor(c, openId.current));
      void drainReloads();
    },
    [drainReloads],
  );

  useEffect(() => {
    let disposed = false;
    let unlisten: (() => void) | null = null;
    ipc
      .onWorkspaceChanged((c) => {
        setRevisions((r) => {
          const next = { ...r };
          for (const a of c.areas) next[a] += 1;
          return next;
        });
        if (c.areas.includes('workspace')) void load();
        else {
          if (c.reactions.length > 0) setView((v) => v && withReactions(v, c.reactions));
          // An ambassador's reaction brought the customer in: the nudge's silence starts again.
          const pulse = c.pulse;
          if (pulse) setView((v) => v && withPulse(v, pulse));
          reload(c);
        }
      })
      .then((stop) => {
        if (disposed) stop();
        else unlisten = stop;
      })
      .catch((e: unknown) => setNotice(`Live updates are off: ${ipc.errorMessage(e)}`));
    return () => {
      disposed = true;
      unlisten?.();
    };
  }, [load, reload]);

  const selectMeeting = useCallback(
    (id: string) => {
      openId.current = id;
      void load(id);
    },
    [load],
  );

  const createMeeting = useCallback(
    async (input: NewMeeting) => {
      const m = await ipc.createMeeting(input);
      openId.current = m.id;
      await load(m.id);
    },
    [load],
  );

  /** Replaces the workspace (empty or sample), then opens what the new one remembers.
   * `confirmed`: the user said yes to replacing their data (a snapshot is taken either way). */
  const replaceWorkspace = useCallback(
    async (kind: 'empty' | 'sample', confirmed: boolean) => {
      await (kind === 'empty' ? ipc.startEmptyWorkspace(confirmed) : ipc.loadSampleWorkspace(confirmed));
      openId.current = null;
      setView(null);
      await load();
    },
    [load],
  );

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

  /** Start, pause, resume or end the open meeting. */
  const lifecycle = useCallback(
    async (op: Lifecycle) => {
      const meetingId = openId.current;
      if (meetingId === null) return;
      try {
        applyView(await LIFECYCLE[op](meetingId));
      } catch (e) {
        setNotice(ipc.errorMessage(e));
      }
    },
    [applyView],
  );

  const startAgendaItem = useCallback(
    async (itemId: string) => {
      const meetingId = openId.current;
      if (meetingId === null) return;
      try {
        applyView(await ipc.startAgendaItem(meetingId, itemId));
      } catch (e) {
        setNotice(ipc.errorMessage(e));
      }
    },
    [applyView],
  );

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

  /** Changes the open meeting (any field, any time); rejects with the backend's error. */
  const updateMeeting = useCallback(
    async (edit: MeetingEdit): Promise<void> => {
      const meetingId = openId.current;
      if (meetingId === null) return;
      applyView(await ipc.updateMeeting(meetingId, edit));
    },
    [applyView],
  );

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

  return {
    phase,
    undoable,
    undoDelete,
    dismissUndo: () => setUndoable(null),
    updateMeeting,
    deleteMeeting,
    deleteDecision,
    summary,
    meetings,
    personas,
    decks,
    view,
    /** The sum of the revisions of `areas` (and of the whole workspace): a panel's refresh key. */
    revision: (...areas: ChangeArea[]) => areas.reduce((n, a) => n + revisions[a], revisions.workspace),
    notice,
    dismissNotice: () => setNotice(null),
    /** Reloads everything, e.g. after the workspace was restored or replaced. */
    reload: () => {
      openId.current = null;
      void load();
    },
    selectMeeting,
    createMeeting,
    replaceWorkspace,
    movePrompt,
    setStatus,
    recordDecision,
    lifecycle,
    startAgendaItem,
    referCustomer,
    answerPrompt,
    updateDecision,
    acceptDecision,
    recordReview,
  };
}
