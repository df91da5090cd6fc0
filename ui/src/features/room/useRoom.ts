// The room panel's state: the room as the backend has it (undefined while loading, null when
// closed), the form to open it, how long it has been open, whether its code is on the projector,
// and `act`, which runs one change and reads the room again. Focus returns to "Open the room"
// when the room closes under it.
import { useEffect, useRef, useState } from 'react';

import type { RoomInvitation } from '../../bindings/RoomInvitation';
import { errorMessage, projectorRoom } from '../../lib/ipc';
import { defaultRoomAddress, roomStatus } from './api';

export function useRoom(refreshKey: number) {
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

  return {
    room, address, setAddress, admitEveryone, setAdmitEveryone, error, busy, openFor,
    onProjector, setOnProjector, openButton, act,
  };
}
