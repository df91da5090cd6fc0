// The "?" e-mail: hands an anecdote to an owner with a deadline in hours and the note "?".
// The owner is typed freely; the people of the workspace are offered as suggestions. What the
// backend refuses is shown beside the field it is about.
import { useId, useState, type FormEvent } from 'react';

import type { Escalation } from '../../bindings/Escalation';
import { escalateAnecdote } from './api';
import { useSaving } from '../../lib/useSaving';
import { LabelledInput } from '../../shared/LabelledInput';
import { DeadlineField, type Preset } from './DeadlineField';
import { EscalationForm } from './EscalationForm';
import { FieldErrorText, describedBy, fieldError } from './fieldError';
import { OwnerField } from './OwnerField';

export { DEADLINE_PRESETS } from './DeadlineField';

const FIELDS = ['owner', 'deadlineHours', 'note'] as const;

type Props = {
  anecdote: { id: string; text: string };
  /** The meeting it is raised in, if any. */
  meetingId?: string | null;
  onEscalated: (e: Escalation) => void;
  onClose: () => void;
};

export function EscalateDialog({ anecdote, meetingId = null, onEscalated, onClose }: Props) {
  const id = useId();
  const [owner, setOwner] = useState('');
  const [preset, setPreset] = useState<Preset>(24);
  const [custom, setCustom] = useState('');
  const [note, setNote] = useState('?');
  const { busy, error, setError, run } = useSaving((e) => fieldError(e, FIELDS));

  const hours = preset === 'custom' ? Number(custom) : preset;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (owner.trim() === '') {
      setError({ field: 'owner', message: 'Who should find out what happened? Name an owner.' });
      return;
    }
    if (!Number.isInteger(hours) || hours < 1 || hours > 8760) {
      setError({ field: 'deadlineHours', message: 'The deadline is a whole number of hours, from 1 to 8760.' });
      return;
    }
    void run(async () => {
      const done = await escalateAnecdote({
        anecdoteId: anecdote.id,
        owner: owner.trim(),
        deadlineHours: hours,
        note: note.trim() === '' ? '?' : note,
        meetingId,
      });
      onEscalated(done);
    });
  }

  return (
    <EscalationForm
      title="Escalate to an owner"
      testId="escalate-dialog"
      quote={anecdote.text}
      onSubmit={submit}
      onClose={onClose}
      id={id}
      error={error}
      busy={busy}
      saveLabel="Escalate"
      busyLabel="Escalating…"
      saveTestId="escalate-save"
    >
      <OwnerField id={id} value={owner} onChange={setOwner} error={error} />
      <DeadlineField id={id} preset={preset} onPreset={setPreset} custom={custom} onCustom={setCustom} error={error} />
      <LabelledInput
        id={`${id}-note`}
        label="Note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        data-testid="escalate-note"
        {...describedBy(error, 'note', id)}
      >
        <p className="hint">“?” asks: what happened, and how is it fixed?</p>
        <FieldErrorText error={error} field="note" id={id} />
      </LabelledInput>
    </EscalationForm>
  );
}
