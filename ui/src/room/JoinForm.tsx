// The join screen: a name and a role, sent with the secret from the link the facilitator shows.
// Without a secret there is nothing to join, so it says where to find the link instead.
import { useState } from 'react';
import type { FormEvent } from 'react';

import type { Role } from '../bindings/Role';
import { join, RoomError } from './api';
import type { Me } from './api';

const MAX_NAME = 80;

export function JoinForm({ secret, onJoined }: { secret: string | null; onJoined: (m: Me) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('participant');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!secret) {
    return (
      <p className="room-note" role="alert">
        Open the link (or scan the QR code) the facilitator shows to join the room.
      </p>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    join(secret, name, role)
      .then(onJoined)
      .catch((err: unknown) => setError(err instanceof RoomError ? err.message : 'The laptop cannot be reached.'))
      .finally(() => setBusy(false));
  };
  return (
    <form className="room-card room-join" onSubmit={submit} aria-labelledby="join-title">
      <h1 id="join-title">Join the meeting</h1>
      <label>
        Your name
        <input
          name="name"
          value={name}
          maxLength={MAX_NAME}
          required
          autoComplete="name"
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <fieldset>
        <legend>You take part as</legend>
        <label className="room-choice">
          <input type="radio" name="role" value="participant" checked={role === 'participant'} onChange={() => setRole('participant')} />
          Participant
        </label>
        <label className="room-choice">
          <input type="radio" name="role" value="ambassador" checked={role === 'ambassador'} onChange={() => setRole('ambassador')} />
          Customer ambassador (reacts as the customer)
        </label>
      </fieldset>
      {error && (
        <p className="room-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="room-primary" disabled={busy || name.trim() === ''}>
        Join
      </button>
    </form>
  );
}
