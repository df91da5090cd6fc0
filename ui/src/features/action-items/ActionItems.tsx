// The meeting's action items (what, owner, due date, done), on the meeting or on one of its
// decisions, with a form to add one; and, at the start of the next meeting with the same people
// or persona, the open ones of earlier meetings beside "Due for review". The workspace's
// `workspace-changed` reload brings every change back; nothing is kept here but the form.
import { useId, useState, type FormEvent } from 'react';

import type { ActionItem } from '../../bindings/ActionItem';
import type { Decision } from '../../bindings/Decision';
import type { FollowUp } from '../../bindings/FollowUp';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/ipc';
import { addActionItem, deleteActionItem, setActionItemDone } from './api';
import { usePeople } from '../../lib/usePeople';
import './actionItems.css';
import { FieldError } from '../../shared/FieldError';

function Item({ item, about, onError }: { item: ActionItem; about: string | null; onError: (m: string) => void }) {
  const done = item.doneAt !== null;
  return (
    <li className={`action${done ? ' action--done' : ''}`} data-testid="action-item">
      <label className="action__check">
        <input
          type="checkbox"
          checked={done}
          onChange={(e) => setActionItemDone(item.id, e.target.checked).catch((err: unknown) => onError(errorMessage(err)))}
          data-testid="action-item-done"
        />
        <span className="action__what" data-testid="action-item-what">
          {item.what}
        </span>
      </label>
      <span className="action__meta">
        {item.owner ? item.owner : 'No owner'}
        {item.dueOn && ` · due ${formatDate(item.dueOn)}`}
        {about && ` · on “${about}”`}
      </span>
      <button
        type="button"
        className="btn btn--small btn--danger-quiet"
        onClick={() => deleteActionItem(item.id).catch((err: unknown) => onError(errorMessage(err)))}
        aria-label={`Delete action item “${item.what}”`}
      >
        ×
      </button>
    </li>
  );
}

type Props = { meetingId: string; items: ActionItem[]; decisions: Decision[]; readOnly?: boolean };

export function ActionItems({ meetingId, items, decisions, readOnly = false }: Props) {
  const id = useId();
  const { people } = usePeople();
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const statement = (did: string | null) => (did ? (decisions.find((d) => d.id === did)?.statement ?? null) : null);

  async function add(e: FormEvent) {
    e.preventDefault();
    if (what.trim() === '' || busy) return;
    setBusy(true);
    setError(null);
    try {
      const person = people.find((p) => p.id === owner);
      await addActionItem({
        meetingId,
        decisionId: decisionId || null,
        what: what.trim(),
        ownerPersonId: person ? person.id : null,
        owner: null,
        dueOn: due || null,
      });
      setWhat('');
      setDue('');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

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
            <Item key={i.id} item={i} about={statement(i.decisionId)} onError={setError} />
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="actions__form" onSubmit={(e) => void add(e)} noValidate>
          <div className="field">
            <label htmlFor={`${id}-what`}>What will be done</label>
            <input id={`${id}-what`} value={what} onChange={(e) => setWhat(e.target.value)} maxLength={2000} data-testid="action-item-input" />
          </div>
          <div className="field-row field-row--3">
            <div className="field">
              <label htmlFor={`${id}-owner`}>Owner</label>
              <select id={`${id}-owner`} value={owner} onChange={(e) => setOwner(e.target.value)} data-testid="action-item-owner">
                <option value="">Nobody yet</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-due`}>Due</label>
              <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} data-testid="action-item-due" />
            </div>
            <div className="field">
              <label htmlFor={`${id}-on`}>On</label>
              <select id={`${id}-on`} value={decisionId} onChange={(e) => setDecisionId(e.target.value)} data-testid="action-item-decision">
                <option value="">The meeting</option>
                {decisions.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.statement}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button type="submit" className="btn" disabled={what.trim() === '' || busy} data-testid="add-action-item">
            Add action item
          </button>
        </form>
      )}
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
          <Item key={f.item.id} item={f.item} about={f.decisionStatement ?? `${f.meetingTitle}, ${formatDate(f.heldOn)}`} onError={setError} />
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
