// Pure helpers used across features: which field an error names, command errors, what a change
// reloads, and formatting. (The decision's payloads and draft: features/decision/draft.test.ts.)
import { describe, expect, test, vi } from 'vitest';

import { fieldOf } from '../features/decision/DecisionForm';
import { avatarClass, formatDate, formatMonth, formatNumber, initials, plural, todayIso } from './format';
import { exactTime, relativeTime } from '../features/annotations/annotations';
import { errorMessage, gateReasons, getWorkspace, isCommandError } from './ipc';
import { reloadsFor } from './workspaceView';
import type { ChangeArea } from '../bindings/ChangeArea';
import type { Changed } from '../bindings/Changed';

describe('errors', () => {
  test('fieldOf reads the field an invalid error carries, never its message', () => {
    const invalid = (field: string) => ({ code: 'invalid', field, message: 'something is wrong' });
    expect(fieldOf(invalid('statement'))).toBe('statement');
    expect(fieldOf(invalid('impacts[0].whatChanges'))).toBe('impact:0');
    expect(fieldOf(invalid('impacts[2].magnitude'))).toBe('impact:2');
    expect(fieldOf(invalid('impacts'))).toBe('impact:0');
    expect(fieldOf(invalid('reviewOn'))).toBe('reviewOn');
    // The edit dialog shows the evidence and what replaces the decision: their errors go there.
    expect(fieldOf(invalid('evidenceIds[1]'))).toBe('evidence');
    expect(fieldOf(invalid('evidenceIds'))).toBe('evidence');
    expect(fieldOf(invalid('supersededBy'))).toBe('supersededBy');
    expect(fieldOf(invalid('meetingId'))).toBe('form');
    // A message that looks like a field path is not a field.
    expect(fieldOf({ code: 'invalid', message: 'statement: must not be empty' })).toBe('form');
    expect(fieldOf({ code: 'db', field: 'statement', message: 'statement: locked' })).toBe('form');
  });

  test('gate reasons come as data', () => {
    const gate = { code: 'gate', reasons: ['no evidence; none pinned', 'who is the customer?'], message: 'x: a; b' };
    expect(gateReasons(gate)).toEqual(['no evidence; none pinned', 'who is the customer?']);
    expect(gateReasons({ code: 'invalid', reasons: ['a'], message: 'm' })).toEqual([]);
  });

  test('reloadsFor reads again only what a change names', () => {
    const c = (areas: ChangeArea[], meetingId: string | null = null): Changed => ({ areas, meetingId, decisionIds: [], reactions: [], pulse: null });
    expect(reloadsFor(c(['decisions'], 'm1'), 'm1')).toEqual({ summary: true, meetings: true, personas: false, decks: false, view: true });
    expect(reloadsFor(c(['decisions'], 'm2'), 'm1').view).toBe(false);
    expect(reloadsFor(c(['people']), 'm1')).toEqual({ summary: false, meetings: false, personas: false, decks: false, view: false });
    expect(reloadsFor(c(['decks']), 'm1')).toMatchObject({ decks: true, view: false, meetings: false });
    // The meeting lists its escalations: escalating an anecdote reloads it.
    expect(reloadsFor(c(['escalations']), 'm1')).toMatchObject({ view: true, meetings: false });
    expect(Object.values(reloadsFor(c(['workspace'], 'm2'), 'm1')).every(Boolean)).toBe(true);
    expect(reloadsFor(c(['meetings'], 'm1'), null).view).toBe(false);
  });

  test('outside the app, commands fail with a clear command error', async () => {
    await expect(getWorkspace()).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('only works inside the app'),
    });
  });

  test('errorMessage reads command errors, JS errors and anything else', () => {
    expect(isCommandError({ code: 'io', message: 'm' })).toBe(true);
    expect(isCommandError({ code: 'io' })).toBe(false);
    expect(errorMessage({ code: 'io', message: 'disk full' })).toBe('disk full');
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(undefined)).toBe('Something went wrong.');
  });
});

describe('format', () => {
  test('initials, plural, colour and today', () => {
    expect(initials('Diane Okafor')).toBe('DO');
    expect(initials('  tomás  ')).toBe('T');
    expect(initials('Ana María de la Cruz')).toBe('AC');
    expect(initials('')).toBe('?');
    expect(plural(1, 'decision')).toBe('1 decision');
    expect(plural(0, 'decision')).toBe('0 decisions');
    expect(avatarClass('Diane Okafor')).toBe(avatarClass('Diane Okafor'));
    expect(avatarClass('Diane Okafor')).toMatch(/^avatar--c[0-7]$/);
    expect(todayIso(new Date(2025, 0, 5))).toBe('2025-01-05');
  });

  test('a page of dates and numbers builds no new ICU formatter', () => {
    // WebKit keeps every formatter `toLocaleString` builds in its malloc heap until the GC
    // runs: a library page of anecdotes built about 1,300 (16 MB).
    const built = [
      vi.spyOn(Intl, 'DateTimeFormat'),
      vi.spyOn(Intl, 'NumberFormat'),
      vi.spyOn(Date.prototype, 'toLocaleDateString'),
      vi.spyOn(Date.prototype, 'toLocaleString'),
      vi.spyOn(Number.prototype, 'toLocaleString'),
    ];
    const old = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
    for (let i = 0; i < 100; i++) {
      expect(formatDate('2025-03-14')).toBe(new Date(2025, 2, 14).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }));
      formatMonth('2025-03');
      formatNumber(12345 + i);
      plural(i, 'anecdote');
      relativeTime(old);
      exactTime(old);
    }
    // The one call above that checks the output is the only one.
    expect(built.reduce((n, spy) => n + spy.mock.calls.length, 0)).toBe(100);
    built.forEach((spy) => spy.mockRestore());
    expect(formatNumber(12345)).toBe((12345).toLocaleString());
  });
});
