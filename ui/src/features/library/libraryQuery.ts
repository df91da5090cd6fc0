// The library's filters as the screen holds them, and the `search_anecdotes` query they make.
import type { AnecdoteFilters } from '../../bindings/AnecdoteFilters';
import type { AnecdoteQuery } from '../../bindings/AnecdoteQuery';
import type { SearchSort } from '../../bindings/SearchSort';
import type { Sentiment } from '../../bindings/Sentiment';

/** Each filter as its control holds it; '' (or 1 for severity) means "any". */
export type LibraryFilters = {
  personaId: string;
  channel: string;
  productArea: string;
  sentiment: Sentiment | '';
  severityMin: number;
  saidFrom: string;
  saidTo: string;
  tag: string;
};

export const NO_FILTERS: LibraryFilters = {
  personaId: '',
  channel: '',
  productArea: '',
  sentiment: '',
  severityMin: 1,
  saidFrom: '',
  saidTo: '',
  tag: '',
};

/** How many results the library asks for at once. */
export const LIBRARY_LIMIT = 100;

/** Relevance means nothing without words to match: with no text, newest first instead. */
export function effectiveSort(text: string, sort: SearchSort): SearchSort {
  return text.trim() === '' && sort === 'relevance' ? 'newest' : sort;
}

export function hasFilters(f: LibraryFilters): boolean {
  return Object.keys(toFilters(f)).length > 0;
}

function toFilters(f: LibraryFilters): AnecdoteFilters {
  const filters: AnecdoteFilters = {};
  if (f.personaId) filters.personaIds = [f.personaId];
  if (f.channel) filters.channels = [f.channel];
  if (f.productArea) filters.productAreas = [f.productArea];
  if (f.sentiment) filters.sentiments = [f.sentiment];
  if (f.severityMin > 1) filters.severityMin = f.severityMin;
  if (f.saidFrom) filters.saidFrom = f.saidFrom;
  if (f.saidTo) filters.saidTo = f.saidTo;
  if (f.tag) filters.tags = [f.tag];
  return filters;
}

/** The keyword search the library sends: every typed word must be there. */
export function libraryQuery(text: string, f: LibraryFilters, sort: SearchSort, limit = LIBRARY_LIMIT): AnecdoteQuery {
  const query: AnecdoteQuery = { text: text.trim(), mode: 'keyword', sort: effectiveSort(text, sort), limit };
  const filters = toFilters(f);
  if (Object.keys(filters).length > 0) query.filters = filters;
  return query;
}
