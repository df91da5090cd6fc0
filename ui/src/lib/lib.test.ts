// Pure helpers: the record_decision and update_decision payloads, the kept draft, which field
// an error names, and formatting.
import { describe, expect, test, vi } from 'vitest';

import { fieldOf } from '../features/decision/DecisionForm';
import { anecdote, decision } from '../test/fakeBackend';
import {
  draftOf,
  draftQueryText,
  emptyDraft,
  isDraftEmpty,
  parseDraft,
  serializeDraft,
  toDecisionInput,
  toNewDecision,
  withStatus,
  type Draft,
  type ImpactDraft,
} from '../features/decision/draft';
import { avatarClass, formatDate, formatMonth, formatNumber, initials, plural, todayIso } from './format';
import { exactTime, relativeTime } from '../features/annotations/annotations';
import { errorMessage, gateReasons, getWorkspace, isCommandError } from './ipc';
import { reloadsFor } from './useWorkspace';
import type { ChangeArea } from '../bindings/ChangeArea';
import type { Changed } from '../bindings/Changed';

describe('toNewDecision', () => {
  const chairRow = (patch: Partial<ImpactDraft>): ImpactDraft => ({ ...emptyDraft().impacts[0]!, ...patch });

  test('puts the first impact on the persona in the chair and the pins in evidence', () => {
    const d: Draft = {
      ...emptyDraft(),
      statement: '  Do it  ',
      impacts: [chairRow({ direction: 'hurts', whatChanges: ' Pays more ' })],
      pinned: [anecdote('a', 'x'), anecdote('b', 'y')],
    };
    expect(toNewDecision('m', d, 'p')).toEqual({
      meetingId: 'm',
      statement: 'Do it',
      rationale: '',
      reversibility: 'unknown',
      impacts: [{ personaId: 'p', direction: 'hurts', whatChanges: 'Pays more' }],
      evidenceIds: ['a', 'b'],
    });
  });

  test('with no one in the chair, an impact is sent only if something was said about it', () => {
    expect(toNewDecision('m', { ...emptyDraft(), statement: 's' }, null).impacts).toEqual([]);
    expect(toNewDecision('m', { ...emptyDraft(), statement: 's', impacts: [chairRow({ direction: 'helps' })] }, null).impacts).toEqual([
      { direction: 'helps', whatChanges: '' },
    ]);
  });

  test('several impacts: a persona, a segment with magnitude, confidence and reach; details when filled in', () => {
    const d: Draft = {
      ...emptyDraft(),
      statement: 'Free returns',
      optionsConsidered: ' Refund only ',
      owner: ' Sam ',
      status: 'accepted',
      reviewOn: '2025-06-01',
      impacts: [
        chairRow({ target: 'persona:p2', direction: 'helps', whatChanges: 'x' }),
        chairRow({ key: 'k2', target: 'segment', segment: ' Sellers ', direction: 'hurts', magnitude: 4, confidence: 'high', reach: ' 5% ', whatChanges: 'y' }),
        chairRow({ key: 'k3', target: 'segment', segment: '  ' }),
      ],
    };
    expect(toNewDecision('m', d, 'p1', { agendaItemId: 'g1' })).toEqual({
      meetingId: 'm',
      agendaItemId: 'g1',
      statement: 'Free returns',
      rationale: '',
      optionsConsidered: 'Refund only',
      owner: 'Sam',
      status: 'accepted',
      reviewOn: '2025-06-01',
      reversibility: 'unknown',
      impacts: [
        { personaId: 'p2', direction: 'helps', whatChanges: 'x' },
        { segment: 'Sellers', direction: 'hurts', magnitude: 4, confidence: 'high', reach: '5%', whatChanges: 'y' },
      ],
      evidenceIds: [],
    });
  });

  test('the search text is the statement and rationale', () => {
    expect(draftQueryText({ ...emptyDraft(), statement: ' a ', rationale: 'b' })).toBe('a b');
    expect(draftQueryText(emptyDraft())).toBe('');
  });
});

describe('kept drafts', () => {
  test('a draft survives being kept and read back; an empty one is not kept', () => {
    const d: Draft = {
      ...emptyDraft(),
      statement: 'Half',
      reviewOn: '2025-05-01',
      impacts: [{ ...emptyDraft().impacts[0]!, direction: 'helps', magnitude: 3 }],
      pinned: [anecdote('a1', 'pinned text')],
    };
    const back = parseDraft(serializeDraft(d));
    expect(back).toMatchObject({ statement: 'Half', reviewOn: '2025-05-01', pinned: [{ id: 'a1', text: 'pinned text' }] });
    expect(back?.impacts[0]).toMatchObject({ target: 'chair', direction: 'helps', magnitude: 3 });
    expect(serializeDraft(emptyDraft())).toBe('');
    expect(isDraftEmpty(emptyDraft())).toBe(true);
  });

  test('what cannot be read gives no draft, and bad values fall back', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('not json')).toBeNull();
    expect(parseDraft('{"v":1}')).toBeNull();
    const odd = parseDraft(JSON.stringify({ v: 1, draft: { statement: 5, status: 'bogus', impacts: [{ direction: 'sideways', magnitude: 9 }], pinned: [{}] } }));
    expect(odd).toMatchObject({ statement: '', status: 'proposed', pinned: [] });
    expect(odd?.impacts[0]).toMatchObject({ direction: 'unknown', magnitude: null });
  });

  test('a recorded decision edits back into the same payload, evidence kept', () => {
    const d = decision('d1', 'Ship', {
      owner: 'Ann',
      reversibility: 'one_way',
      evidenceIds: ['a1'],
      impacts: [{ id: 'i', decisionId: 'd1', personaId: 'p1', segment: '', direction: 'helps', magnitude: 2, confidence: 'low', reach: '', whatChanges: 'w' }],
    });
    const edited = { ...draftOf(d), statement: 'Ship it' };
    expect(toDecisionInput(d, edited, 'p9')).toEqual({
      statement: 'Ship it',
      rationale: '',
      optionsConsidered: '',
      owner: 'Ann',
      status: 'proposed',
      reversibility: 'one_way',
      impacts: [{ personaId: 'p1', direction: 'helps', magnitude: 2, confidence: 'low', whatChanges: 'w' }],
      evidenceIds: ['a1'],
    });
    expect(withStatus(d, 'superseded', 'd2')).toMatchObject({ status: 'superseded', supersededBy: 'd2', evidenceIds: ['a1'] });
    expect(withStatus(d, 'rejected').supersededBy).toBeUndefined();
  });
});

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
