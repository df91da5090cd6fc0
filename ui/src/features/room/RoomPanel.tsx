// "Invite the room": opens the meeting to the people around the table. Before: the address to
// listen on and whether everyone with the link is let in. After: a large QR code and the link,
// the devices waiting to join (admit or refuse) and those in the room (remove), and Close the
// room. When no device has joined after a minute, it says why that may be (guest Wi-Fi).
// Names typed on devices are untrusted: they are rendered as text.
import { useEffect, useRef, useState } from 'react';

import type { RoomDevice } from '../../bindings/RoomDevice';
import type { RoomInvitation } from '../../bindings/RoomInvitation';
import { errorMessage, projectorRoom } from '../../lib/ipc';
import {
  admitDevice,
  closeRoom,
  defaultRoomAddress,
  openRoom,
  refuseDevice,
  removeDevice,
  roomStatus,
  setRoomAdmitEveryone,
  showRoomOnProjector,
} from './api';
import { Modal } from '../../shared/Modal';
import './room-panel.css';

/** After this long with no device, the panel explains client isolation. */
const LONELY_SECONDS = 60;

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
  const [room, setRoom] = useState<RoomInvitation | null | undefined>(undefined);
  const [address, setAddress] = useState('');
  const [admitEveryone, setAdmitEveryone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [openFor, setOpenFor] = useState(0);
  const [onProjector, setOnProjector] = useState(false);
  /** The "Open the room" button: focus goes there when the room closes under it, so the keyboard
   * (Escape, Tab) keeps working inside the panel. */
  const openButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    projectorRoom()
      .then((r) => setOnProjector(r !== null))
      .catch(() => setOnProjector(false));
  }, [refreshKey]);

  useEffect(() => {
    roomStatus()
      .then((r) => {
        setRoom(r);
        if (r) setOpenFor(r.openSeconds);
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [refreshKey]);

  useEffect(() => {
    defaultRoomAddress()
      .then(setAddress)
      .catch(() => setAddress(''));
  }, []);

  const open = room !== null && room !== undefined;
  useEffect(() => {
    if (!open) return undefined;
    const timer = window.setInterval(() => setOpenFor((s) => s + 1), 1000);
    return () => window.clearInterval(timer);
  }, [open]);

  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) wasOpen.current = true;
    else if (wasOpen.current && !busy) {
      wasOpen.current = false;
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost) openButton.current?.focus();
    }
  }, [open, busy]);

  async function act(f: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await f();
      const r = await roomStatus();
      setRoom(r);
      if (r) setOpenFor(r.openSeconds);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const showsOther = open && room.meetingId !== meetingId;
  const waiting = open ? room.devices.filter((d) => d.status === 'waiting') : [];
  const inRoom = open ? room.devices.filter((d) => d.status === 'admitted') : [];

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
        <form
          className="room-open"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => openRoom(meetingId, address.trim() === '' ? null : address, admitEveryone));
          }}
        >
          <p>
            People around the table join from their own phones and laptops, over this network. Nothing leaves the
            room: this laptop serves the meeting while the room is open.
          </p>
          {showsOther && <p className="notice">The room is open for another meeting; opening it here closes that one.</p>}
          <label className="field">
            <span>Address on this network</span>
            <input value={address} onChange={(e) => setAddress(e.target.value)} data-testid="room-address" spellCheck={false} />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={admitEveryone} onChange={(e) => setAdmitEveryone(e.target.checked)} data-testid="room-admit-everyone" />
            Let in everyone who has the link (without asking me)
          </label>
          <div className="modal__actions">
            <button type="submit" className="btn btn--primary" disabled={busy} data-testid="room-open" ref={openButton}>
              Open the room
            </button>
          </div>
        </form>
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
          <div className="room-panel__devices">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={room.admitEveryone}
                onChange={(e) => void act(() => setRoomAdmitEveryone(e.target.checked))}
                data-testid="room-admit-everyone"
              />
              Let in everyone who has the link
            </label>
            <h3>Waiting to join ({waiting.length})</h3>
            {waiting.length === 0 && <p className="muted">Nobody is waiting.</p>}
            <ul className="room-panel__list" data-testid="room-waiting">
              {waiting.map((d) => (
                <DeviceRow key={d.id} device={d}>
                  <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void act(() => admitDevice(d.id))} data-testid="room-admit">
                    Admit
                  </button>
                  <button type="button" className="btn" disabled={busy} onClick={() => void act(() => refuseDevice(d.id))} data-testid="room-refuse">
                    Refuse
                  </button>
                </DeviceRow>
              ))}
            </ul>
            <h3>In the room ({inRoom.length})</h3>
            <ul className="room-panel__list" data-testid="room-admitted">
              {inRoom.map((d) => (
                <DeviceRow key={d.id} device={d}>
                  <button type="button" className="btn" disabled={busy} onClick={() => void act(() => removeDevice(d.id))} data-testid="room-remove">
                    Remove
                  </button>
                </DeviceRow>
              ))}
            </ul>
            {room.devices.length === 0 && openFor >= LONELY_SECONDS && (
              <p className="notice" role="status" data-testid="room-lonely">
                No device has joined yet. Guest Wi-Fi networks often keep devices from reaching each other: if phones
                cannot open the link, turn on a phone’s hotspot, join it with this laptop and the others, and invite
                the room again.
              </p>
            )}
          </div>
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

function DeviceRow({ device, children }: { device: RoomDevice; children: React.ReactNode }) {
  return (
    <li className="room-panel__device" data-testid="room-device">
      <span className="room-panel__name" data-testid="room-device-name">
        {device.name}
      </span>
      <span className="badge">{device.role === 'ambassador' ? 'Ambassador' : 'Participant'}</span>
      <span className="room-panel__buttons">{children}</span>
    </li>
  );
}
