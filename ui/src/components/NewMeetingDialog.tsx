// "New meeting": title, date, goal, who sits in the chair, which questions to work through and
// the agenda; creates the meeting and hands it back to be opened.
import { useId, useState, type FormEvent } from 'react';

import type { NewMeeting } from '../bindings/NewMeeting';
import type { Persona } from '../bindings/Persona';
import type { PromptDeck } from '../bindings/PromptDeck';
import { todayIso } from '../lib/format';
import { errorMessage } from '../lib/ipc';
import { Modal } from './Modal';

type Props = {
  personas: Persona[];
  decks: PromptDeck[];
  onCreate: (input: NewMeeting) => Promise<void>;
  onClose: () => void;
};

export function NewMeetingDialog({ personas, decks, onCreate, onClose }: Props) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState(todayIso());
  const [goal, setGoal] = useState('');
  const [personaId, setPersonaId] = useState(personas[0]?.id ?? '');
  const [deckId, setDeckId] = useState(decks[0]?.id ?? '');
  const [agenda, setAgenda] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (title.trim() === '' || busy) return;
    const input: NewMeeting = {
      title: title.trim(),
      goal: goal.trim(),
      personaIds: personaId ? [personaId] : [],
      agenda: agenda
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    };
    if (heldOn) input.heldOn = heldOn;
    if (deckId) input.deckId = deckId;
    setBusy(true);
    setError(null);
    try {
      await onCreate(input);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <Modal title="New meeting" onClose={onClose} testId="new-meeting-dialog" className="modal--wide">
      <form onSubmit={submit} className="new-meeting" noValidate>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. Returns policy review"
            required
            data-testid="new-meeting-title"
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-date`}>Date</label>
            <input
              id={`${id}-date`}
              type="date"
              value={heldOn}
              onChange={(e) => setHeldOn(e.target.value)}
              data-testid="new-meeting-date"
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-persona`}>In the chair</label>
            <select
              id={`${id}-persona`}
              value={personaId}
              onChange={(e) => setPersonaId(e.target.value)}
              data-testid="new-meeting-persona"
            >
              {personas.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.segment ? ` (${p.segment})` : ''}
                </option>
              ))}
              <option value="">No one yet</option>
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-goal`}>Goal</label>
          <input
            id={`${id}-goal`}
            value={goal}
            onChange={(e) => setGoal(e.target.value)}
            placeholder="What should the meeting decide?"
            data-testid="new-meeting-goal"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-deck`}>Questions to work through</label>
          <select
            id={`${id}-deck`}
            value={deckId}
            onChange={(e) => setDeckId(e.target.value)}
            data-testid="new-meeting-deck"
          >
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name} ({d.prompts.length})
              </option>
            ))}
            <option value="">No questions</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-agenda`}>Agenda (one item per line)</label>
          <textarea
            id={`${id}-agenda`}
            rows={3}
            value={agenda}
            onChange={(e) => setAgenda(e.target.value)}
            data-testid="new-meeting-agenda"
          />
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="btn btn--primary"
            disabled={title.trim() === '' || busy}
            data-testid="create-meeting"
          >
            {busy ? 'Starting…' : 'Start meeting'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
