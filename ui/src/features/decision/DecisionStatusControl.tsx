// A decision's status as a select in the log. "Accepted" goes through the gate (like Accept);
// "Superseded" asks first which decision, of any meeting, replaces it (a search picker).
import { useId, useState } from 'react';

import type { Decision } from '../../bindings/Decision';
import type { DecisionStatus } from '../../bindings/DecisionStatus';
import { SupersedePicker } from '../decisions/SupersedePicker';
import '../decisions/decisions.css';
import { STATUS_WORD } from './DecisionFields';
import { WordSelect } from './WordSelect';

const STATUSES: DecisionStatus[] = ['proposed', 'accepted', 'rejected', 'superseded', 'deprecated'];

type Props = {
  decision: Decision;
  onStatus: (d: Decision, status: DecisionStatus, supersededBy: string | null) => void;
};

export function DecisionStatusControl({ decision: d, onStatus }: Props) {
  const id = useId();
  const [replacing, setReplacing] = useState(false);
  const [by, setBy] = useState('');

  function pick(status: DecisionStatus) {
    if (status === d.status) return;
    if (status === 'superseded') {
      setReplacing(true);
      return;
    }
    setReplacing(false);
    onStatus(d, status, null);
  }

  return (
    <span className="status-control">
      <label className="visually-hidden" htmlFor={`${id}-status`}>
        Status of “{d.statement}”
      </label>
      <WordSelect
        id={`${id}-status`}
        className="status-control__select"
        value={replacing ? 'superseded' : d.status}
        choices={STATUSES}
        words={STATUS_WORD}
        onChoose={pick}
        data-testid="decision-status-select"
      />
      {replacing && (
        <span className="status-control__replace">
          <SupersedePicker exceptId={d.id} value={by} onChange={setBy} />
          <button
            type="button"
            className="btn btn--small"
            disabled={!by}
            onClick={() => {
              setReplacing(false);
              onStatus(d, 'superseded', by);
            }}
            data-testid="apply-superseded"
          >
            Apply
          </button>
          <button type="button" className="link-button" onClick={() => setReplacing(false)}>
            Cancel
          </button>
        </span>
      )}
    </span>
  );
}
