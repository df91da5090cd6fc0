import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { clearMocks } from '@tauri-apps/api/mocks';

import { decision, fakeBackend, meeting } from '../../test/fakeBackend';
import { DecisionsView } from './DecisionsView';

afterEach(() => clearMocks());

test('every decision across meetings, narrowed by the words typed, exported with the same filter', async () => {
  const be = fakeBackend();
  be.state.views.get('m1')!.decisions = [
    decision('d1', 'Store credit for gifts', { rationale: 'Members asked for refunds' }),
    decision('d2', 'Free shipping on exchanges'),
  ];
  const onExport = vi.fn();
  render(
    <DecisionsView
      meetings={[{ id: 'm1', title: meeting('m1').title, heldOn: '2025-03-01', status: 'running', decisionCount: 2 }]}
      personas={[]}
      refreshKey={0}
      onExport={onExport}
      onOpenMeeting={() => {}}
    />,
  );
  await waitFor(() => expect(screen.getAllByTestId('decisions-item')).toHaveLength(2));
  fireEvent.change(screen.getByTestId('decisions-search'), { target: { value: 'refunds' } });
  await waitFor(() => expect(screen.getAllByTestId('decisions-item')).toHaveLength(1));
  expect(screen.getByTestId('decisions-count').textContent).toBe('1 decision');
  expect(be.argsOf('find_decisions').at(-1)).toMatchObject({ filter: { query: 'refunds' } });

  // Opens in place with its rationale and history.
  fireEvent.click(screen.getByTestId('decisions-open'));
  expect(screen.getByTestId('decisions-body').textContent).toContain('Members asked for refunds');
  expect(screen.getByTestId('decisions-open').getAttribute('aria-expanded')).toBe('true');

  fireEvent.click(screen.getByTestId('decisions-export'));
  expect(onExport).toHaveBeenCalledWith({ query: 'refunds' });
});
