// The agenda clock and the nudge rule, computed on this side from what the backend stores.
import { describe, expect, test } from 'vitest';

import { DECK, agendaItem, meeting } from '../test/fakeBackend';
import { answeredIds, nextUnanswered, nudgeDue, nudgeQuestion, silenceSince } from '../features/meeting/nudge';
import { elapsedSeconds, formatClock, formatLeft, secondsLeft, timerLevel } from './timer';

const T0 = Date.parse('2025-03-01T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('countdown', () => {
  test('time spent is the finished stretches plus the running one', () => {
    expect(elapsedSeconds(120, null, T0)).toBe(120);
    expect(elapsedSeconds(120, iso(T0 - 61_500), T0)).toBe(181);
    expect(elapsedSeconds(0, iso(T0), T0)).toBe(0);
    // A clock a little behind the backend's never counts backwards.
    expect(elapsedSeconds(30, iso(T0 + 5_000), T0)).toBe(30);
    expect(elapsedSeconds(30, 'not a time', T0)).toBe(30);
  });

  test('time left, its words and its colour', () => {
    expect(secondsLeft(10, 181)).toBe(419);
    expect(formatLeft(secondsLeft(10, 181))).toBe('06:59 left');
    expect(formatLeft(-65)).toBe('01:05 over');
    expect(formatClock(75 * 60)).toBe('75:00');
    expect(timerLevel(10, 0)).toBe('ok');
    // The last fifth of the planned time (at least the last minute) is amber.
    expect(timerLevel(10, 479)).toBe('ok');
    expect(timerLevel(10, 480)).toBe('near');
    expect(timerLevel(2, 60)).toBe('near');
    expect(timerLevel(2, 59)).toBe('ok');
    expect(timerLevel(10, 600)).toBe('near');
    expect(timerLevel(10, 601)).toBe('over');
  });
});

describe('nudge', () => {
  const running = meeting('m1', { status: 'running', nudgeMinutes: 10, startedAt: iso(T0 - 3_600_000) });

  test('counts from the later of the item’s running stretch and its last customer reference', () => {
    const item = agendaItem('g1', 'Intro', { startedAt: iso(T0 - 900_000), runningSince: iso(T0 - 600_000) });
    expect(silenceSince(running, item)).toBe(T0 - 600_000);
    expect(nudgeDue(running, item, T0)).toBe(true);
    expect(nudgeDue(running, item, T0 - 1)).toBe(false);
    // Resumed a minute ago: what ran before the pause does not count.
    expect(nudgeDue(running, { ...item, runningSince: iso(T0 - 60_000) }, T0)).toBe(false);
    const referred = { ...item, lastCustomerReferenceAt: iso(T0 - 120_000) };
    expect(nudgeDue(running, referred, T0)).toBe(false);
    expect(nudgeDue(running, referred, T0 + 480_000)).toBe(true);
  });

  test('without a current item the meeting’s own reference or start is used', () => {
    expect(nudgeDue(running, null, T0)).toBe(true);
    expect(nudgeDue({ ...running, lastCustomerReferenceAt: iso(T0 - 60_000) }, null, T0)).toBe(false);
  });

  test('only while the meeting runs, and never with a nudge of 0 minutes', () => {
    expect(nudgeDue({ ...running, status: 'paused' }, null, T0)).toBe(false);
    expect(nudgeDue({ ...running, nudgeMinutes: 0 }, null, T0)).toBe(false);
    expect(nudgeDue({ ...running, startedAt: null }, null, T0)).toBe(false);
  });

  test('the next unanswered prompt from the current one, wrapping round', () => {
    const answer = (promptId: string, text = 'yes') => ({
      id: promptId,
      meetingId: 'm1',
      promptId,
      agendaItemId: null,
      decisionId: null,
      answer: text,
      createdAt: '',
      updatedAt: '',
    });
    const answers = [answer('q1'), answer('q3'), answer('q2', '   ')];
    expect([...answeredIds(answers)]).toEqual(['q1', 'q3']);
    expect(nextUnanswered(DECK.prompts, answers, 0)?.id).toBe('q2');
    expect(nextUnanswered(DECK.prompts, [answer('q2')], 2)?.id).toBe('q3');
    expect(nextUnanswered(DECK.prompts, [answer('q3')], 2)?.id).toBe('q1');
    expect(nextUnanswered(DECK.prompts, [answer('q1'), answer('q2'), answer('q3')], 0)).toBeNull();
    expect(nudgeQuestion('Diane')).toBe('What would Diane say?');
    expect(nudgeQuestion(null)).toBe('What would the customer say?');
  });
});
