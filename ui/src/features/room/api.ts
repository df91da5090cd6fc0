// The room panel's commands: open and close the room, admit, refuse and remove devices, and put
// the room's link on the projector (the link the projector shows is cross-cutting and stays in lib/ipc.ts).
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { RoomDevice } from '../../bindings/RoomDevice';
import type { RoomInvitation } from '../../bindings/RoomInvitation';
import { call } from '../../lib/ipc';

/** The address the room would listen on by default (the laptop's on the default route). */
export const defaultRoomAddress = (): Promise<string> => call('default_room_address');

/** Opens the room for a meeting: a server on the local network, with a new secret link. */
export const openRoom = (meetingId: string, address: string | null, admitEveryone: boolean): Promise<RoomInvitation> =>
  call('open_room', { meetingId, address, admitEveryone });

/** Closes the room: every device is signed out. */
export const closeRoom = (): Promise<void> => call('close_room');

/** The open room (link, QR code, devices), or null. */
export const roomStatus = (): Promise<RoomInvitation | null> => call('room_status');

export const admitDevice = (id: string): Promise<RoomDevice> => call('admit_device', { id });

export const refuseDevice = (id: string): Promise<RoomDevice> => call('refuse_device', { id });

/** Removes a device: signed out and locked out until the room closes. */
export const removeDevice = (id: string): Promise<RoomDevice> => call('remove_device', { id });

export const setRoomAdmitEveryone = (on: boolean): Promise<void> => call('set_room_admit_everyone', { on });

/** Puts the room's QR code and link on the projector, or takes them off. */
export const showRoomOnProjector = (on: boolean): Promise<void> => call('show_room_on_projector', { on });
