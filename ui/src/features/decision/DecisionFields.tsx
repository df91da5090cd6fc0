// The fields of a decision, shared by "Record a decision" and the edit dialog: what we decided
// (Enter records it: the quick path), why, the customer impacts, the door, and on demand the
// options considered, owner, status and review date.
import { useState, type KeyboardEvent } from 'react';

import type { DecisionStatus } from '../../bindings/DecisionStatus';
import type { Persona } from '../../bindings/Persona';
import type { Reversibility } from '../../bindings/Reversibility';
import type { Draft } from './draft';
import { REVERSIBILITY_HINT } from '../../lib/format';
import { errorProps, type FieldError } from './fieldErrors';
import { FieldMessage } from './FieldMessage';
import { ImpactRows } from './ImpactRows';

const REVERSIBILITIES: Reversibility[] = ['two_way', 'one_way', 'unknown'];
const NEW_STATUSES: DecisionStatus[] = ['proposed', 'accepted', 'rejected'];

export const STATUS_WORD: Record<DecisionStatus, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  rejected: 'Rejected',
  superseded: 'Superseded',
  deprecated: 'Deprecated',
};

type Props = {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  chair: Persona | null;
  personas: Persona[];
  error: FieldError | null;
  idPrefix: string;
  /** Enter in the statement (without Shift) calls this: the quick path. */
  onStatementEnter?: () => void;
  /** Whether the status can be set here (a new decision); edits change it from the log. */
  withStatus?: boolean;
};

export function hasDetails(d: Draft): boolean {
  return d.optionsConsidered.trim() !== '' || d.owner.trim() !== '' || d.reviewOn !== '' || d.status !== 'proposed';
}

export function DecisionFields(props: Props) {
  const { draft, onChange, chair, personas, error, idPrefix: id, onStatementEnter, withStatus = true } = props;
  const [more, setMore] = useState(() => hasDetails(draft));
  const showMore = more || hasDetails(draft);
  const input = (field: Parameters<typeof errorProps>[1]) => errorProps(error, field, id).input;

  function onStatementKey(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && onStatementEnter) {
      e.preventDefault();
      onStatementEnter();
    }
  }

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-statement`}>What did we decide?</label>
        <textarea
          id={`${id}-statement`}
          rows={2}
          required
          value={draft.statement}
          onChange={(e) => onChange({ statement: e.target.value })}
          onKeyDown={onStatementKey}
          placeholder="We will…"
          data-testid="decision-statement"
          {...input('statement')}
        />
        <FieldMessage error={error} field="statement" idPrefix={id} />
      </div>

      <div className="field">
        <label htmlFor={`${id}-rationale`}>Why</label>
        <textarea
          id={`${id}-rationale`}
          rows={2}
          value={draft.rationale}
          onChange={(e) => onChange({ rationale: e.target.value })}
          placeholder="Because customers…"
          data-testid="decision-rationale"
          {...input('rationale')}
        />
        <FieldMessage error={error} field="rationale" idPrefix={id} />
      </div>

      <ImpactRows
        impacts={draft.impacts}
        onChange={(impacts) => onChange({ impacts })}
        chair={chair}
        personas={personas}
        error={error}
        idPrefix={id}
      />

      <div className="decision-fields__line">
        <div className="field field--inline">
          <label htmlFor={`${id}-door`}>Door</label>
          <select
            id={`${id}-door`}
            value={draft.reversibility}
            onChange={(e) => onChange({ reversibility: e.target.value as Reversibility })}
            data-testid="decision-reversibility"
            {...input('reversibility')}
          >
            {REVERSIBILITIES.map((r) => (
              <option key={r} value={r}>
                {REVERSIBILITY_HINT[r]}
              </option>
            ))}
          </select>
        </div>
        {!hasDetails(draft) && (
          <button
            type="button"
            className="link-button"
            aria-expanded={showMore}
            aria-controls={`${id}-more`}
            onClick={() => setMore((m) => !m)}
            data-testid="decision-more"
          >
            {showMore ? 'Fewer details' : 'Options, owner, status, review date'}
          </button>
        )}
      </div>
      <FieldMessage error={error} field="reversibility" idPrefix={id} />

      {showMore && (
        <div className="decision-fields__more" id={`${id}-more`}>
          <div className="field">
            <label htmlFor={`${id}-options`}>Options considered</label>
            <textarea
              id={`${id}-options`}
              rows={2}
              value={draft.optionsConsidered}
              onChange={(e) => onChange({ optionsConsidered: e.target.value })}
              placeholder="What else did we weigh?"
              data-testid="decision-options"
              {...input('optionsConsidered')}
            />
            <FieldMessage error={error} field="optionsConsidered" idPrefix={id} />
          </div>
          <div className="field-row field-row--3">
            <div className="field">
              <label htmlFor={`${id}-owner`}>Owner</label>
              <input
                id={`${id}-owner`}
                value={draft.owner}
                onChange={(e) => onChange({ owner: e.target.value })}
                data-testid="decision-owner"
                {...input('owner')}
              />
            </div>
            {withStatus && (
              <div className="field">
                <label htmlFor={`${id}-status`}>Status</label>
                <select
                  id={`${id}-status`}
                  value={draft.status}
                  onChange={(e) => onChange({ status: e.target.value as DecisionStatus })}
                  data-testid="decision-status"
                  {...input('status')}
                >
                  {NEW_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_WORD[s]}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="field">
              <label htmlFor={`${id}-review`}>Review on</label>
              <input
                id={`${id}-review`}
                type="date"
                value={draft.reviewOn}
                onChange={(e) => onChange({ reviewOn: e.target.value })}
                data-testid="decision-review-on"
                {...input('reviewOn')}
              />
            </div>
          </div>
          <FieldMessage error={error} field="owner" idPrefix={id} />
          {withStatus && <FieldMessage error={error} field="status" idPrefix={id} />}
          <FieldMessage error={error} field="reviewOn" idPrefix={id} />
        </div>
      )}
    </>
  );
}
