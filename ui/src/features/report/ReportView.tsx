// The WOCAS report: what customers are saying, for everyone or one persona over a period,
// synthesized into themes with counts, share, trend and representative quotes; exportable as
// Markdown or CSV.
import { useState } from 'react';

import type { Persona } from '../../bindings/Persona';
import type { WocasQuery } from '../../bindings/WocasQuery';
import type { WocasReport } from '../../bindings/WocasReport';
import { formatDate, plural } from '../../lib/format';
import { wocasReport } from './api';
import { useLoad } from '../../lib/useLoad';
import { ExportButtons } from './ExportButtons';
import { PeriodFilter, type Period } from './PeriodFilter';
import { ThemeCard } from './ThemeCard';
import { FieldError } from '../../shared/FieldError';
import { LabelledSelect } from '../../shared/LabelledSelect';

type Props = {
  personas: Persona[];
  refreshKey: number;
  /** Today, for the quick periods (tests pass a fixed one). */
  now?: Date;
};

export function reportQuery(personaId: string, period: Period): WocasQuery {
  const query: WocasQuery = {};
  if (personaId) query.personaId = personaId;
  if (period.from) query.from = period.from;
  if (period.to) query.to = period.to;
  return query;
}

function periodText(r: WocasReport): string {
  if (r.from && r.to) return `${formatDate(r.from)} – ${formatDate(r.to)}`;
  if (r.from) return `since ${formatDate(r.from)}`;
  if (r.to) return `until ${formatDate(r.to)}`;
  return 'all time';
}

export function ReportView({ personas, refreshKey, now }: Props) {
  const [personaId, setPersonaId] = useState('');
  const [period, setPeriod] = useState<Period>({ from: '', to: '' });
  const query = reportQuery(personaId, period);
  const report = useLoad(() => wocasReport(query), [JSON.stringify(query), refreshKey]);
  const r = report.data;
  const who = personas.find((p) => p.id === personaId)?.name ?? 'all customers';

  return (
    <section className="view report" data-testid="report" aria-labelledby="report-title">
      <header className="view__header">
        <div>
          <h1 className="view__title" id="report-title">
            What our customers are saying
          </h1>
          <p className="view__subtitle" data-testid="report-summary" aria-live="polite">
            {r
              ? `${plural(r.total, 'anecdote')} from ${plural(r.customers, 'customer')}, ${periodText(r)} · ${who}`
              : 'The WOCAS report'}
          </p>
        </div>
        <ExportButtons query={query} disabled={!r} />
      </header>
      <div className="report__filters">
        <LabelledSelect
          label="Customers"
          value={personaId}
          onChange={setPersonaId}
          anyLabel="All customers"
          options={personas.map((p) => ({ value: p.id, label: p.name }))}
          testId="report-persona"
          keepUnknown
        />
        <PeriodFilter period={period} onChange={setPeriod} now={now} />
      </div>
      {report.error && (
        <FieldError className="view__error">
          {report.error}
        </FieldError>
      )}
      {/* A region the keyboard can scroll: the themes are text, with nothing else to focus. */}
      <div className="view__body" aria-busy={report.busy} role="region" aria-label="Themes" tabIndex={0}>
        {r && r.themes.length > 0 && (
          <ol className="themes">
            {r.themes.map((t, i) => (
              <ThemeCard key={t.label} theme={t} rank={i + 1} />
            ))}
          </ol>
        )}
        {r && r.unthemed > 0 && r.themes.length > 0 && (
          <p className="muted report__unthemed">{plural(r.unthemed, 'anecdote')} fit no theme.</p>
        )}
        {r && r.themes.length === 0 && (
          <p className="muted" data-testid="report-none">
            {r.total === 0
              ? 'No anecdotes in this period. Choose a longer period or import what customers said.'
              : 'Too few anecdotes share a topic to make themes yet.'}
          </p>
        )}
      </div>
    </section>
  );
}
