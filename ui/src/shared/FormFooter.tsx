// The footer of a dialog: any extra buttons first (one of them may sit at the start with
// `modal__actions-start`), then Cancel, then the button that does the work, which says what it
// is doing while busy.
import type { ReactNode } from 'react';

type Props = {
  onCancel: () => void;
  /** "Cancel" unless the dialog has nothing to cancel ("Close"). */
  cancelLabel?: string;
  cancelTestId?: string;
  /** The button's text ("Save"), and its text while `busy` ("Saving…"). */
  saveLabel?: ReactNode;
  busyLabel?: ReactNode;
  busy: boolean;
  /** Whether the button is disabled (busy included, as each dialog decides). */
  disabled: boolean;
  saveTestId: string;
  /** Absent: the button submits the form the footer is in. */
  onSave?: () => void;
  saveClassName?: string;
  /** Buttons before Cancel. */
  children?: ReactNode;
};

export function FormFooter(props: Props) {
  const { onCancel, cancelLabel = 'Cancel', cancelTestId, saveLabel = 'Save', busyLabel = 'Saving…', busy, disabled, saveTestId, onSave } = props;
  return (
    <div className="modal__actions">
      {props.children}
      <button type="button" className="btn" onClick={onCancel} data-testid={cancelTestId}>
        {cancelLabel}
      </button>
      <button
        type={onSave ? 'button' : 'submit'}
        className={props.saveClassName ?? 'btn btn--primary'}
        onClick={onSave}
        disabled={disabled}
        data-testid={saveTestId}
      >
        {busy ? busyLabel : saveLabel}
      </button>
    </div>
  );
}
