// "New meeting": title, date, goal, who sits in the chair (one persona or several), which
// questions to work through, the agenda with planned minutes, who is in the room with their
// roles, when the chair should speak up, and whether it starts now; creates the meeting and
// hands it back to be opened.
import { useId, useState, type FormEvent } from 'react';

import type { NewMeeting } from '../../bindings/NewMeeting';
import type { Persona } from '../../bindings/Persona';
import type { PromptDeck } from '../../bindings/PromptDeck';
import { todayIso } from '../../lib/format';
import { errorMessage } from '../../lib/ipc';
import { AgendaRows, agendaRow, toAgenda, type AgendaRow } from './AgendaRows';
import { AttendeeRows, attendeeRow, toAttendees, type AttendeeRow } from './AttendeeRows';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { PersonaChecklist } from '../../shared/PersonaChecklist';
import { FieldError } from '../../shared/FieldError';

export const DEFAULT_NUDGE_MINUTES = 10;

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
  const [personaIds, setPersonaIds] = useState<string[]>(personas[0] ? [personas[0].id] : []);
  const [deckId, setDeckId] = useState(decks[0]?.id ?? '');
  const [agenda, setAgenda] = useState<AgendaRow[]>(() => [agendaRow()]);
  const [attendees, setAttendees] = useState<AttendeeRow[]>(() => [attendeeRow('facilitator')]);
  const [nudge, setNudge] = useState(String(DEFAULT_NUDGE_MINUTES));
  const [startNow, setStartNow] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (title.trim() === '' || busy) return;
    const minutes = Number.parseInt(nudge, 10);
    const input: NewMeeting = {
      title: title.trim(),
      goal: goal.trim(),
      personaIds,
      agenda: toAgenda(agenda),
      attendees: toAttendees(attendees),
      nudgeMinutes: Number.isFinite(minutes) && minutes >= 0 ? minutes : DEFAULT_NUDGE_MINUTES,
    };
    if (heldOn) input.heldOn = heldOn;
    if (deckId) input.deckId = deckId;
    if (!startNow) input.planned = true;
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
    <Modal title="New meeting" onClose={onClose} testId="new-meeting-dialog" className="modal--large">
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
            <label htmlFor={`${id}-deck`}>Questions to work through</label>
            <select id={`${id}-deck`} value={deckId} onChange={(e) => setDeckId(e.target.value)} data-testid="new-meeting-deck">
              {decks.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name} ({d.prompts.length})
                </option>
              ))}
              <option value="">No questions</option>
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
        <PersonaChecklist
          legend="In the chair (one or several)"
          personas={personas}
          selected={personaIds}
          onChange={setPersonaIds}
          testId="new-meeting-personas"
        />
        <AgendaRows rows={agenda} onChange={setAgenda} idPrefix={id} />
        <AttendeeRows rows={attendees} onChange={setAttendees} idPrefix={id} />
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-nudge`}>Nudge after … minutes without the customer</label>
            <input
              id={`${id}-nudge`}
              type="number"
              min={0}
              max={240}
              inputMode="numeric"
              value={nudge}
              onChange={(e) => setNudge(e.target.value)}
              data-testid="new-meeting-nudge"
            />
          </div>
          <label className="check new-meeting__start">
            <input type="checkbox" checked={startNow} onChange={(e) => setStartNow(e.target.checked)} data-testid="new-meeting-start-now" />
            Start it now (else it waits, planned)
          </label>
        </div>
        {error && (
          <FieldError>
            {error}
          </FieldError>
        )}
        <FormFooter
          onCancel={onClose}
          saveLabel={startNow ? 'Start meeting' : 'Plan meeting'}
          busyLabel="Creating…"
          busy={busy}
          disabled={title.trim() === '' || busy}
          saveTestId="create-meeting"
        />
      </form>
    </Modal>
  );
}
