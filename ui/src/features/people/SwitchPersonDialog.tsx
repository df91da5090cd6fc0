// "Switch person": hand the keyboard to someone else in one step (the facilitator to the
// ambassador and back). Picking a name closes the dialog; so does Escape.
import { Modal } from '../../shared/Modal';
import { PersonChoices } from './PersonChoices';

export function SwitchPersonDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Who is at the keyboard?" onClose={onClose} testId="switch-person-dialog">
      <p className="modal__text">What is written from now on carries this person’s name and role.</p>
      <PersonChoices onChosen={onClose} addLabel="Add and switch" />
      <div className="modal__actions">
        <button type="button" className="btn" onClick={onClose} data-testid="switch-person-cancel">
          Cancel
        </button>
      </div>
    </Modal>
  );
}
