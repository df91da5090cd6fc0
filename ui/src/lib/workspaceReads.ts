// How useWorkspace reads the workspace: everything at start and when asked (`load`, which
// opens a meeting), and only what each change names (`reload`, one read at a time, merged).
import { useCallback, useEffect, useRef, type Dispatch, type MutableRefObject, type SetStateAction } from 'react';

import type { Changed } from '../bindings/Changed';
import type { Meeting } from '../bindings/Meeting';
import type { MeetingListItem } from '../bindings/MeetingListItem';
import type { MeetingView } from '../bindings/MeetingView';
import type { Persona } from '../bindings/Persona';
import type { PromptDeck } from '../bindings/PromptDeck';
import type { WorkspaceSummary } from '../bindings/WorkspaceSummary';
import * as ipc from './ipc';
import type { Phase } from './useWorkspace';
import { mergeReloads, reloadsFor, type Reloads } from './workspaceView';

type Set<T> = Dispatch<SetStateAction<T>>;

/** What the reads write: useWorkspace's state (all stable across renders). */
type ReadState = {
  setSummary: Set<WorkspaceSummary | null>;
  setMeetings: Set<MeetingListItem[]>;
  setPersonas: Set<Persona[]>;
  setDecks: Set<PromptDeck[]>;
  setView: Set<MeetingView | null>;
  setNotice: Set<string | null>;
  /** The meeting open now (null: none). */
  openId: MutableRefObject<string | null>;
  /** The meeting with an unconfirmed prompt move in place. */
  withPromptMove: (m: Meeting) => Meeting;
};

/** Reads everything, at start and on `load()`; a newer load makes an older one's answer stale. */
export function useFullLoad({ setPhase, setSummary, setMeetings, setPersonas, setDecks, setView, setNotice, openId, withPromptMove }: ReadState & { setPhase: Set<Phase> }) {
  const loadSeq = useRef(0);
  const readyRef = useRef(false);

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

  return { load, loadSeq };
}

/** Reads again only what each change names (see `drainReloads`). */
export function useReloads(
  { setSummary, setMeetings, setPersonas, setDecks, setView, setNotice, openId, withPromptMove }: ReadState,
  load: () => Promise<void>,
  loadSeq: MutableRefObject<number>,
) {

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

  return reload;
}
