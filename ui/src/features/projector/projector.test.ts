// What reaches the projector with projector-safe on: every text the room reads is masked,
// not only the customers' words.
import { describe, expect, test } from 'vitest';

import { agendaItem, anecdote, annotation, DECK, meeting, person, persona } from '../../test/fakeBackend';
import { maskSensitive } from '../../lib/mask';
import { projectorState } from './projector';

const EMAIL = 'jane.doe@example.com';
const PHONE = '(555) 123-4567';
const with_ = (label: string) => `${label} ${EMAIL} ${PHONE}`;

describe('projectorState with projector-safe on', () => {
  test('masks the persona quote, titles, the decision statement and every other text', () => {
    const state = projectorState({
      meeting: meeting('m1', { title: with_('Meeting') }),
      persona: persona('p1', with_('Dana'), { quote: with_('Call me on'), segment: with_('Segment') }),
      deck: { ...DECK, name: with_('Deck'), prompts: DECK.prompts.map((p) => ({ ...p, text: with_('Prompt') })) },
      promptIndex: 0,
      current: agendaItem('a1', with_('Agenda')),
      secondsLeft: 60,
      nudge: null,
      anecdotes: [anecdote('n1', with_('Said'))],
      reactions: {
        statement: with_('We refund'),
        annotations: [annotation('x1', 'd1', person('s1', with_('Sam')), { comment: with_('Comment') })],
      },
      mask: maskSensitive,
    });
    const shown = JSON.stringify(state);
    expect(shown).not.toContain('example.com');
    expect(shown).not.toContain('123-4567');
    expect(state.personaQuote).toBe('Call me on [email] [phone]');
    expect(state.decisionStatement).toBe('We refund [email] [phone]');
    expect(state.meetingTitle).toBe('Meeting [email] [phone]');
    expect(state.agendaItemTitle).toBe('Agenda [email] [phone]');
  });

  test('shows everything as typed when off', () => {
    const state = projectorState({
      meeting: meeting('m1', { title: with_('Meeting') }),
      persona: persona('p1', 'Dana', { quote: with_('Call me on') }),
      deck: null,
      promptIndex: 0,
      current: null,
      secondsLeft: null,
      nudge: null,
      anecdotes: [],
      reactions: null,
      mask: (s) => s,
    });
    expect(state.personaQuote).toBe(with_('Call me on'));
    expect(state.meetingTitle).toBe(with_('Meeting'));
    expect(state.decisionStatement).toBeNull();
  });
});
