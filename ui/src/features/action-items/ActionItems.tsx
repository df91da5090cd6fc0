// The meeting's action items (what, owner, due date, done), on the meeting or on one of its
// decisions, with a form to add one; and, at the start of the next meeting with the same people
// or persona, the open ones of earlier meetings beside "Due for review". The workspace's
// `workspace-changed` reload brings every change back; nothing is kept here but the form.
import { useId, useState } from 'react';

import type { ActionItem } from '../../bindings/ActionItem';
import type { Decision } from '../../bindings/Decision';
import type { FollowUp } from '../../bindings/FollowUp';
import { formatDate } from '../../lib/format';
import './actionItems.css';
import { FieldError } from '../../shared/FieldError';
import { ActionItemRow } from './ActionItemRow';
import { AddActionItemForm } from './AddActionItemForm';

type Props = { meetingId: string; items: ActionItem[]; decisions: Decision[]; readOnly?: boolean };

export function ActionItems({ meetingId, items, decisions, readOnly = false }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const statement = (did: string | null) => (did ? (decisions.find((d) => d.id === did)?.statement ?? null) : null);

  return (
    <section className="card actions-card" data-testid="action-items" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        Action items <span className="count">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">No follow-ups yet.</p>
      ) : (
        <ul className="actions__list">
          {items.map((i) => (
            <ActionItemRow key={i.id} item={i} about={statement(i.decisionId)} onError={setError} />
          ))}
        </ul>
      )}
      {!readOnly && <AddActionItemForm meetingId={meetingId} decisions={decisions} idBase={id} onError={setError} />}
      {error && (
        <FieldError>
          {error}
        </FieldError>
      )}
    </section>
  );
}

/** Open action items of earlier meetings with the same people or persona. */
export function FollowUps({ followUps }: { followUps: FollowUp[] }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  if (followUps.length === 0) return null;
  return (
    <section className="card actions-card" data-testid="follow-ups" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        Open action items from earlier meetings <span className="count">{followUps.length}</span>
      </h2>
      <ul className="actions__list">
        {followUps.map((f) => (
          <ActionItemRow key={f.item.id} item={f.item} about={f.decisionStatement ?? `${f.meetingTitle}, ${formatDate(f.heldOn)}`} onError={setError} />
        ))}
      </ul>
      {error && (
        <FieldError>
          {error}
        </FieldError>
      )}
    </section>
  );
}
