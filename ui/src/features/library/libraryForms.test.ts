// The library's query and the anecdote editor's payload.
import { describe, expect, test } from 'vitest';

import { anecdote } from '../../test/fakeBackend';
import { anecdoteForm, toAnecdoteInput } from './anecdoteForm';
import { NO_FILTERS, effectiveSort, hasFilters, libraryQuery } from './libraryQuery';

describe('libraryQuery', () => {
  test('no text and no filters: everything, newest first', () => {
    expect(libraryQuery('  ', NO_FILTERS, 'relevance')).toEqual({ text: '', mode: 'keyword', sort: 'newest', limit: 100 });
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  test('relevance only with words; other sorts as chosen', () => {
    expect(effectiveSort('refund', 'relevance')).toBe('relevance');
    expect(effectiveSort('', 'oldest')).toBe('oldest');
    expect(effectiveSort('', 'most_reported')).toBe('most_reported');
  });

  test('each filter goes in as a one-value list or a bound; "any" leaves it out', () => {
    const f = { ...NO_FILTERS, channel: 'email', severityMin: 1, tag: 'refund' };
    expect(libraryQuery('x', f, 'relevance', 10)).toEqual({
      text: 'x',
      mode: 'keyword',
      sort: 'relevance',
      limit: 10,
      filters: { channels: ['email'], tags: ['refund'] },
    });
    expect(hasFilters(f)).toBe(true);
    expect(libraryQuery('', { ...NO_FILTERS, severityMin: 5 }, 'newest').filters).toEqual({ severityMin: 5 });
  });
});

describe('anecdote editor payload', () => {
  test('round-trips an anecdote, cleaning tags and the count', () => {
    const a = anecdote('a', 'Text', { tags: ['b', 'a'], sourceRef: 'R1' });
    const form = anecdoteForm(a);
    expect(form.tags).toBe('b, a');
    expect(toAnecdoteInput({ ...form, tags: ' x, ,y, x ', customerCount: '0', saidOn: '', sourceRef: ' ' })).toEqual({
      text: 'Text',
      channel: 'support chat',
      productArea: 'returns',
      segment: 'Loyal member',
      sentiment: 'negative',
      severity: 4,
      customerCount: 1,
      tags: ['x', 'y'],
      provenance: 'real',
      personaIds: ['p1'],
    });
    expect(toAnecdoteInput(form)).toMatchObject({ saidOn: '2025-02-11', sourceRef: 'R1', customerCount: 3 });
  });

  test('a new anecdote starts empty with the defaults', () => {
    expect(anecdoteForm(null)).toMatchObject({ text: '', severity: 3, customerCount: '1', sentiment: 'unknown', personaIds: [] });
  });
});
