// The projector window (the app loaded at `#projector`): loads the last state the main window
// sent, then follows every `projector-state` event. Dark unless the user picked the light theme.
import { useEffect, useState } from 'react';

import type { ProjectorRoom } from '../../bindings/ProjectorRoom';
import type { ProjectorState } from '../../bindings/ProjectorState';
import { errorMessage, onProjectorRoom, onProjectorState, projectorRoom } from '../../lib/ipc';
import { getProjectorState } from './api';
import { qrSource } from '../room/RoomPanel';
import { THEME_KEY, applyTheme, storedTheme } from '../../lib/theme';
import { ProjectorView } from './ProjectorView';

export function ProjectorApp() {
  const [state, setState] = useState<ProjectorState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [room, setRoom] = useState<ProjectorRoom | null>(null);

  useEffect(() => {
    let disposed = false;
    let unlisten: (() => void) | null = null;
    let pushed = false;
    onProjectorRoom((r) => {
      pushed = true;
      setRoom(r);
    })
      .then((stop) => {
        if (disposed) stop();
        else unlisten = stop;
      })
      .catch(() => undefined);
    projectorRoom()
      .then((r) => {
        if (!disposed && !pushed) setRoom(r);
      })
      .catch(() => undefined);
    return () => {
      disposed = true;
      unlisten?.();
    };
  }, []);

  useEffect(() => {
    const follow = () => applyTheme(storedTheme() ?? 'dark');
    follow();
    const onStorage = (e: StorageEvent) => {
      if (e.key === THEME_KEY) follow();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  useEffect(() => {
    let disposed = false;
    let unlisten: (() => void) | null = null;
    /** An event that arrived before the first load answered is newer than that answer. */
    let pushed = false;
    onProjectorState((s) => {
      pushed = true;
      setState(s);
    })
      .then((stop) => {
        if (disposed) stop();
        else unlisten = stop;
      })
      .catch((e: unknown) => setError(errorMessage(e)));
    getProjectorState()
      .then((s) => {
        if (!disposed && !pushed) setState(s);
      })
      .catch((e: unknown) => {
        if (!disposed) setError(errorMessage(e));
      });
    return () => {
      disposed = true;
      unlisten?.();
    };
  }, []);

  return (
    <>
      <ProjectorView state={state} />
      {room && (
        <aside className="projector__room" data-testid="projector-room" aria-label="Join the meeting from your phone">
          <img src={qrSource(room.qrSvg)} alt="QR code of the room's link" />
          <p>Scan to join the meeting</p>
          <code>{room.url}</code>
        </aside>
      )}
      {error && (
        <p className="projector__error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
