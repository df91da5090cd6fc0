// The owner's answer to "?": what happened (root cause) and what was fixed. Both are required;
// the resolution stays on the anecdote and is reported in the next meeting.
import { useId, useState, type FormEvent } from 'react';

import type { Escalation } from '../../bindings/Escalation';
import { resolveEscalation } from './api';
import { useSaving } from '../../lib/useSaving';
import { Field } from '../../shared/Field';
import { EscalationForm } from './EscalationForm';
import { FieldErrorText, describedBy, fieldError, type FieldError } from './fieldError';

const FIELDS = ['rootCause', 'fix'] as const;
type Field = (typeof FIELDS)[number];

type Props = {
  escalation: Escalation;
  onResolved: (e: Escalation) => void;
  onClose: () => void;
};

export function ResolveDialog({ escalation, onResolved, onClose }: Props) {
  const id = useId();
  const [rootCause, setRootCause] = useState('');
  const [fix, setFix] = useState('');
  const { busy, error, setError, run } = useSaving((e) => fieldError(e, FIELDS));

  function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (rootCause.trim() === '') {
      setError({ field: 'rootCause', message: 'Say what happened: the root cause.' });
      return;
    }
    if (fix.trim() === '') {
      setError({ field: 'fix', message: 'Say what was fixed.' });
      return;
    }
    void run(async () => {
      onResolved(await resolveEscalation({ escalationId: escalation.id, rootCause: rootCause.trim(), fix: fix.trim() }));
    });
  }

  return (
    <EscalationForm
      title="Resolve the escalation"
      testId="resolve-dialog"
      quote={escalation.anecdoteText}
      onSubmit={submit}
      onClose={onClose}
      id={id}
      error={error}
      busy={busy}
      saveLabel="Resolve"
      saveTestId="resolve-save"
    >
      <p className="muted">
        Escalated to {escalation.owner} with “{escalation.note}”
      </p>
      <AnswerField id={id} field="rootCause" label="What happened (root cause)" value={rootCause} onChange={setRootCause} error={error} testId="resolve-root-cause" />
      <AnswerField id={id} field="fix" label="What was fixed" value={fix} onChange={setFix} error={error} testId="resolve-fix" />
    </EscalationForm>
  );
}

type AnswerProps = {
  id: string;
  field: Field;
  label: string;
  value: string;
  onChange: (text: string) => void;
  error: FieldError<Field> | null;
  testId: string;
};

/** One of the two answers: a three-line text with its error under it. */
function AnswerField({ id, field, label, value, onChange, error, testId }: AnswerProps) {
  return (
    <Field id={`${id}-${field}`} label={label}>
      <textarea
        id={`${id}-${field}`}
        rows={3}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
        {...describedBy(error, field, id)}
      />
      <FieldErrorText error={error} field={field} id={id} />
    </Field>
  );
}
