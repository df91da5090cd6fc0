// The Decisions screen's "Filters and order": the decision log's filters, whether the review is
// due, and the order.
import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { DecisionSort } from '../../bindings/DecisionSort';
import type { MeetingListItem } from '../../bindings/MeetingListItem';
import type { Persona } from '../../bindings/Persona';
import { LogFilters } from '../exports/LogFilters';

const SORTS: Array<{ sort: DecisionSort; label: string }> = [
  { sort: 'newest', label: 'Newest first' },
  { sort: 'oldest', label: 'Oldest first' },
  { sort: 'relevance', label: 'Best match first' },
  { sort: 'status', label: 'By status' },
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
            {SORTS.map((s) => (
              <option key={s.sort} value={s.sort}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
    </details>
  );
}
