// The form under a meeting's action items: what will be done, its owner (one of the people),
// when it is due and whether it is on the meeting or one of its decisions. What and the due
// date are cleared once added; owner and decision stay for the next one.
import { useState, type FormEvent } from 'react';

import type { Decision } from '../../bindings/Decision';
import { errorMessage } from '../../lib/ipc';
import { usePeople } from '../../lib/usePeople';
import { DateField } from '../../shared/DateField';
import { LabelledSelect } from '../../shared/LabelledSelect';
import { addActionItem } from './api';

type Props = {
  meetingId: string;
  decisions: Decision[];
  /** The card's id, the start of the fields' ids. */
  idBase: string;
  /** Why adding failed; null when a new try starts. */
  onError: (message: string | null) => void;
};

export function AddActionItemForm({ meetingId, decisions, idBase: id, onError }: Props) {
  const { people } = usePeople();
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [busy, setBusy] = useState(false);

  async function add(e: FormEvent) {
    e.preventDefault();
    if (what.trim() === '' || busy) return;
    setBusy(true);
    onError(null);
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
      onError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const owners = people.map((p) => ({ value: p.id, label: p.name }));
  const targets = decisions.map((d) => ({ value: d.id, label: d.statement }));
  return (
    <form className="actions__form" onSubmit={(e) => void add(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-what`}>What will be done</label>
        <input id={`${id}-what`} value={what} onChange={(e) => setWhat(e.target.value)} maxLength={2000} data-testid="action-item-input" />
      </div>
      <div className="field-row field-row--3">
        <LabelledSelect id={`${id}-owner`} label="Owner" value={owner} onChange={setOwner} testId="action-item-owner" anyLabel="Nobody yet" options={owners} />
        <DateField id={`${id}-due`} label="Due" value={due} onChange={setDue} testId="action-item-due" />
        <LabelledSelect id={`${id}-on`} label="On" value={decisionId} onChange={setDecisionId} testId="action-item-decision" anyLabel="The meeting" options={targets} />
      </div>
      <button type="submit" className="btn" disabled={what.trim() === '' || busy} data-testid="add-action-item">
        Add action item
      </button>
    </form>
  );
}
