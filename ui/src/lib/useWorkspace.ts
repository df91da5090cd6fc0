// The workspace as the app sees it: summary, meetings, personas, decks and the open meeting.
// Loads it at start, reloads what each `workspace-changed` names (a `Changed`: its areas and
// meeting) and nothing else, keeps a revision per area for panels with their own data, and carries
// out the writes the screens ask for: opening, creating and replacing the workspace here; the
// reads in workspaceReads.ts, the open meeting's writes and deleting in workspaceWrites.ts, what
// a change reloads in workspaceView.ts.
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
import { withPulse, withReactions } from './workspaceView';
import { useFullLoad, useReloads } from './workspaceReads';
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
  /** A prompt move not yet confirmed: what the screen shows meanwhile. */
  const promptMove = useRef<PromptMove | null>(null);

  const withPromptMove = useCallback((m: Meeting): Meeting => {
    const move = promptMove.current;
    return move && move.meetingId === m.id ? { ...m, promptIndex: move.index } : m;
  }, []);

  const { load, loadSeq } = useFullLoad({ setPhase, setSummary, setMeetings, setPersonas, setDecks, setView, setNotice, openId, withPromptMove });
  const reload = useReloads({ setSummary, setMeetings, setPersonas, setDecks, setView, setNotice, openId, withPromptMove }, load, loadSeq);

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
    summary, meetings, personas, decks, view,
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
