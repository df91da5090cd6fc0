// Formatting the screens share: dates, months, paths and typed lists. (The library's query, the
// editors' payloads and the import's wording are tested in their feature folders.)
import { describe, expect, test } from 'vitest';

import { daysBeforeIso, fileNameOf, formatMonth, splitLines, splitList } from './format';

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
