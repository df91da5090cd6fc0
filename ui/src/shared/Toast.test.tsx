// The toast: its action, and that it goes away by itself after about 8 seconds.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';

import { TOAST_MS, Toast } from './Toast';

test('offers its action and goes away after 8 seconds', async () => {
  vi.useFakeTimers();
  try {
    const onAction = vi.fn();
    const onDismiss = vi.fn();
    render(<Toast message="Anecdote deleted" actionLabel="Undo" onAction={onAction} onDismiss={onDismiss} actionTestId="undo" />);
    expect(screen.getByRole('status').textContent).toContain('Anecdote deleted');
    fireEvent.click(screen.getByTestId('undo'));
    expect(onAction).toHaveBeenCalledTimes(1);

    expect(TOAST_MS).toBe(8000);
    await act(async () => {
      vi.advanceTimersByTime(7999);
    });
    expect(onDismiss).not.toHaveBeenCalled();
    await act(async () => {
      vi.advanceTimersByTime(1);
    });
    expect(onDismiss).toHaveBeenCalledTimes(1);
  } finally {
    vi.useRealTimers();
  }
});

test('Dismiss closes it at once', () => {
  const onDismiss = vi.fn();
  render(<Toast message="Saved" onDismiss={onDismiss} />);
  fireEvent.click(screen.getByLabelText('Dismiss'));
  expect(onDismiss).toHaveBeenCalledTimes(1);
});
