// The owner's answer to "?": what happened (root cause) and what was fixed. Both are required;
// the resolution stays on the anecdote and is reported in the next meeting.
import { useId, useState, type FormEvent } from 'react';

import type { Escalation } from '../../bindings/Escalation';
import { resolveEscalation } from './api';
import { useSaving } from '../../lib/useSaving';
import { CustomerText } from '../../shared/CustomerText';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { FieldErrorText, describedBy, fieldError } from './fieldError';
import './escalations.css';

const FIELDS = ['rootCause', 'fix'] as const;

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
    <Modal title="Resolve the escalation" onClose={onClose} testId="resolve-dialog" className="modal--wide">
      <form className="escalate" onSubmit={submit} noValidate>
        <blockquote className="escalate__quote">
          <CustomerText text={escalation.anecdoteText} />
        </blockquote>
        <p className="muted">
          Escalated to {escalation.owner} with “{escalation.note}”
        </p>
        <div className="field">
          <label htmlFor={`${id}-rootCause`}>What happened (root cause)</label>
          <textarea
            id={`${id}-rootCause`}
            rows={3}
            value={rootCause}
            onChange={(e) => setRootCause(e.target.value)}
            data-testid="resolve-root-cause"
            {...describedBy(error, 'rootCause', id)}
          />
          <FieldErrorText error={error} field="rootCause" id={id} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-fix`}>What was fixed</label>
          <textarea
            id={`${id}-fix`}
            rows={3}
            value={fix}
            onChange={(e) => setFix(e.target.value)}
            data-testid="resolve-fix"
            {...describedBy(error, 'fix', id)}
          />
          <FieldErrorText error={error} field="fix" id={id} />
        </div>
        <FieldErrorText error={error} field="form" id={id} />
        <FormFooter onCancel={onClose} saveLabel="Resolve" busy={busy} disabled={busy} saveTestId="resolve-save" />
      </form>
    </Modal>
  );
}
