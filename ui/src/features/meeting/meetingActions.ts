// What the open meeting can be asked to do from outside its screen: by the keyboard shortcuts
// and the command palette (App holds the meeting screen's current set in a ref).
import type { MeetingStatus } from '../../bindings/MeetingStatus';
import type { Lifecycle } from '../../lib/useWorkspace';

export type MeetingActions = {
  status: MeetingStatus;
  nextPrompt: () => void;
  prevPrompt: () => void;
  recordDecision: () => void;
  pinTop: () => void;
  toggleTimer: () => void;
  lifecycle: (op: Lifecycle) => void;
  showSummary: () => void;
  /** Whether a decision's customer reactions are on the projector. */
  reactionsOnProjector: boolean;
  hideReactions: () => void;
  /** Opens the "Invite the room" panel (while the meeting runs). */
  inviteRoom: () => void;
};
