// The library's filters: persona, channel, product area, sentiment, lowest severity, period and
// tag, with the values the workspace actually has (and how many anecdotes have each).
import { useId } from 'react';

import type { AnecdoteFacets } from '../../bindings/AnecdoteFacets';
import type { FacetCount } from '../../bindings/FacetCount';
import type { Persona } from '../../bindings/Persona';
import type { Sentiment } from '../../bindings/Sentiment';
import { formatNumber, SENTIMENT_LABEL, SENTIMENTS } from '../../lib/format';
import { NO_FILTERS, hasFilters, type LibraryFilters as Filters } from './libraryQuery';
import { FilterSelect, type Option } from './FilterSelect';

type Props = {
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
  facets: AnecdoteFacets | null;
  personas: Persona[];
};

const counted = (facets: FacetCount[] | undefined): Option[] =>
  (facets ?? []).map((f) => ({ value: f.value, label: `${f.value} (${formatNumber(f.count)})` }));

const SEVERITIES: Option[] = [2, 3, 4].map((n) => ({ value: String(n), label: `${n} and up` })).concat({
  value: '5',
  label: '5 only',
});

export function LibraryFilters({ filters: f, onChange, facets, personas }: Props) {
  const id = useId();
  return (
    <div className="library__filters" role="group" aria-label="Filters" data-testid="library-filters">
      <FilterSelect
        label="Persona"
        value={f.personaId}
        onChange={(personaId) => onChange({ personaId })}
        anyLabel="All personas"
        options={personas.map((p) => ({ value: p.id, label: p.archivedAt ? `${p.name} (archived)` : p.name }))}
        testId="filter-persona"
      />
      <FilterSelect
        label="Channel"
        value={f.channel}
        onChange={(channel) => onChange({ channel })}
        anyLabel="Any channel"
        options={counted(facets?.channels)}
        testId="filter-channel"
      />
      <FilterSelect
        label="Product area"
        value={f.productArea}
        onChange={(productArea) => onChange({ productArea })}
        anyLabel="Any area"
        options={counted(facets?.productAreas)}
        testId="filter-product-area"
      />
      <FilterSelect
        label="Sentiment"
        value={f.sentiment}
        onChange={(s) => onChange({ sentiment: s as Sentiment | '' })}
        anyLabel="Any sentiment"
        options={SENTIMENTS.map((s) => ({ value: s, label: SENTIMENT_LABEL[s] }))}
        testId="filter-sentiment"
      />
      <FilterSelect
        label="Severity"
        value={f.severityMin > 1 ? String(f.severityMin) : ''}
        onChange={(v) => onChange({ severityMin: v ? Number(v) : 1 })}
        anyLabel="Any severity"
        options={SEVERITIES}
        testId="filter-severity"
      />
      <FilterSelect
        label="Tag"
        value={f.tag}
        onChange={(tag) => onChange({ tag })}
        anyLabel="Any tag"
        options={counted(facets?.tags)}
        testId="filter-tag"
      />
      <div className="field">
        <label htmlFor={`${id}-from`}>Said from</label>
        <input
          id={`${id}-from`}
          type="date"
          value={f.saidFrom}
          min={facets?.saidFrom ?? undefined}
          max={f.saidTo || (facets?.saidTo ?? undefined)}
          onChange={(e) => onChange({ saidFrom: e.target.value })}
          data-testid="filter-from"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Said to</label>
        <input
          id={`${id}-to`}
          type="date"
          value={f.saidTo}
          min={f.saidFrom || (facets?.saidFrom ?? undefined)}
          max={facets?.saidTo ?? undefined}
          onChange={(e) => onChange({ saidTo: e.target.value })}
          data-testid="filter-to"
        />
      </div>
      {hasFilters(f) && (
        <button
          type="button"
          className="link-button library__clear"
          onClick={() => onChange(NO_FILTERS)}
          data-testid="filter-clear"
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
