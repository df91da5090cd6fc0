// The projector window (the app loaded at `#projector`): loads the last state the main window
// sent, then follows every `projector-state` event. Dark unless the user picked the light theme.
import { useEffect } from 'react';

import { onProjectorRoom, onProjectorState, projectorRoom } from '../../lib/ipc';
import { getProjectorState } from './api';
import { qrSource } from '../room/RoomPanel';
import { THEME_KEY, applyTheme, storedTheme } from '../../lib/theme';
import { ProjectorView } from './ProjectorView';
import { useFollowed } from './useFollowed';

/** Dark unless the user picked light; follows a change made in the main window. */
function useProjectorTheme() {
  useEffect(() => {
    const follow = () => applyTheme(storedTheme() ?? 'dark');
    follow();
    const onStorage = (e: StorageEvent) => {
      if (e.key === THEME_KEY) follow();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}

export function ProjectorApp() {
  // The room's link is a nicety: without it (no room open, or it failed) the projector still shows.
  const { value: room } = useFollowed(onProjectorRoom, projectorRoom);
  useProjectorTheme();
  const { value: state, error } = useFollowed(onProjectorState, getProjectorState);

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
