// Which period the report covers: from and to dates, and quick choices (last 30, 90 or 365
// days, all time). The quick choice that matches the dates shows as pressed.
import { useId } from 'react';

import { daysBeforeIso, todayIso } from '../../lib/format';
import { DateField } from '../../shared/DateField';

export type Period = { from: string; to: string };

type Props = {
  period: Period;
  onChange: (period: Period) => void;
  /** Today, for the quick choices (tests pass a fixed one). */
  now?: Date;
};

const QUICK = [30, 90, 365];

export function PeriodFilter({ period, onChange, now }: Props) {
  const id = useId();
  const today = todayIso(now);
  const lastDays = (n: number): Period => ({ from: daysBeforeIso(n, now), to: today });
  const same = (p: Period) => p.from === period.from && p.to === period.to;
  const quick = (label: string, p: Period, testId: string) => (
    <button
      key={testId}
      type="button"
      className={`pill${same(p) ? ' pill--on' : ''}`}
      aria-pressed={same(p)}
      onClick={() => onChange(p)}
      data-testid={testId}
    >
      {label}
    </button>
  );
  return (
    <fieldset className="period">
      <legend className="visually-hidden">Period</legend>
      <DateField id={`${id}-from`} label="From" value={period.from} max={period.to || undefined} onChange={(from) => onChange({ ...period, from })} testId="report-from" />
      <DateField id={`${id}-to`} label="To" value={period.to} min={period.from || undefined} onChange={(to) => onChange({ ...period, to })} testId="report-to" />
      <div className="period__quick" role="group" aria-label="Quick periods">
        {QUICK.map((n) => quick(`Last ${n} days`, lastDays(n), `report-last-${n}`))}
        {quick('All time', { from: '', to: '' }, 'report-all-time')}
      </div>
    </fieldset>
  );
}
