// The open room's devices: admit everyone or not, those waiting to join (admit or refuse), those
// in the room (remove), and, when nobody has joined after LONELY_SECONDS, why that may be.
// Names typed on devices are untrusted: they are rendered as text.
import type { RoomDevice } from '../../bindings/RoomDevice';
import type { RoomInvitation } from '../../bindings/RoomInvitation';
import { admitDevice, refuseDevice, removeDevice, setRoomAdmitEveryone } from './api';

/** After this long with no device, the panel explains client isolation. */
const LONELY_SECONDS = 60;

type Props = {
  room: RoomInvitation;
  busy: boolean;
  /** Seconds the room has been open. */
  openFor: number;
  act: (f: () => Promise<unknown>) => Promise<void>;
};

export function RoomDevices({ room, busy, openFor, act }: Props) {
  const waiting = room.devices.filter((d) => d.status === 'waiting');
  const inRoom = room.devices.filter((d) => d.status === 'admitted');
  /** A button that runs `call` on the device `d`; all are off while one runs. */
  const deviceButton = (d: RoomDevice, call: (id: string) => Promise<unknown>, label: string, testId: string, className = 'btn') => (
    <button type="button" className={className} disabled={busy} onClick={() => void act(() => call(d.id))} data-testid={testId}>
      {label}
    </button>
  );
  return (
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
            {deviceButton(d, admitDevice, 'Admit', 'room-admit', 'btn btn--primary')}
            {deviceButton(d, refuseDevice, 'Refuse', 'room-refuse')}
          </DeviceRow>
        ))}
      </ul>
      <h3>In the room ({inRoom.length})</h3>
      <ul className="room-panel__list" data-testid="room-admitted">
        {inRoom.map((d) => (
          <DeviceRow key={d.id} device={d}>
            {deviceButton(d, removeDevice, 'Remove', 'room-remove')}
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
