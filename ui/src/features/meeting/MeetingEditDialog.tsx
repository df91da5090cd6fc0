// "Edit meeting": everything chosen at "New meeting" can be changed before, during and after
// the meeting: title, date, goal, who sits in the chair, the decks of questions (switched, or a
// second one added mid-meeting), the agenda (added, removed, reordered, minutes), who is in the
// room (a latecomer) and the nudge (0: off). Also where a meeting is deleted: the confirmation
// says its decisions go with it; the caller offers undo.
import { useId, useState, type FormEvent } from 'react';

import type { MeetingView } from '../../bindings/MeetingView';
import type { Persona } from '../../bindings/Persona';
import type { PromptDeck } from '../../bindings/PromptDeck';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { AgendaRows } from './AgendaRows';
import { AttendeeRows } from './AttendeeRows';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { PersonaChecklist } from '../../shared/PersonaChecklist';
import { errorMessage } from '../../lib/ipc';
import { DeckList } from './DeckList';
import { formOf, nudgeMinutes, toMeetingEdit, type MeetingForm } from './meetingEdit';
import type { MeetingEdit } from '../../bindings/MeetingEdit';
import './meetingEdit.css';
import { FieldError } from '../../shared/FieldError';

type Props = {
  view: MeetingView;
  personas: Persona[];
  decks: PromptDeck[];
  onSave: (edit: MeetingEdit) => Promise<void>;
  onDelete: () => Promise<void>;
  onClose: () => void;
};

/** "Its 3 decisions go with it…": what deleting the meeting takes. */
export function deleteMessage(view: MeetingView): string {
  const n = view.decisions.length;
  const decisions =
    n === 0
      ? 'It has no decisions.'
      : n === 1
        ? 'Its decision goes with it, with its impacts, evidence and reactions.'
        : `Its ${n} decisions go with it, with their impacts, evidence and reactions.`;
  return `${decisions} A snapshot of the workspace is taken first, and you can undo for a few seconds.`;
}

export function MeetingEditDialog({ view, personas, decks, onSave, onDelete, onClose }: Props) {
  const id = useId();
  const [form, setForm] = useState<MeetingForm>(() => formOf(view));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const set = (patch: Partial<MeetingForm>) => setForm((f) => ({ ...f, ...patch }));
  const nudge = nudgeMinutes(form.nudge);
  const valid = form.title.trim() !== '' && nudge !== null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSave(toMeetingEdit(form));
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  if (confirming) {
    return (
      <ConfirmDialog
        title={`Delete “${view.meeting.title}”?`}
        message={deleteMessage(view)}
        confirmLabel="Delete meeting"
        onConfirm={onDelete}
        onClose={() => setConfirming(false)}
      />
    );
  }

  return (
    <Modal title="Edit meeting" onClose={onClose} testId="meeting-edit-dialog" className="modal--large">
      <form onSubmit={submit} className="meeting-edit new-meeting" noValidate>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={form.title}
            onChange={(e) => set({ title: e.target.value })}
            required
            aria-invalid={form.title.trim() === ''}
            data-testid="meeting-edit-title"
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-date`}>Date</label>
            <input
              id={`${id}-date`}
              type="date"
              value={form.heldOn}
              onChange={(e) => set({ heldOn: e.target.value })}
              data-testid="meeting-edit-date"
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-nudge`}>Nudge after … minutes without the customer</label>
            <input
              id={`${id}-nudge`}
              type="number"
              min={0}
              max={240}
              inputMode="numeric"
              value={form.nudge}
              onChange={(e) => set({ nudge: e.target.value })}
              aria-invalid={nudge === null}
              aria-describedby={`${id}-nudge-hint`}
              data-testid="meeting-edit-nudge"
            />
            <p id={`${id}-nudge-hint`} className="meeting-edit__hint">
              {nudge === null ? 'A whole number from 0 to 240.' : nudge === 0 ? 'Off: the chair never speaks up.' : '0 turns it off.'}
            </p>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-goal`}>Goal</label>
          <input id={`${id}-goal`} value={form.goal} onChange={(e) => set({ goal: e.target.value })} data-testid="meeting-edit-goal" />
        </div>
        <PersonaChecklist
          legend="In the chair (one or several)"
          personas={personas.filter((p) => p.archivedAt === null || form.personaIds.includes(p.id))}
          selected={form.personaIds}
          onChange={(personaIds) => set({ personaIds })}
          testId="meeting-edit-personas"
        />
        <DeckList decks={decks} selected={form.deckIds} onChange={(deckIds) => set({ deckIds })} />
        <AgendaRows rows={form.agenda} onChange={(agenda) => set({ agenda })} idPrefix={id} />
        <AttendeeRows rows={form.attendees} onChange={(attendees) => set({ attendees })} idPrefix={id} />
        {error && (
          <FieldError>
            {error}
          </FieldError>
        )}
        <FormFooter onCancel={onClose} saveLabel="Save changes" busy={busy} disabled={!valid || busy} saveTestId="meeting-edit-save">
          <button
            type="button"
            className="btn btn--danger-quiet modal__actions-start"
            onClick={() => setConfirming(true)}
            data-testid="meeting-edit-delete"
          >
            Delete meeting…
          </button>
        </FormFooter>
      </form>
    </Modal>
  );
}
