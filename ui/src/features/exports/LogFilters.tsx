// The decision log's filters: date range, meeting, persona, status, door type and impact
// direction. Each select starts at "Any".
import { useId } from 'react';

import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { DecisionStatus } from '../../bindings/DecisionStatus';
import type { ImpactDirection } from '../../bindings/ImpactDirection';
import type { MeetingListItem } from '../../bindings/MeetingListItem';
import type { Persona } from '../../bindings/Persona';
import type { Reversibility } from '../../bindings/Reversibility';
import { DIRECTIONS, DIRECTION_LABEL, REVERSIBILITY_LABEL, formatDate } from '../../lib/format';
import { STATUS_WORD } from '../decision/DecisionFields';

const STATUSES: DecisionStatus[] = ['proposed', 'accepted', 'rejected', 'superseded', 'deprecated'];
const DOORS: Reversibility[] = ['one_way', 'two_way', 'unknown'];

type Props = {
  filter: DecisionFilter;
  onChange: (patch: Partial<DecisionFilter>) => void;
  meetings: MeetingListItem[];
  personas: Persona[];
};

export function LogFilters({ filter, onChange, meetings, personas }: Props) {
  const id = useId();
  const pick = <K extends keyof DecisionFilter>(key: K, value: string) =>
    onChange({ [key]: value === '' ? null : value } as Partial<DecisionFilter>);
  return (
    <fieldset className="log-filters">
      <legend className="log-filters__legend">Which decisions</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-from`}>Meetings from</label>
          <input
            id={`${id}-from`}
            type="date"
            value={filter.from ?? ''}
            onChange={(e) => pick('from', e.target.value)}
            data-testid="log-filter-from"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>Until</label>
          <input
            id={`${id}-to`}
            type="date"
            value={filter.to ?? ''}
            onChange={(e) => pick('to', e.target.value)}
            data-testid="log-filter-to"
          />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-meeting`}>Meeting</label>
          <select
            id={`${id}-meeting`}
            value={filter.meetingId ?? ''}
            onChange={(e) => pick('meetingId', e.target.value)}
            data-testid="log-filter-meeting"
          >
            <option value="">Any meeting</option>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title} ({formatDate(m.heldOn)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-persona`}>Impact on persona</label>
          <select
            id={`${id}-persona`}
            value={filter.personaId ?? ''}
            onChange={(e) => pick('personaId', e.target.value)}
            data-testid="log-filter-persona"
          >
            <option value="">Any persona</option>
            {personas.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row field-row--3">
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={filter.status ?? ''}
            onChange={(e) => pick('status', e.target.value)}
            data-testid="log-filter-status"
          >
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_WORD[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-door`}>Door</label>
          <select
            id={`${id}-door`}
            value={filter.reversibility ?? ''}
            onChange={(e) => pick('reversibility', e.target.value)}
            data-testid="log-filter-reversibility"
          >
            <option value="">Any door</option>
            {DOORS.map((r) => (
              <option key={r} value={r}>
                {REVERSIBILITY_LABEL[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-direction`}>Customer impact</label>
          <select
            id={`${id}-direction`}
            value={filter.direction ?? ''}
            onChange={(e) => pick('direction', e.target.value)}
            data-testid="log-filter-direction"
          >
            <option value="">Any impact</option>
            {DIRECTIONS.map((d: ImpactDirection) => (
              <option key={d} value={d}>
                {DIRECTION_LABEL[d]}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
