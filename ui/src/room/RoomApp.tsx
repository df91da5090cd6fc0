// The room's page: join with a name and a role, wait for the facilitator, then follow the
// meeting live (the chair, the question, the decision being written, the decisions with their
// impacts and reactions, the pinned evidence). Ambassadors react; anyone says "I'm speaking
// for the customer". Writes go through a queue that survives losing the network.
// Everything from the laptop is rendered as text (React escapes it); nothing here navigates.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';

import type { AnnotationFlag } from '../bindings/AnnotationFlag';
import type { Role } from '../bindings/Role';
import type { RoomDecision } from '../bindings/RoomDecision';
import type { RoomReaction } from '../bindings/RoomReaction';
import type { RoomView } from '../bindings/RoomView';
import type { Stance } from '../bindings/Stance';
import {
  join,
  live,
  loadQueue,
  me as fetchMe,
  newId,
  RoomError,
  saveQueue,
  send,
  takeSecret,
  withReaction,
} from './api';
import type { Me, Pending, ReactionBody } from './api';

const STANCES: Array<[Stance, string]> = [
  ['supports', 'Supports'],
  ['concerned', 'Concerned'],
  ['opposes', 'Opposes'],
];
const FLAGS: Array<[AnnotationFlag, string]> = [
  ['would_tell_others', 'Would tell others'],
  ['would_leave', 'Would leave'],
  ['would_pay_more', 'Would pay more'],
];
const MAX_NAME = 80;
const MAX_COMMENT = 2000;

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

function JoinForm({ secret, onJoined }: { secret: string | null; onJoined: (m: Me) => void }) {
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

function Waiting({ me, onChange, onOut }: { me: Me; onChange: (m: Me) => void; onOut: (message: string) => void }) {
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

function Live({ me, onOut }: { me: Me; onOut: (message: string) => void }) {
  const [view, setView] = useState<RoomView | null>(null);
  /** The live stream is up. */
  const [connected, setConnected] = useState(true);
  /** The last write could not reach the laptop. */
  const [unreachable, setUnreachable] = useState(false);
  const [queue, setQueue] = useState<Pending[]>(loadQueue);
  const [notice, setNotice] = useState<string | null>(null);
  const flushing = useRef(false);

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

  const enqueue = useCallback((p: Pending) => {
    setQueue((q) => {
      const next = [...q, p];
      saveQueue(next);
      return next;
    });
  }, []);

  // Sends the queue in order; stops at the first network failure and tries again later.
  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (;;) {
        const [first] = loadQueue();
        if (!first) break;
        try {
          const reaction = await send(first);
          setUnreachable(false);
          if (reaction && first.kind === 'react') setView((v) => (v ? withReaction(v, first.decisionId, reaction) : v));
        } catch (e) {
          if (!(e instanceof RoomError)) {
            setUnreachable(true);
            break;
          }
          setUnreachable(false);
          if (e.status === 429) break;
          setNotice(e.message);
        }
        const rest = loadQueue().filter((p) => p.clientId !== first.clientId);
        saveQueue(rest);
        setQueue(rest);
      }
    } finally {
      flushing.current = false;
    }
  }, []);

  useEffect(() => {
    if (queue.length > 0) void flush();
  }, [queue, flush, connected]);
  useEffect(() => {
    const retry = () => void flush();
    window.addEventListener('online', retry);
    const timer = window.setInterval(retry, 3000);
    return () => {
      window.removeEventListener('online', retry);
      window.clearInterval(timer);
    };
  }, [flush]);

  const offline = !connected || unreachable;
  return (
    <>
      <p className={offline || queue.length > 0 ? 'room-status room-offline' : 'room-status'} role="status" data-testid="connection">
        {offline
          ? `Offline — ${queue.length} waiting to send; they will be sent when the laptop is back.`
          : queue.length > 0
            ? `Sending ${queue.length}…`
            : 'Live'}
      </p>
      {notice && (
        <p className="room-error" role="alert">
          {notice}
        </p>
      )}
      {!view ? (
        <p className="room-note">Loading the meeting…</p>
      ) : (
        <MeetingView view={view} me={me} enqueue={enqueue} />
      )}
    </>
  );
}

