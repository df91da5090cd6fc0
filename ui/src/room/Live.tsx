// The admitted device's screen: the connection line (live, sending, or offline with what is
// waiting), the laptop's last refusal, and the meeting once the first view has arrived.
import { MeetingView } from './MeetingView';
import type { Me } from './api';
import { useLiveView } from './useLiveView';
import { useOutbox } from './useOutbox';

export function Live({ me, onOut }: { me: Me; onOut: (message: string) => void }) {
  const { view, setView, connected } = useLiveView(onOut);
  const { queue, unreachable, notice, enqueue } = useOutbox(connected, setView);

  const offline = !connected || unreachable;
  return (
    <>
      <p className={offline || queue.length > 0 ? 'room-status room-offline' : 'room-status'} role="status" data-testid="connection">
        {offline
          ? `Offline — ${queue.length} waiting to send; they will be sent when the laptop is back.`
          : queue.length > 0
            ? `Sending ${queue.length}…`
            : 'Live'}
      </p>
      {notice && (
        <p className="room-error" role="alert">
          {notice}
        </p>
      )}
      {!view ? (
        <p className="room-note">Loading the meeting…</p>
      ) : (
        <MeetingView view={view} me={me} enqueue={enqueue} />
      )}
    </>
  );
}
