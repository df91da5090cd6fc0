// The frame both escalation dialogs share ("Escalate to an owner", "Resolve the escalation"):
// the customer's words quoted, the dialog's fields, an error about the whole form, and the
// footer whose button submits.
import type { FormEvent, ReactNode } from 'react';

import { CustomerText } from '../../shared/CustomerText';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { FieldErrorText, type FieldError } from './fieldError';
import './escalations.css';

type Props<F extends string> = {
  title: string;
  testId: string;
  /** The anecdote's text, quoted at the top. */
  quote: string;
  onSubmit: (e: FormEvent) => void;
  onClose: () => void;
  /** The dialog's id prefix, and its error (shown here when it is about the whole form). */
  id: string;
  error: FieldError<F> | null;
  busy: boolean;
  saveLabel: string;
  busyLabel?: string;
  saveTestId: string;
  children: ReactNode;
};

export function EscalationForm<F extends string>(props: Props<F>) {
  const { id, error, busy } = props;
  return (
    <Modal title={props.title} onClose={props.onClose} testId={props.testId} className="modal--wide">
      <form className="escalate" onSubmit={props.onSubmit} noValidate>
        <blockquote className="escalate__quote">
          <CustomerText text={props.quote} />
        </blockquote>
        {props.children}
        <FieldErrorText error={error} field="form" id={id} />
        <FormFooter
          onCancel={props.onClose}
          saveLabel={props.saveLabel}
          busyLabel={props.busyLabel}
          busy={busy}
          disabled={busy}
          saveTestId={props.saveTestId}
        />
      </form>
    </Modal>
  );
}
