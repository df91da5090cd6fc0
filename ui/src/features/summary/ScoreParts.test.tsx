// The score's parts as the summary lists them: the customer brought in counts anecdotes
// consulted and the times someone spoke for the customer, as the backend does.
import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';

import type { EmptyChairScore } from '../../bindings/EmptyChairScore';
import { ScoreParts, scoreParts } from './ScoreParts';

const base: EmptyChairScore = {
  score: 0,
  decisions: 4,
  withImpact: 2,
  withEvidence: 1,
  promptsAnswered: 0,
  promptsTotal: 0,
  anecdotesConsulted: 1,
  spokenForCustomer: 0,
};

test('without a voice in the room, the last part is the anecdotes consulted', () => {
  const last = scoreParts(base).at(-1)!;
  expect(last).toMatchObject({ label: 'Anecdotes consulted', detail: '1 of 4 wanted', share: 0.25 });
});

test('speaking for the customer counts with the anecdotes, and says so', () => {
  render(<ScoreParts score={{ ...base, spokenForCustomer: 2 }} />);
  const last = scoreParts({ ...base, spokenForCustomer: 2 }).at(-1)!;
  expect(last.share).toBe(0.75);
  const items = screen.getAllByTestId('score-part').map((li) => li.textContent);
  expect(items.at(-1)).toBe('Customer brought in: 1 anecdote consulted + spoken for 2 times, 3 of 4 wanted');
  expect(scoreParts({ ...base, spokenForCustomer: 9 }).at(-1)!.share).toBe(1);
});
