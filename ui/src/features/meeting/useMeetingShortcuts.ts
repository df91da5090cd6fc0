// What the keyboard shortcuts and the command palette can ask of the open meeting, put in
// `actionsRef` on every render (so each action sees the screen's latest state) and taken out
// when the screen goes.
import { useEffect, type MutableRefObject } from 'react';

import type { AgendaItem } from '../../bindings/AgendaItem';
import type { Anecdote } from '../../bindings/Anecdote';
import type { Decision } from '../../bindings/Decision';
import type { MeetingView } from '../../bindings/MeetingView';
import type { Draft } from '../decision/draft';
import type { MeetingActions } from './meetingActions';
import type { MeetingOps } from './MeetingScreen';
import type { HitsStore } from './ProjectorFeed';

type Screen = {
  view: MeetingView;
  ops: MeetingOps;
  /** The agenda item running now, if any. */
  current: AgendaItem | null;
  draft: Draft;
  hits: HitsStore;
  togglePin: (a: Anecdote) => void;
  submitRef: MutableRefObject<(() => void) | null>;
  projected: Decision | null;
  hideReactions: () => void;
  showSummary: () => void;
  inviteRoom: () => void;
};

export function useMeetingShortcuts(actionsRef: MutableRefObject<MeetingActions | null> | undefined, s: Screen) {
  const { meeting } = s.view;
  const prompts = s.view.deck?.prompts ?? [];
  const at = Math.min(Math.max(meeting.promptIndex, 0), Math.max(prompts.length - 1, 0));
  useEffect(() => {
    if (!actionsRef) return undefined;
    actionsRef.current = {
      status: meeting.status,
      nextPrompt: () => {
        if (at < prompts.length - 1) s.ops.movePrompt(at + 1);
      },
      prevPrompt: () => {
        if (at > 0) s.ops.movePrompt(at - 1);
      },
      recordDecision: () => s.submitRef.current?.(),
      pinTop: () => {
        const top = s.hits.get().find((h) => !s.draft.pinned.some((p) => p.id === h.anecdote.id));
        if (top && meeting.status !== 'ended') s.togglePin(top.anecdote);
      },
      toggleTimer: () => toggleTimer(s.view, s.current, s.ops),
      lifecycle: (op) => s.ops.lifecycle(op),
      showSummary: s.showSummary,
      reactionsOnProjector: s.projected !== null,
      hideReactions: s.hideReactions,
      inviteRoom: () => {
        if (meeting.status === 'running') s.inviteRoom();
      },
    };
    return () => {
      actionsRef.current = null;
    };
  });
}

/** Space: start or resume the meeting, start the next agenda item, or pause. */
function toggleTimer(view: MeetingView, current: AgendaItem | null, ops: MeetingOps) {
  const { status } = view.meeting;
  if (status === 'planned') ops.lifecycle('start');
  else if (status === 'paused') ops.lifecycle('resume');
  else if (status === 'running') {
    const next = view.agenda.find((a) => a.doneAt === null) ?? view.agenda[0];
    if (current === null && next) ops.startAgendaItem(next.id);
    else ops.lifecycle('pause');
  }
}
