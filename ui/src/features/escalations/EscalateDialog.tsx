// The "?" e-mail: hands an anecdote to an owner with a deadline in hours and the note "?".
// The owner is typed freely; the people of the workspace are offered as suggestions. What the
// backend refuses is shown beside the field it is about.
import { useEffect, useId, useState, type FormEvent } from 'react';

import type { Escalation } from '../../bindings/Escalation';
import type { Person } from '../../bindings/Person';
import { listPeople } from '../../lib/ipc';
import { escalateAnecdote } from './api';
import { useSaving } from '../../lib/useSaving';
import { CustomerText } from '../../shared/CustomerText';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { FieldErrorText, describedBy, fieldError } from './fieldError';
import './escalations.css';

export const DEADLINE_PRESETS = [4, 24, 48, 72] as const;
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
  const [preset, setPreset] = useState<number | 'custom'>(24);
  const [custom, setCustom] = useState('');
  const [note, setNote] = useState('?');
  const [people, setPeople] = useState<Person[]>([]);
  const { busy, error, setError, run } = useSaving((e) => fieldError(e, FIELDS));

  useEffect(() => {
    // Suggestions only: without the people list the owner is still typed by hand.
    listPeople()
      .then(setPeople)
      .catch(() => setPeople([]));
  }, []);

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
    <Modal title="Escalate to an owner" onClose={onClose} testId="escalate-dialog" className="modal--wide">
      <form className="escalate" onSubmit={submit} noValidate>
        <blockquote className="escalate__quote">
          <CustomerText text={anecdote.text} />
        </blockquote>
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <input
            id={`${id}-owner`}
            value={owner}
            onChange={(e) => setOwner(e.target.value)}
            list={`${id}-people`}
            autoComplete="off"
            placeholder="Who finds out what happened"
            data-testid="escalate-owner"
            {...describedBy(error, 'owner', id)}
          />
          <datalist id={`${id}-people`}>
            {people.map((p) => (
              <option key={p.id} value={p.name} />
            ))}
          </datalist>
          <FieldErrorText error={error} field="owner" id={id} />
        </div>
        <fieldset className="field">
          <legend>Deadline</legend>
          <div className="escalate__presets" role="radiogroup" aria-label="Deadline in hours">
            {DEADLINE_PRESETS.map((h) => (
              <label key={h} className="escalate__preset">
                <input
                  type="radio"
                  name={`${id}-deadline`}
                  checked={preset === h}
                  onChange={() => setPreset(h)}
                  data-testid={`escalate-deadline-${h}`}
                />
                {h} h
              </label>
            ))}
            <label className="escalate__preset">
              <input
                type="radio"
                name={`${id}-deadline`}
                checked={preset === 'custom'}
                onChange={() => setPreset('custom')}
                data-testid="escalate-deadline-custom"
              />
              Other
            </label>
            {preset === 'custom' && (
              <label className="escalate__custom">
                <input
                  type="number"
                  min={1}
                  max={8760}
                  step={1}
                  value={custom}
                  onChange={(e) => setCustom(e.target.value)}
                  aria-label="Deadline in hours"
                  data-testid="escalate-hours"
                  {...describedBy(error, 'deadlineHours', id)}
                />
                hours
              </label>
            )}
          </div>
          <FieldErrorText error={error} field="deadlineHours" id={id} />
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-note`}>Note</label>
          <input
            id={`${id}-note`}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="escalate-note"
            {...describedBy(error, 'note', id)}
          />
          <p className="hint">“?” asks: what happened, and how is it fixed?</p>
          <FieldErrorText error={error} field="note" id={id} />
        </div>
        <FieldErrorText error={error} field="form" id={id} />
        <FormFooter onCancel={onClose} saveLabel="Escalate" busyLabel="Escalating…" busy={busy} disabled={busy} saveTestId="escalate-save" />
      </form>
    </Modal>
  );
}
