// The Decisions screen's "Filters and order": the decision log's filters, whether the review is
// due, and the order.
import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { DecisionSort } from '../../bindings/DecisionSort';
import type { MeetingListItem } from '../../bindings/MeetingListItem';
import type { Persona } from '../../bindings/Persona';
import { LogFilters } from '../exports/LogFilters';
import { OptionList } from '../../shared/OptionList';

const SORTS: Array<{ value: DecisionSort; label: string }> = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'relevance', label: 'Best match first' },
  { value: 'status', label: 'By status' },
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
        <div className="field">
          <label htmlFor={`${id}-due`}>Review</label>
          <select
            id={`${id}-due`}
            value={filter.reviewDue === true ? 'due' : filter.reviewDue === false ? 'not' : ''}
            onChange={(e) => onFilter({ reviewDue: e.target.value === '' ? null : e.target.value === 'due' })}
            data-testid="decisions-review-due"
          >
            <option value="">Any</option>
            <option value="due">Due for review</option>
            <option value="not">Not due</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>Order</label>
          <select id={`${id}-sort`} value={sort} onChange={(e) => onSort(e.target.value as DecisionSort)} data-testid="decisions-sort">
            <OptionList options={SORTS} />
          </select>
        </div>
      </div>
    </details>
  );
}
