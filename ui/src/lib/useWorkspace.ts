// The workspace as the app sees it: summary, meetings, personas, decks and the open meeting.
// Loads it at start, reloads what each `workspace-changed` names (a `Changed`: its areas and
// meeting) and nothing else, keeps a revision per area for panels with their own data, and carries
// out the writes the screens ask for: opening, creating and replacing, deleting and undoing here;
// the open meeting's writes in workspaceWrites.ts; what a change reloads in workspaceView.ts.
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

import type { ChangeArea } from '../bindings/ChangeArea';
import type { Changed } from '../bindings/Changed';
import type { Meeting } from '../bindings/Meeting';
import type { MeetingListItem } from '../bindings/MeetingListItem';
import type { MeetingView } from '../bindings/MeetingView';
import type { NewMeeting } from '../bindings/NewMeeting';
import type { Persona } from '../bindings/Persona';
import type { PromptDeck } from '../bindings/PromptDeck';
import type { WorkspaceSummary } from '../bindings/WorkspaceSummary';
import * as ipc from './ipc';
import { mergeReloads, reloadsFor, withPulse, withReactions, type Reloads } from './workspaceView';
import { useDeletions, useMeetingWrites, type PromptMove } from './workspaceWrites';

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

  useChangeEvents(load, reload, { setRevisions, setView, setNotice });

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

  const core = { openId, viewRef, promptMove, setView, setMeetings, setNotice, withPromptMove, load };
  const writes = useMeetingWrites(core);
  const deletions = useDeletions(core);

  return {
    phase,
    ...deletions,
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

type Setters = {
  setRevisions: Dispatch<SetStateAction<Revisions>>;
  setView: Dispatch<SetStateAction<MeetingView | null>>;
  setNotice: Dispatch<SetStateAction<string | null>>;
};

/** Listens to `workspace-changed`: counts each area's revision, puts reactions and the
 *  customer's pulse in place at once, and reads again what the change names (everything for
 *  `workspace`). */
function useChangeEvents(load: () => Promise<void>, reload: (c: Changed) => void, { setRevisions, setView, setNotice }: Setters) {
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
  }, [load, reload, setRevisions, setView, setNotice]);
}
