// The library's filters: persona, channel, product area, sentiment, lowest severity, period and
// tag, with the values the workspace actually has (and how many anecdotes have each).
import { useId } from 'react';

import type { AnecdoteFacets } from '../../bindings/AnecdoteFacets';
import type { FacetCount } from '../../bindings/FacetCount';
import type { Persona } from '../../bindings/Persona';
import type { Sentiment } from '../../bindings/Sentiment';
import { formatNumber, SENTIMENT_LABEL, SENTIMENTS } from '../../lib/format';
import { LabelledSelect, wordOptions, type SelectOption } from '../../shared/LabelledSelect';
import { NO_FILTERS, hasFilters, type LibraryFilters as Filters } from './libraryQuery';
import { SaidBetween } from './SaidBetween';

type Props = {
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
  facets: AnecdoteFacets | null;
  personas: Persona[];
};

const counted = (facets: FacetCount[] | undefined): SelectOption[] =>
  (facets ?? []).map((f) => ({ value: f.value, label: `${f.value} (${formatNumber(f.count)})` }));

const SEVERITIES: SelectOption[] = [2, 3, 4].map((n) => ({ value: String(n), label: `${n} and up` })).concat({
  value: '5',
  label: '5 only',
});

type Select = {
  label: string;
  value: string;
  patch: (value: string) => Partial<Filters>;
  anyLabel: string;
  options: SelectOption[];
  testId: string;
};

/** The filters that are a select, in the order they are shown. */
function selects(f: Filters, facets: AnecdoteFacets | null, personas: Persona[]): Select[] {
  const personaOptions = personas.map((p) => ({ value: p.id, label: p.archivedAt ? `${p.name} (archived)` : p.name }));
  return [
    { label: 'Persona', value: f.personaId, patch: (personaId) => ({ personaId }), anyLabel: 'All personas', options: personaOptions, testId: 'filter-persona' },
    { label: 'Channel', value: f.channel, patch: (channel) => ({ channel }), anyLabel: 'Any channel', options: counted(facets?.channels), testId: 'filter-channel' },
    {
      label: 'Product area',
      value: f.productArea,
      patch: (productArea) => ({ productArea }),
      anyLabel: 'Any area',
      options: counted(facets?.productAreas),
      testId: 'filter-product-area',
    },
    {
      label: 'Sentiment',
      value: f.sentiment,
      patch: (s) => ({ sentiment: s as Sentiment | '' }),
      anyLabel: 'Any sentiment',
      options: wordOptions(SENTIMENTS, SENTIMENT_LABEL),
      testId: 'filter-sentiment',
    },
    {
      label: 'Severity',
      value: f.severityMin > 1 ? String(f.severityMin) : '',
      patch: (v) => ({ severityMin: v ? Number(v) : 1 }),
      anyLabel: 'Any severity',
      options: SEVERITIES,
      testId: 'filter-severity',
    },
    { label: 'Tag', value: f.tag, patch: (tag) => ({ tag }), anyLabel: 'Any tag', options: counted(facets?.tags), testId: 'filter-tag' },
  ];
}

export function LibraryFilters({ filters: f, onChange, facets, personas }: Props) {
  const id = useId();
  return (
    <div className="library__filters" role="group" aria-label="Filters" data-testid="library-filters">
      {selects(f, facets, personas).map(({ patch, ...select }) => (
        <LabelledSelect key={select.testId} {...select} onChange={(v) => onChange(patch(v))} keepUnknown />
      ))}
      <SaidBetween id={id} saidFrom={f.saidFrom} saidTo={f.saidTo} onChange={onChange} facets={facets} />
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