function MeetingView({ view, me, enqueue }: { view: RoomView; me: Me; enqueue: (p: Pending) => void }) {
  const [spoke, setSpoke] = useState(false);
  return (
    <div className="room-meeting">
      <h1 className="room-title">{view.title}</h1>
      {view.personas.map((p) => (
        <section key={p.name} className="room-card room-persona" aria-label={`The customer: ${p.name}`}>
          <h2>{p.name}</h2>
          {p.segment && <p className="room-muted">{p.segment}</p>}
          {p.quote && <blockquote>“{p.quote}”</blockquote>}
          <List title="Goals" items={p.goals} />
          <List title="Frustrations" items={p.frustrations} />
          <List title="Needs" items={p.needs} />
        </section>
      ))}
      <button
        type="button"
        className="room-primary room-speak"
        onClick={() => {
          enqueue({ kind: 'speaking', clientId: newId() });
          setSpoke(true);
        }}
      >
        I’m speaking for the customer
      </button>
      {spoke && (
        <p className="room-muted" role="status">
          Noted: the room heard the customer.
        </p>
      )}
      {view.question && (
        <section className="room-card" aria-label="The current question">
          <h2>Question</h2>
          <p className="room-question">{view.question}</p>
        </section>
      )}
      {view.draft && (
        <section className="room-card room-draft" aria-label="The decision being written">
          <h2>Being written</h2>
          <p>{view.draft}</p>
        </section>
      )}
      <section aria-label="Decisions">
        <h2>Decisions</h2>
        {view.decisions.length === 0 && <p className="room-muted">No decision recorded yet.</p>}
        <ol className="room-decisions">
          {view.decisions.map((d) => (
            <DecisionCard key={d.id} decision={d} me={me} enqueue={enqueue} />
          ))}
        </ol>
      </section>
      {view.evidence.length > 0 && (
        <section aria-label="Evidence">
          <h2>Evidence</h2>
          <ul className="room-evidence">
            {view.evidence.map((a) => (
              <li key={a.id} className="room-card">
                <p>{a.text}</p>
                <p className="room-muted">{[a.saidOn, a.channel].filter(Boolean).join(' · ')}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function List({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}

function DecisionCard({ decision, me, enqueue }: { decision: RoomDecision; me: Me; enqueue: (p: Pending) => void }) {
  const mine = decision.reactions.find((r) => r.personId !== null && r.personId === me.personId);
  const [editing, setEditing] = useState(false);
  return (
    <li className="room-card room-decision" data-decision-id={decision.id}>
      <p className="room-statement">{decision.statement}</p>
      {decision.rationale && <p className="room-muted">{decision.rationale}</p>}
      {decision.impacts.length > 0 && (
        <ul className="room-impacts" aria-label="Customer impacts">
          {decision.impacts.map((i, n) => (
            <li key={n} className={`room-impact room-impact-${i.direction}`}>
              <strong>{i.who || 'Customers'}</strong>: {i.direction}
              {i.whatChanges && ` — ${i.whatChanges}`}
            </li>
          ))}
        </ul>
      )}
      <ul className="room-reactions" aria-label="Reactions">
        {decision.reactions.map((r) => (
          <Reaction key={r.id} reaction={r} />
        ))}
      </ul>
      {me.role === 'ambassador' &&
        (mine && !editing ? (
          <div className="room-actions">
            <button type="button" onClick={() => setEditing(true)}>
              Edit my reaction
            </button>
            <button type="button" onClick={() => enqueue({ kind: 'delete', clientId: newId(), id: mine.id })}>
              Delete my reaction
            </button>
          </div>
        ) : (
          <ReactionForm
            initial={editing ? mine : undefined}
            onSave={(body) => {
              if (editing && mine) enqueue({ kind: 'edit', clientId: newId(), id: mine.id, body });
              else enqueue({ kind: 'react', clientId: newId(), decisionId: decision.id, body });
              setEditing(false);
            }}
          />
        ))}
    </li>
  );
}

function Reaction({ reaction }: { reaction: RoomReaction }) {
  const flags = FLAGS.filter(([f]) => reaction.flags.includes(f)).map(([, label]) => label);
  return (
    <li className={`room-reaction room-stance-${reaction.stance}`}>
      <span className="room-author">{reaction.author}</span>{' '}
      <span className="room-muted">
        {reaction.stance}
        {reaction.feeling !== null && ` · feeling ${reaction.feeling}/5`}
        {flags.length > 0 && ` · ${flags.join(', ')}`}
      </span>
      {reaction.comment && <p className="room-comment">{reaction.comment}</p>}
    </li>
  );
}

function ReactionForm({ initial, onSave }: { initial: RoomReaction | undefined; onSave: (body: ReactionBody) => void }) {
  const [stance, setStance] = useState<Stance>(initial?.stance ?? 'concerned');
  const [feeling, setFeeling] = useState<number | null>(initial?.feeling ?? null);
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [flags, setFlags] = useState<AnnotationFlag[]>(initial?.flags ?? []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave({ stance, feeling, comment: comment.trim(), flags });
    setComment('');
    setFlags([]);
    setFeeling(null);
  };
  return (
    <form className="room-react" onSubmit={submit} aria-label="React as the customer">
      <fieldset>
        <legend>The customer…</legend>
        {STANCES.map(([value, label]) => (
          <label key={value} className="room-choice">
            <input type="radio" name="stance" value={value} checked={stance === value} onChange={() => setStance(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Feeling (1 very unhappy, 5 delighted)</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="room-choice room-feeling">
            <input type="radio" name="feeling" value={n} checked={feeling === n} onChange={() => setFeeling(n)} />
            {n}
          </label>
        ))}
      </fieldset>
      <label>
        In the customer’s words
        <textarea name="comment" value={comment} maxLength={MAX_COMMENT} rows={3} onChange={(e) => setComment(e.target.value)} />
      </label>
      <fieldset>
        <legend>The customer says they…</legend>
        {FLAGS.map(([value, label]) => (
          <label key={value} className="room-choice">
            <input
              type="checkbox"
              name="flags"
              value={value}
              checked={flags.includes(value)}
              onChange={(e) => setFlags((f) => (e.target.checked ? [...f, value] : f.filter((x) => x !== value)))}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="room-primary">
        {initial ? 'Save my reaction' : 'React'}
      </button>
    </form>
  );
}
