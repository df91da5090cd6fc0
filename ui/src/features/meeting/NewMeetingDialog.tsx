// "New meeting": title, date, goal, who sits in the chair (one persona or several), which
// questions to work through, the agenda with planned minutes, who is in the room with their
// roles, when the chair should speak up, and whether it starts now; creates the meeting and
// hands it back to be opened.
import { useId, useState, type FormEvent } from 'react';

import type { NewMeeting } from '../../bindings/NewMeeting';
import type { Persona } from '../../bindings/Persona';
import type { PromptDeck } from '../../bindings/PromptDeck';
import { errorMessage } from '../../lib/ipc';
import { thenClose, useSaving } from '../../lib/useSaving';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { FieldError } from '../../shared/FieldError';
import { newMeetingForm, toNewMeeting, type NewMeetingForm } from './newMeeting';
import { NewMeetingFields } from './NewMeetingFields';

export { DEFAULT_NUDGE_MINUTES } from './newMeeting';

type Props = {
  personas: Persona[];
  decks: PromptDeck[];
  onCreate: (input: NewMeeting) => Promise<void>;
  onClose: () => void;
};

export function NewMeetingDialog({ personas, decks, onCreate, onClose }: Props) {
  const id = useId();
  const [form, setForm] = useState<NewMeetingForm>(() => newMeetingForm(personas, decks));
  const set = (patch: Partial<NewMeetingForm>) => setForm((f) => ({ ...f, ...patch }));
  const { busy, error, run } = useSaving(errorMessage);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (form.title.trim() === '' || busy) return;
    await run(thenClose(() => onCreate(toNewMeeting(form)), onClose));
  }

  return (
    <Modal title="New meeting" onClose={onClose} testId="new-meeting-dialog" className="modal--large">
      <form onSubmit={submit} className="new-meeting" noValidate>
        <NewMeetingFields id={id} form={form} set={set} personas={personas} decks={decks} />
        {error && <FieldError>{error}</FieldError>}
        <FormFooter
          onCancel={onClose}
          saveLabel={form.startNow ? 'Start meeting' : 'Plan meeting'}
          busyLabel="Creating…"
          busy={busy}
          disabled={form.title.trim() === '' || busy}
          saveTestId="create-meeting"
        />
      </form>
    </Modal>
  );
}
