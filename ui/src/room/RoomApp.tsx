// The room's page: join with a name and a role, wait for the facilitator, then follow the
// meeting live (the chair, the question, the decision being written, the decisions with their
// impacts and reactions, the pinned evidence). Ambassadors react; anyone says "I'm speaking
// for the customer". Writes go through a queue that survives losing the network.
// Everything from the laptop is rendered as text (React escapes it); nothing here navigates.
// This file owns the phases (connecting, join, waiting, in, out) and the header; each screen,
// the live stream and the write queue are in files of their own beside it.
import { useCallback, useEffect, useRef, useState } from 'react';

import { me as fetchMe, takeSecret } from './api';
import type { Me } from './api';
import { JoinForm } from './JoinForm';
import { Live } from './Live';
import { Waiting } from './Waiting';

type Phase =
  | { kind: 'loading' }
  | { kind: 'join'; secret: string | null }
  | { kind: 'in'; me: Me }
  | { kind: 'out'; message: string };

export function RoomApp() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  // The secret is read (and removed from the address bar) once, before anything else.
  const secret = useRef<string | null | undefined>(undefined);
  if (secret.current === undefined) secret.current = takeSecret();

  const enter = useCallback((m: Me) => setPhase({ kind: 'in', me: m }), []);
  const leave = useCallback((message: string) => setPhase({ kind: 'out', message }), []);

  useEffect(() => {
    fetchMe()
      .then((m) => setPhase({ kind: 'in', me: m }))
      .catch(() => setPhase({ kind: 'join', secret: secret.current ?? null }));
  }, []);

  return (
    <main className="room" aria-live="polite">
      <header className="room-header">
        <span className="room-brand">Empty Chair</span>
        {phase.kind === 'in' && (
          <span className="room-who">
            {phase.me.name} · {phase.me.role === 'ambassador' ? 'Ambassador' : 'Participant'}
          </span>
        )}
      </header>
      {phase.kind === 'loading' && <p className="room-note">Connecting…</p>}
      {phase.kind === 'join' && <JoinForm secret={phase.secret} onJoined={enter} />}
      {phase.kind === 'in' && phase.me.status === 'waiting' && (
        <Waiting me={phase.me} onChange={enter} onOut={leave} />
      )}
      {phase.kind === 'in' && phase.me.status === 'admitted' && (
        <Live me={phase.me} onOut={leave} />
      )}
      {phase.kind === 'in' && (phase.me.status === 'refused' || phase.me.status === 'removed') && (
        <p className="room-note" role="alert">
          The facilitator did not let this device in.
        </p>
      )}
      {phase.kind === 'out' && (
        <p className="room-note" role="alert">
          {phase.message}
        </p>
      )}
    </main>
  );
}
