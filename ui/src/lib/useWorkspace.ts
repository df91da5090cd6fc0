// The workspace as the app sees it: summary, meetings, personas, decks and the open meeting.
// Loads it at start, reloads it whenever the backend says `workspace-changed`, and carries
// out the writes the screens ask for (moving the prompt optimistically).
import { useCallback, useEffect, useRef, useState } from 'react';

import type { Decision } from '../bindings/Decision';
import type { Meeting } from '../bindings/Meeting';
import type { MeetingListItem } from '../bindings/MeetingListItem';
import type { MeetingStatus } from '../bindings/MeetingStatus';
import type { MeetingView } from '../bindings/MeetingView';
import type { NewDecision } from '../bindings/NewDecision';
import type { NewMeeting } from '../bindings/NewMeeting';
import type { Persona } from '../bindings/Persona';
import type { PromptDeck } from '../bindings/PromptDeck';
import type { WorkspaceSummary } from '../bindings/WorkspaceSummary';
import * as ipc from './ipc';

export type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready' };

type PromptMove = { meetingId: string; index: number; pending: number };

export function useWorkspace() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [summary, setSummary] = useState<WorkspaceSummary | null>(null);
  const [meetings, setMeetings] = useState<MeetingListItem[]>([]);
  const [personas, setPersonas] = useState<Persona[]>([]);
  const [decks, setDecks] = useState<PromptDeck[]>([]);
  const [view, setView] = useState<MeetingView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** Goes up on every `workspace-changed`, so panels with their own data can refetch. */
  const [changes, setChanges] = useState(0);

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

  useEffect(() => {
    let disposed = false;
    let unlisten: (() => void) | null = null;
    ipc
      .onWorkspaceChanged(() => {
        setChanges((n) => n + 1);
        void load();
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
  }, [load]);

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

  /** Replaces the workspace (empty or sample), then opens what the new one remembers. */
  const replaceWorkspace = useCallback(
    async (kind: 'empty' | 'sample') => {
      await (kind === 'empty' ? ipc.startEmptyWorkspace() : ipc.loadSampleWorkspace());
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

  return {
    phase,
    summary,
    meetings,
    personas,
    decks,
    view,
    changes,
    notice,
    dismissNotice: () => setNotice(null),
    selectMeeting,
    createMeeting,
    replaceWorkspace,
    movePrompt,
    setStatus,
    recordDecision,
  };
}
