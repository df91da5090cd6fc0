// "Invite the room": opens the meeting to the people around the table. Before: the address to
// listen on and whether everyone with the link is let in. After: a large QR code and the link,
// the devices waiting to join (admit or refuse) and those in the room (remove), and Close the
// room. When no device has joined after a minute, it says why that may be (guest Wi-Fi).
// Names typed on devices are untrusted: they are rendered as text.
import { closeRoom, openRoom, showRoomOnProjector } from './api';
import { Modal } from '../../shared/Modal';
import { RoomDevices } from './RoomDevices';
import { RoomOpenForm } from './RoomOpenForm';
import { useRoom } from './useRoom';
import './room-panel.css';

type Props = {
  meetingId: string;
  /** Bumped on every change event: the device list is read again. */
  refreshKey: number;
  onClose: () => void;
};

/** The room's QR code as an image source (the CSP allows `data:` images, never markup). */
export function qrSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function RoomPanel({ meetingId, refreshKey, onClose }: Props) {
  const roomState = useRoom(refreshKey);
  const { room, address, admitEveryone, error, busy, openFor, onProjector, setOnProjector, act } = roomState;
  const open = room !== null && room !== undefined;
  const showsOther = open && room.meetingId !== meetingId;

  return (
    <Modal title="Invite the room" onClose={onClose} testId="room-panel" className="modal--xl">
      {error && (
        <p className="notice" role="alert" data-testid="room-error">
          {error}
        </p>
      )}
      {room === undefined ? (
        <p>Loading…</p>
      ) : !open || showsOther ? (
        <RoomOpenForm
          address={address}
          onAddress={roomState.setAddress}
          admitEveryone={admitEveryone}
          onAdmitEveryone={roomState.setAdmitEveryone}
          showsOther={showsOther}
          busy={busy}
          openButton={roomState.openButton}
          onOpen={() => void act(() => openRoom(meetingId, address.trim() === '' ? null : address, admitEveryone))}
        />
      ) : (
        <div className="room-panel">
          <div className="room-panel__invite">
            {room.qrSvg && <img className="room-panel__qr" src={qrSource(room.qrSvg)} alt="QR code of the room's link" data-testid="room-qr" />}
            <p className="room-panel__url">
              <span className="muted">Scan the code, or open</span>
              <code data-testid="room-url">{room.url}</code>
            </p>
            <p className="muted">Anyone with this link can ask to join. Closing the room signs everyone out.</p>
          </div>
          <RoomDevices room={room} busy={busy} openFor={openFor} act={act} />
          <div className="modal__actions">
            <button
              type="button"
              className="btn modal__actions-start"
              aria-pressed={onProjector}
              onClick={() => void act(() => showRoomOnProjector(!onProjector).then(() => setOnProjector(!onProjector)))}
              data-testid="room-on-projector"
            >
              {onProjector ? 'Take the code off the projector' : 'Show the code on the projector'}
            </button>
            <button type="button" className="btn btn--danger" disabled={busy} onClick={() => void act(closeRoom)} data-testid="room-close">
              Close the room
            </button>
            <button type="button" className="btn" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}
