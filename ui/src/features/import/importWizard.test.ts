// The import wizard's wording: errors, kinds of file, which fields each header feeds.
import { describe, expect, test } from 'vitest';

import { mapping } from '../../test/fakeBackend';
import { errorPlace, fieldsByHeader, kindOption } from './importWizard';

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
