// Pure helpers: the record_decision payload, which field an error names, and formatting.
import { describe, expect, test } from 'vitest';

import { fieldOf } from '../components/DecisionForm';
import { anecdote } from '../test/fakeBackend';
import { EMPTY_DRAFT, draftQueryText, toNewDecision } from './draft';
import { avatarClass, initials, plural, todayIso } from './format';
import { errorMessage, getWorkspace, isCommandError } from './ipc';

describe('toNewDecision', () => {
  test('puts the impact on the persona in the chair and the pins in evidence', () => {
    const d = {
      ...EMPTY_DRAFT,
      statement: '  Do it  ',
      direction: 'hurts' as const,
      whatChanges: ' Pays more ',
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
    expect(toNewDecision('m', { ...EMPTY_DRAFT, statement: 's' }, null).impacts).toEqual([]);
    expect(toNewDecision('m', { ...EMPTY_DRAFT, statement: 's', direction: 'helps' }, null).impacts).toEqual([
      { direction: 'helps', whatChanges: '' },
    ]);
  });

  test('the search text is the statement and rationale', () => {
    expect(draftQueryText({ ...EMPTY_DRAFT, statement: ' a ', rationale: 'b' })).toBe('a b');
    expect(draftQueryText(EMPTY_DRAFT)).toBe('');
  });
});

describe('errors', () => {
  test('fieldOf finds the field an invalid error names', () => {
    const invalid = (message: string) => ({ code: 'invalid', message });
    expect(fieldOf(invalid('statement: must not be empty'))).toBe('statement');
    expect(fieldOf(invalid('impacts[0].whatChanges: too long'))).toBe('whatChanges');
    expect(fieldOf(invalid('impacts[0].magnitude: must be between 1 and 5'))).toBe('direction');
    expect(fieldOf(invalid('evidenceIds: unknown anecdote'))).toBe('form');
    expect(fieldOf({ code: 'db', message: 'statement: locked' })).toBe('form');
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
});
