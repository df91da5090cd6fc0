// The meeting's header: title, date, status, goal and who is in the room; the lifecycle buttons
// (Start, Pause, Resume, End, Reopen), editing the meeting, the summary and the projector.
import type { Meeting } from '../../bindings/Meeting';
import type { Role } from '../../bindings/Role';
import { formatDate } from '../../lib/format';
import type { Lifecycle } from '../../lib/useWorkspace';
import { StatusBadge } from '../../shared/Badge';
import { CustomerText } from '../../shared/CustomerText';

export const ROLE_LABEL: Record<Role, string> = {
  facilitator: 'Facilitator',
  ambassador: 'Customer ambassador',
  participant: 'Participant',
};

type Props = {
  meeting: Meeting;
  onLifecycle: (op: Lifecycle) => void;
  onReopen: () => void;
  onSummary: () => void;
  onProjector: () => void;
  onEdit: () => void;
  /** "Invite the room": shown while the meeting runs. */
  onInvite?: () => void;
};

export function MeetingHeader({ meeting, onLifecycle, onReopen, onSummary, onProjector, onEdit, onInvite }: Props) {
  const { status } = meeting;
  const speakers = meeting.attendees.filter((a) => a.role !== 'participant');
  return (
    <div className="meeting__bar">
      <div className="meeting__heading">
        <h1 className="meeting__title" id="meeting-title" data-testid="meeting-title">
          <CustomerText text={meeting.title} />
        </h1>
        <p className="meeting__meta">
          <span>{formatDate(meeting.heldOn)}</span>
          <StatusBadge status={status} />
          {speakers.map((a) => (
            <span key={a.id} className="meeting__attendee" data-testid="attendee">
              {ROLE_LABEL[a.role]}: {a.name}
            </span>
          ))}
          {meeting.goal && <span className="meeting__goal">Goal: {meeting.goal}</span>}
        </p>
      </div>
      <div className="meeting__actions">
        {status === 'planned' && (
          <button type="button" className="btn btn--primary" onClick={() => onLifecycle('start')} data-testid="start-meeting">
            Start meeting
          </button>
        )}
        {status === 'running' && (
          <button type="button" className="btn" onClick={() => onLifecycle('pause')} data-testid="pause-meeting" title="Alt+T">
            Pause
          </button>
        )}
        {status === 'paused' && (
          <button type="button" className="btn btn--primary" onClick={() => onLifecycle('resume')} data-testid="resume-meeting" title="Alt+T">
            Resume
          </button>
        )}
        {(status === 'running' || status === 'paused') && (
          <button type="button" className="btn" onClick={() => onLifecycle('end')} data-testid="end-meeting">
            End meeting
          </button>
        )}
        {status === 'ended' && (
          <button type="button" className="btn" onClick={onReopen} data-testid="reopen-meeting">
            Reopen
          </button>
        )}
        <button type="button" className="btn" onClick={onEdit} data-testid="edit-meeting" title="Title, date, chair, room, agenda, questions, nudge">
          Edit
        </button>
        <button type="button" className="btn" onClick={onSummary} data-testid="show-summary">
          Summary
        </button>
        {onInvite && meeting.status === 'running' && (
          <button type="button" className="btn" onClick={onInvite} data-testid="invite-room" title="Alt+R">
            Invite the room
          </button>
        )}
        <button type="button" className="btn" onClick={onProjector} data-testid="open-projector" title="Show the chair on a second screen">
          Projector
        </button>
      </div>
    </div>
  );
}
