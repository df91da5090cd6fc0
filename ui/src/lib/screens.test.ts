// Pure helpers of the library, personas, import and report screens: the library query, the
// editors' payloads, import wording and kinds, and dates.
import { describe, expect, test } from 'vitest';

import { anecdote, mapping, persona } from '../test/fakeBackend';
import { anecdoteForm, toAnecdoteInput } from '../features/library/anecdoteForm';
import { daysBeforeIso, fileNameOf, formatMonth, splitLines, splitList } from './format';
import { errorPlace, fieldsByHeader, kindOption } from '../features/import/importWizard';
import { NO_FILTERS, effectiveSort, hasFilters, libraryQuery } from '../features/library/libraryQuery';
import { personaForm, toNewPersona } from '../features/personas/personaForm';

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

describe('persona editor payload', () => {
  test('lists are one item per line, everything trimmed', () => {
    const form = personaForm(persona('p', 'Ann', { goals: ['a', 'b'] }));
    expect(form.goals).toBe('a\nb');
    expect(toNewPersona({ ...form, name: ' Ann ', needs: ' x \n\n y ' })).toMatchObject({
      name: 'Ann',
      goals: ['a', 'b'],
      needs: ['x', 'y'],
    });
    expect(personaForm(null).name).toBe('');
  });
});

describe('import wording', () => {
  test('an error says file, row, column and field in words', () => {
    expect(errorPlace({ file: 'f.csv', row: 1200, column: 'Votes', field: 'customerCount', message: 'm' })).toBe(
      'f.csv · row 1,200 · column “Votes” (customer count)',
    );
    expect(errorPlace({ file: 'f.csv', row: null, column: null, field: 'text', message: 'm' })).toBe('f.csv · text');
    expect(errorPlace({ file: 'f.jsonl', row: 3, column: null, field: null, message: 'm' })).toBe('f.jsonl · row 3');
  });

  test('kinds: the known delimiters, JSON Lines, and any other one', () => {
    expect(kindOption({ type: 'delimited', delimiter: 9 }).value).toBe('tab');
    expect(kindOption({ type: 'jsonLines' }).value).toBe('jsonl');
    expect(kindOption({ type: 'delimited', delimiter: 58 })).toEqual({
      value: 'd58',
      label: 'Separated by “:”',
      kind: { type: 'delimited', delimiter: 58 },
    });
  });

  test('which fields each header feeds', () => {
    const feeds = fieldsByHeader(mapping({ text: 'Body', tags: 'Body', categoryTags: ['Issue'] }));
    expect(feeds.get('Body')).toEqual(['What the customer said', 'Tags']);
    expect(feeds.get('Issue')).toEqual(['Category tag']);
  });
});

describe('format', () => {
  test('dates, months, paths and typed lists', () => {
    expect(daysBeforeIso(30, new Date(2025, 2, 31))).toBe('2025-03-01');
    expect(daysBeforeIso(365, new Date(2024, 1, 29))).toBe('2023-03-01');
    expect(formatMonth('2025-03')).toMatch(/Mar/);
    expect(formatMonth('soon')).toBe('soon');
    expect(fileNameOf('/a/b/c.csv')).toBe('c.csv');
    expect(fileNameOf('C:\\Users\\me\\d.jsonl')).toBe('d.jsonl');
    expect(splitLines(' a \n\n b')).toEqual(['a', 'b']);
    expect(splitList('a, b,,a ')).toEqual(['a', 'b']);
  });
});
