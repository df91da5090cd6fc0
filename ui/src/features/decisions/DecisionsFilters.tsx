// The Decisions screen's "Filters and order": the decision log's filters, whether the review is
// due, and the order.
import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { DecisionSort } from '../../bindings/DecisionSort';
import type { MeetingListItem } from '../../bindings/MeetingListItem';
import type { Persona } from '../../bindings/Persona';
import { LogFilters } from '../exports/LogFilters';
import { LabelledSelect, type SelectOption } from '../../shared/LabelledSelect';

const SORTS: SelectOption<DecisionSort>[] = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'relevance', label: 'Best match first' },
  { value: 'status', label: 'By status' },
];

const REVIEW_DUE: SelectOption<'due' | 'not'>[] = [
  { value: 'due', label: 'Due for review' },
  { value: 'not', label: 'Not due' },
];

type Props = {
  /** The view's id, the selects' ids start with. */
  id: string;
  filter: DecisionFilter;
  onFilter: (patch: Partial<DecisionFilter>) => void;
  sort: DecisionSort;
  onSort: (sort: DecisionSort) => void;
  meetings: MeetingListItem[];
  personas: Persona[];
};

export function DecisionsFilters({ id, filter, onFilter, sort, onSort, meetings, personas }: Props) {
  return (
    <details className="decisions__filters">
      <summary>Filters and order</summary>
      <LogFilters filter={filter} onChange={onFilter} meetings={meetings} personas={personas} />
      <div className="field-row">
        <LabelledSelect
          id={`${id}-due`}
          label="Review"
          value={filter.reviewDue === true ? 'due' : filter.reviewDue === false ? 'not' : ''}
          anyLabel="Any"
          options={REVIEW_DUE}
          onChange={(due) => onFilter({ reviewDue: due === '' ? null : due === 'due' })}
          testId="decisions-review-due"
        />
        <LabelledSelect id={`${id}-sort`} label="Order" value={sort} options={SORTS} onChange={onSort} testId="decisions-sort" />
      </div>
    </details>
  );
}
