// The lower half of a decision's fields: the door (one-way or two-way) with the toggle for more
// details, and those details on demand: options considered, owner, status and review date.
import type { DecisionStatus } from '../../bindings/DecisionStatus';
import type { Reversibility } from '../../bindings/Reversibility';
import type { Draft } from './draft';
import { REVERSIBILITY_HINT } from '../../lib/format';
import { LabelledInput } from '../../shared/LabelledInput';
import { LabelledSelect, wordOptions } from '../../shared/LabelledSelect';
import { errorProps, type FieldError } from './fieldErrors';
import { DraftTextArea } from './DraftTextArea';
import { FieldMessage } from './FieldMessage';

const REVERSIBILITIES: Reversibility[] = ['two_way', 'one_way', 'unknown'];
const DOOR_OPTIONS = wordOptions(REVERSIBILITIES, REVERSIBILITY_HINT);
const NEW_STATUSES: DecisionStatus[] = ['proposed', 'accepted', 'rejected'];

export const STATUS_WORD: Record<DecisionStatus, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  rejected: 'Rejected',
  superseded: 'Superseded',
  deprecated: 'Deprecated',
};
const NEW_STATUS_OPTIONS = wordOptions(NEW_STATUSES, STATUS_WORD);

type FieldProps = {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  error: FieldError | null;
  /** The prefix of every field id. */
  id: string;
};

type DoorProps = FieldProps & {
  /** The details toggle is offered (none is filled in yet). */
  offerMore: boolean;
  showMore: boolean;
  onToggleMore: () => void;
};

export function DecisionDoorLine({ draft, onChange, error, id, offerMore, showMore, onToggleMore }: DoorProps) {
  const input = (field: Parameters<typeof errorProps>[1]) => errorProps(error, field, id).input;
  return (
    <div className="decision-fields__line">
      {/* On the line of the details toggle, its label a field's label still. */}
      <LabelledSelect
        className="field--inline"
        id={`${id}-door`}
        label="Door"
        value={draft.reversibility}
        options={DOOR_OPTIONS}
        onChange={(reversibility) => onChange({ reversibility })}
        testId="decision-reversibility"
        selectProps={input('reversibility')}
      />
      {offerMore && (
        <button
          type="button"
          className="link-button"
          aria-expanded={showMore}
          aria-controls={`${id}-more`}
          onClick={onToggleMore}
          data-testid="decision-more"
        >
          {showMore ? 'Fewer details' : 'Options, owner, status, review date'}
        </button>
      )}
    </div>
  );
}

export function DecisionDetails({ draft, onChange, error, id, withStatus }: FieldProps & { withStatus: boolean }) {
  const input = (field: Parameters<typeof errorProps>[1]) => errorProps(error, field, id).input;
  return (
    <div className="decision-fields__more" id={`${id}-more`}>
      <DraftTextArea
        id={id}
        name="options"
        field="optionsConsidered"
        label="Options considered"
        placeholder="What else did we weigh?"
        testId="decision-options"
        draft={draft}
        onChange={onChange}
        error={error}
      />
      <div className="field-row field-row--3">
        <LabelledInput
          id={`${id}-owner`}
          label="Owner"
          value={draft.owner}
          onChange={(e) => onChange({ owner: e.target.value })}
          data-testid="decision-owner"
          {...input('owner')}
        />
        {withStatus && (
          <LabelledSelect
            id={`${id}-status`}
            label="Status"
            value={draft.status}
            options={NEW_STATUS_OPTIONS}
            onChange={(status) => onChange({ status })}
            testId="decision-status"
            selectProps={input('status')}
          />
        )}
        <LabelledInput
          id={`${id}-review`}
          label="Review on"
          type="date"
          value={draft.reviewOn}
          onChange={(e) => onChange({ reviewOn: e.target.value })}
          data-testid="decision-review-on"
          {...input('reviewOn')}
        />
      </div>
      <FieldMessage error={error} field="owner" idPrefix={id} />
      {withStatus && <FieldMessage error={error} field="status" idPrefix={id} />}
      <FieldMessage error={error} field="reviewOn" idPrefix={id} />
    </div>
  );
}
