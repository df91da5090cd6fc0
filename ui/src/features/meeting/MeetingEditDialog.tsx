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
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { errorMessage } from '../../lib/ipc';
import { thenClose, useSaving } from '../../lib/useSaving';
import { formOf, nudgeMinutes, toMeetingEdit, type MeetingForm } from './meetingEdit';
import { MeetingEditFields } from './MeetingEditFields';
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
  const { busy, error, run } = useSaving(errorMessage);
  const [confirming, setConfirming] = useState(false);
  const set = (patch: Partial<MeetingForm>) => setForm((f) => ({ ...f, ...patch }));
  const valid = form.title.trim() !== '' && nudgeMinutes(form.nudge) !== null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!valid || busy) return;
    await run(thenClose(() => onSave(toMeetingEdit(form)), onClose));
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
        <MeetingEditFields id={id} form={form} set={set} personas={personas} decks={decks} />
        {error && <FieldError>{error}</FieldError>}
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
