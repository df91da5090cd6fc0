// One decision in the room: its statement, rationale, customer impacts and reactions, and for an
// ambassador the way to react as the customer, or to edit or delete their own reaction.
import { useState } from 'react';

import type { RoomDecision } from '../bindings/RoomDecision';
import type { RoomReaction } from '../bindings/RoomReaction';
import { newId } from './api';
import type { Me, Pending } from './api';
import { FLAGS, ReactionForm } from './ReactionForm';

export function DecisionCard({ decision, me, enqueue }: { decision: RoomDecision; me: Me; enqueue: (p: Pending) => void }) {
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
