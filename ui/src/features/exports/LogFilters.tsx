// The decision log's filters: date range, meeting, persona, status, door type and impact
// direction. Each select starts at "Any".
import { useId } from 'react';

import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { DecisionStatus } from '../../bindings/DecisionStatus';
import type { MeetingListItem } from '../../bindings/MeetingListItem';
import type { Persona } from '../../bindings/Persona';
import type { Reversibility } from '../../bindings/Reversibility';
import { DIRECTIONS, DIRECTION_LABEL, REVERSIBILITY_LABEL, formatDate } from '../../lib/format';
import { DateField } from '../../shared/DateField';
import { LabelledSelect, wordOptions } from '../../shared/LabelledSelect';
import { STATUS_WORD } from '../decision/DecisionFields';

const STATUSES: DecisionStatus[] = ['proposed', 'accepted', 'rejected', 'superseded', 'deprecated'];
const DOORS: Reversibility[] = ['one_way', 'two_way', 'unknown'];

const STATUS_OPTIONS = wordOptions(STATUSES, STATUS_WORD);
const DOOR_OPTIONS = wordOptions(DOORS, REVERSIBILITY_LABEL);
const DIRECTION_OPTIONS = wordOptions(DIRECTIONS, DIRECTION_LABEL);

type Props = {
  filter: DecisionFilter;
  onChange: (patch: Partial<DecisionFilter>) => void;
  meetings: MeetingListItem[];
  personas: Persona[];
};

export function LogFilters({ filter, onChange, meetings, personas }: Props) {
  const id = useId();
  /** The props of the filter of `key`: its id and value, and "Any" (empty) leaving the filter. */
  const on = <K extends keyof DecisionFilter>(key: K, name: string) => ({
    id: `${id}-${name}`,
    value: (filter[key] as string | null | undefined) ?? '',
    onChange: (value: string) => onChange({ [key]: value === '' ? null : value } as Partial<DecisionFilter>),
  });
  const meetingOptions = meetings.map((m) => ({ value: m.id, label: `${m.title} (${formatDate(m.heldOn)})` }));
  const personaOptions = personas.map((p) => ({ value: p.id, label: p.name }));
  return (
    <fieldset className="log-filters">
      <legend className="log-filters__legend">Which decisions</legend>
      <div className="field-row">
        <DateField {...on('from', 'from')} label="Meetings from" testId="log-filter-from" />
        <DateField {...on('to', 'to')} label="Until" testId="log-filter-to" />
      </div>
      <div className="field-row">
        <LabelledSelect {...on('meetingId', 'meeting')} label="Meeting" testId="log-filter-meeting" anyLabel="Any meeting" options={meetingOptions} />
        <LabelledSelect {...on('personaId', 'persona')} label="Impact on persona" testId="log-filter-persona" anyLabel="Any persona" options={personaOptions} />
      </div>
      <div className="field-row field-row--3">
        <LabelledSelect {...on('status', 'status')} label="Status" testId="log-filter-status" anyLabel="Any status" options={STATUS_OPTIONS} />
        <LabelledSelect {...on('reversibility', 'door')} label="Door" testId="log-filter-reversibility" anyLabel="Any door" options={DOOR_OPTIONS} />
        <LabelledSelect {...on('direction', 'direction')} label="Customer impact" testId="log-filter-direction" anyLabel="Any impact" options={DIRECTION_OPTIONS} />
      </div>
    </fieldset>
  );
}
