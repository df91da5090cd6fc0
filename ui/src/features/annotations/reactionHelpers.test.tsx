// The reactions' helpers: the form's check, times, merging a thread; and a reaction's time
// moving on as the minutes pass.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';

import { mergeThread, pruneLocal, relativeTime, toAnnotationInput } from './annotations';
import { annotation, person } from '../../test/fakeBackend';
import { AnnotationItem } from './AnnotationItem';

const BEN = person('pe2', 'Ben Ito', { role: 'ambassador' });

describe('annotation helpers', () => {
  test('the form’s check: stance required, flags in order and once, comment trimmed', () => {
    expect(toAnnotationInput({ stance: null, feeling: 3, comment: 'x', flags: [] })).toEqual({
      error: 'Choose how the customer stands on this decision.',
    });
    expect(toAnnotationInput({ stance: 'concerned', feeling: 9, comment: '', flags: [] })).toHaveProperty('error');
    expect(
      toAnnotationInput({ stance: 'concerned', feeling: null, comment: ' hm ', flags: ['would_pay_more', 'would_leave', 'would_pay_more'] }),
    ).toEqual({ input: { stance: 'concerned', feeling: null, comment: 'hm', flags: ['would_leave', 'would_pay_more'] } });
  });

  test('relative times', () => {
    const now = new Date('2025-03-03T12:00:00Z');
    expect(relativeTime('2025-03-03T11:59:40Z', now)).toBe('just now');
    expect(relativeTime('2025-03-03T11:55:00Z', now)).toBe('5 min ago');
    expect(relativeTime('2025-03-03T09:00:00Z', now)).toBe('3 h ago');
    expect(relativeTime('2025-03-02T09:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2025-02-28T09:00:00Z', now)).toBe('3 days ago');
    expect(relativeTime('nonsense', now)).toBe('nonsense');
  });

  test('own writes show until the reload brings them, and a stale reload does not undo them', () => {
    const old = annotation('an1', 'd1', BEN, { comment: 'old', updatedAt: '2025-03-01T10:00:00Z' });
    const edited = { ...old, comment: 'new', updatedAt: '2025-03-01T11:00:00Z' };
    const added = annotation('an2', 'd1', BEN, { createdAt: '2025-03-01T12:00:00Z', updatedAt: '2025-03-01T12:00:00Z' });
    const gone = annotation('an3', 'd1', BEN, { createdAt: '2025-03-01T09:00:00Z' });
    const local = new Map([
      ['an1', edited],
      ['an2', added],
      ['an3', null],
    ]);
    // The server has not seen any of it yet.
    expect(mergeThread([gone, old], local).map((a) => [a.id, a.comment])).toEqual([
      ['an1', 'new'],
      ['an2', added.comment],
    ]);
    expect([...pruneLocal([gone, old], local).keys()]).toEqual(['an1', 'an2', 'an3']);
    // The reload after the writes: everything is there, nothing local is needed any more.
    expect(pruneLocal([edited, added], local).size).toBe(0);
    expect(mergeThread([edited, added], new Map()).map((a) => a.id)).toEqual(['an1', 'an2']);
  });
});

describe('the time of a reaction', () => {
  test('"just now" becomes "5 min ago" as the minutes pass, without a reload', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    try {
      vi.setSystemTime(new Date('2025-03-03T12:00:00Z'));
      const a = annotation('an9', 'd1', BEN, { createdAt: '2025-03-03T12:00:00Z' });
      render(
        <ol>
          <AnnotationItem annotation={a} own={false} onUpdate={async () => {}} onDelete={() => {}} />
        </ol>,
      );
      expect(screen.getByTestId('annotation-time').textContent).toBe('just now');
      act(() => {
        vi.advanceTimersByTime(5 * 60_000);
      });
      expect(screen.getByTestId('annotation-time').textContent).toBe('5 min ago');
    } finally {
      vi.useRealTimers();
    }
  });
});
