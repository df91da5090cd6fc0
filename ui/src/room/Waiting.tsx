// The waiting screen: asks the laptop every 1.5 s whether the facilitator has let this device in
// (or refused it), and reports a closed room.
import { useEffect } from 'react';

import { me as fetchMe, RoomError } from './api';
import type { Me } from './api';

export function Waiting({ me, onChange, onOut }: { me: Me; onChange: (m: Me) => void; onOut: (message: string) => void }) {
  useEffect(() => {
    const timer = window.setInterval(() => {
      fetchMe()
        .then((m) => {
          if (m.status !== me.status) onChange(m);
        })
        .catch((e: unknown) => {
          if (e instanceof RoomError && e.status === 401) onOut('The room was closed.');
        });
    }, 1500);
    return () => window.clearInterval(timer);
  }, [me.status, onChange, onOut]);
  return (
    <p className="room-note" role="status">
      Waiting for the facilitator to let you in…
    </p>
  );
}
