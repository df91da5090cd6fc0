// Which column feeds which anecdote field: a select of the file's headers per field (text is
// required), the category columns whose whole value becomes a tag, whether the count column
// counts the other customers, the channel for rows without one, and provenance.
import { useId } from 'react';

import type { ColumnMapping } from '../../bindings/ColumnMapping';
import type { DateColumn } from '../../bindings/DateColumn';
import type { DateOrder } from '../../bindings/DateOrder';
import { formatDate } from '../../lib/format';
import { COLUMN_FIELDS, type ColumnField, dateColumnOf, slashedReading } from './importWizard';
import { CategoryColumns } from './CategoryColumns';
import { RowDefaults } from './RowDefaults';
import { PillInput } from '../../shared/PillInput';

type Props = {
  headers: string[];
  mapping: ColumnMapping;
  /** Columns of slashed dates the preview found. */
  dateColumns: DateColumn[];
  onChange: (patch: Partial<ColumnMapping>) => void;
};

const NOT_MAPPED = '';

export function MappingForm({ headers, mapping, dateColumns, onChange }: Props) {
  const id = useId();
  const dates = dateColumnOf(mapping, dateColumns);

  return (
    <fieldset className="mapping" data-testid="import-mapping">
      <legend className="mapping__legend">Which column holds what</legend>
      <div className="mapping__grid">
        {COLUMN_FIELDS.map((f) => (
          <HeaderSelect
            key={f.key}
            id={`${id}-${f.key}`}
            field={f.key}
            label={f.label}
            hint={f.hint}
            headers={headers}
            value={mapping[f.key]}
            onChange={(v) => onChange({ [f.key]: f.key === 'text' ? (v ?? '') : v })}
          />
        ))}
      </div>
      {dates && (
        <DateOrderChoice
          name={`${id}-date-order`}
          dates={dates}
          value={mapping.dateOrder}
          onChange={(dateOrder) => onChange({ dateOrder })}
        />
      )}
      {mapping.customerCount && (
        <label className="check">
          <input
            type="checkbox"
            checked={mapping.countPlusOne}
            onChange={(e) => onChange({ countPlusOne: e.target.checked })}
            data-testid="import-count-plus-one"
          />
          “{mapping.customerCount}” counts the <em>other</em> customers who agreed (votes, “found this useful”): add
          the author
        </label>
      )}
      <CategoryColumns
        headers={headers}
        chosen={mapping.categoryTags}
        onChange={(categoryTags) => onChange({ categoryTags })}
      />
      <RowDefaults id={id} mapping={mapping} onChange={onChange} />
    </fieldset>
  );
}

type SelectProps = {
  id: string;
  field: ColumnField;
  label: string;
  hint: string | undefined;
  headers: string[];
  value: string | null;
  onChange: (value: string | null) => void;
};

function HeaderSelect({ id, field, label, hint, headers, value, onChange }: SelectProps) {
  const required = field === 'text';
  const current = value ?? NOT_MAPPED;
  // A remembered column this file does not have stays visible, so the check can name it.
  const missing = current !== NOT_MAPPED && !headers.includes(current);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> (required)</span>}
      </label>
      <select
        id={id}
        value={current}
        onChange={(e) => onChange(e.target.value === NOT_MAPPED ? null : e.target.value)}
        aria-invalid={required && current === NOT_MAPPED ? true : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        data-testid={`import-map-${field}`}
      >
        <option value={NOT_MAPPED}>{required ? '— choose a column —' : '— not mapped —'}</option>
        {missing && <option value={current}>{current} (not in this file)</option>}
        {headers.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}

type DateOrderProps = {
  name: string;
  dates: DateColumn;
  value: DateOrder;
  onChange: (order: DateOrder) => void;
};

/** Both readings of a date like 03/04/2026, and which one the import uses. */
function DateOrderChoice({ name, dates, value, onChange }: DateOrderProps) {
  const example = dates.ambiguousExample ?? '03/04/2026';
  const orders: Array<{ order: DateOrder; label: string }> = [
    { order: 'dayFirst', label: 'Day first (day/month/year)' },
    { order: 'monthFirst', label: 'Month first (month/day/year)' },
  ];
  return (
    <fieldset className="field" data-testid="import-date-order">
      <legend>How dates like “{example}” in “{dates.column}” read</legend>
      <div className="checklist">
        {orders.map(({ order, label }) => (
          <PillInput
            key={order}
            type="radio"
            name={name}
            checked={value === order}
            onChange={() => onChange(order)}
            testId={`import-date-order-${order}`}
          >
            {label}: {formatDate(slashedReading(example, order))}
          </PillInput>
        ))}
      </div>
      <span className="hint" data-testid="import-date-order-source">
        {dates.settled !== null
          ? `The file settles it: one of its dates only reads ${dates.settled === 'dayFirst' ? 'day first' : 'month first'}.`
          : 'Nothing in the file settles it; the default follows this computer’s date format. Check the preview.'}
      </span>
    </fieldset>
  );
}
