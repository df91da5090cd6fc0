// The live stream from the laptop: the meeting as the room sees it, reactions as they arrive,
// whether the stream is up, and the end of this device's place in the room.
import { useEffect, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';

import type { RoomView } from '../bindings/RoomView';
import { live, withReaction } from './api';

export type LiveView = {
  view: RoomView | null;
  setView: Dispatch<SetStateAction<RoomView | null>>;
  /** The live stream is up. */
  connected: boolean;
};

export function useLiveView(onOut: (message: string) => void): LiveView {
  const [view, setView] = useState<RoomView | null>(null);
  const [connected, setConnected] = useState(true);

  useEffect(
    () =>
      live(
        (e) => {
          if (e.type === 'view') setView(e.view);
          else if (e.type === 'reaction') setView((v) => (v ? withReaction(v, e.decisionId, e.reaction) : v));
          else onOut('You are no longer in the room: the facilitator closed it or removed this device.');
        },
        () => setConnected(true),
        () => setConnected(false),
      ),
    [onOut],
  );
  return { view, setView, connected };
}
