// What the meeting's tests share: a fake clock at NOW, waiting on it, the app rendered with its
// meeting open, and m1 given an agenda.
import { act, render, screen } from '@testing-library/react';
import { vi } from 'vitest';

import { App } from '../App';
import { clearNudgeHolds } from '../features/meeting/useNudgeHold';
import { agendaItem, type fakeBackend } from './fakeBackend';

export const NOW = Date.parse('2025-03-01T10:00:00Z');
export const iso = (ms: number) => new Date(ms).toISOString();

/** Fake clock at NOW; real promises. */
export function useFakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(NOW);
}

/** Lets `ms` pass on the fake clock, running what falls due and the promises it starts. */
export async function pass(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** Waits (on the fake clock) until `find` finds something. */
export async function until<T>(find: () => T | null): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await pass(10);
  }
  throw new Error('it never appeared');
}

export async function renderApp() {
  const utils = render(<App />);
  if (vi.isFakeTimers()) await until(() => screen.queryByTestId('meeting'));
  else await screen.findByTestId('meeting');
  return utils;
}

/** After each test: the real clock back, and no nudge held over. */
export function cleanUp() {
  vi.useRealTimers();
  clearNudgeHolds();
}

/** m1 with an agenda: "Why returns cost" current (10 min planned, 2 min done before, running for a minute). */
export function withAgenda(be: ReturnType<typeof fakeBackend>, current: Partial<ReturnType<typeof agendaItem>> = {}) {
  const v = be.state.views.get('m1')!;
  v.agenda = [
    agendaItem('g1', 'Why returns cost', {
      elapsedSeconds: 120,
      runningSince: iso(NOW - 60_000),
      startedAt: iso(NOW - 180_000),
      ...current,
    }),
    agendaItem('g2', 'Options', { position: 1, plannedMinutes: 15 }),
  ];
  v.meeting.currentAgendaItemId = 'g1';
  return v;
}
