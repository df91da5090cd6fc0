// The meeting as the room follows it: the customer (personas), the "I'm speaking for the
// customer" button, the current question, the decision being written, the decisions and the
// pinned evidence. Everything from the laptop is rendered as text.
import { useState } from 'react';

import type { RoomView } from '../bindings/RoomView';
import { newId } from './api';
import type { Me, Pending } from './api';
import { DecisionCard } from './DecisionCard';

export function MeetingView({ view, me, enqueue }: { view: RoomView; me: Me; enqueue: (p: Pending) => void }) {
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
