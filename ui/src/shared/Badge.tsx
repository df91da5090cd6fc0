// Small labelled pills: a meeting's status and a decision's status, one look everywhere.
import type { DecisionStatus } from '../bindings/DecisionStatus';
import type { MeetingStatus } from '../bindings/MeetingStatus';
import { STATUS_LABEL } from '../lib/format';

export function StatusBadge({ status }: { status: MeetingStatus }) {
  return <span className={`badge badge--${status}`}>{STATUS_LABEL[status]}</span>;
}

export function DecisionBadge({ status }: { status: DecisionStatus }) {
  return <span className={`badge badge--decision-${status}`}>{status}</span>;
}
