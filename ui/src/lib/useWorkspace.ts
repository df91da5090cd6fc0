// The workspace as the app sees it: summary, meetings, personas, decks and the open meeting.
// Loads it at start, reloads what each `workspace-changed` names (a `Changed`: its areas and
// meeting) and nothing else, keeps a revision per area for panels with their own data, and carries
// out the writes the screens ask for: opening, creating and replacing, deleting and undoing here;
// the open meeting's writes in workspaceWrites.ts; what a change reloads in workspaceView.ts.
import { useCallback, useEffect, useRef, useState } from 'react';

import type { ChangeArea } from '../bindings/ChangeArea';
import type { Changed } from '../bindings/Changed';
import type { Deleted } from '../bindings/Deleted';
import type { Meeting } from '../bindings/Meeting';
import type { MeetingListItem } from '../bindings/MeetingListItem';
import type { MeetingView } from '../bindings/MeetingView';
import type { NewMeeting } from '../bindings/NewMeeting';
import type { Persona } from '../bindings/Persona';
import type { PromptDeck } from '../bindings/PromptDeck';
import type { WorkspaceSummary } from '../bindings/WorkspaceSummary';
import * as ipc from './ipc';
import { mergeReloads, reloadsFor, withPulse, withReactions, type Reloads } from './workspaceView';
import { useMeetingWrites, type PromptMove } from './workspaceWrites';

export type { Lifecycle } from './workspaceWrites';

export type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready' };

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

  const writes = useMeetingWrites({ openId, viewRef, promptMove, setView, setMeetings, setNotice, withPromptMove, load });

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
    ...writes,
  };
}
