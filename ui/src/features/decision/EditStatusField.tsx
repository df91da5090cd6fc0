// The status of a recorded decision in its edit dialog: any of the five, with the warning that
// accepting a one-way door goes through the gate on save.
import type { Decision } from '../../bindings/Decision';
import type { DecisionStatus } from '../../bindings/DecisionStatus';
import type { Draft } from './draft';
import { STATUS_WORD } from './DecisionFields';
import { errorProps, type FieldError } from './fieldErrors';
import { FieldMessage } from './FieldMessage';
import { LabelledSelect, wordOptions } from '../../shared/LabelledSelect';

const STATUSES: DecisionStatus[] = ['proposed', 'accepted', 'rejected', 'superseded', 'deprecated'];
const STATUS_OPTIONS = wordOptions(STATUSES, STATUS_WORD);

type Props = {
  /** The dialog's id prefix. */
  id: string;
  /** The decision as it was recorded, and as it is being edited. */
  decision: Decision;
  draft: Draft;
  onChange: (status: DecisionStatus) => void;
  error: FieldError | null;
};

export function EditStatusField({ id, decision, draft, onChange, error }: Props) {
  return (
    <LabelledSelect
      id={`${id}-edit-status`}
      label="Status"
      value={draft.status}
      options={STATUS_OPTIONS}
      onChange={onChange}
      testId="edit-decision-status"
      selectProps={errorProps(error, 'status', id).input}
    >
      {draft.status === 'accepted' && decision.status !== 'accepted' && draft.reversibility === 'one_way' && (
        <p className="hint" data-testid="edit-decision-gate-hint">
          A one-way door: accepting it goes through the gate when you save.
        </p>
      )}
      <FieldMessage error={error} field="status" idPrefix={id} />
    </LabelledSelect>
  );
}
