// What the tests of the two screens shown instead of the app (recovery, and "already open")
// share: "Open another workspace…", where cancelling the dialog stays and a picked file opens.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

import { App } from '../App';
import type { failedBackend } from './fakeBackend';

/** On the screen `screenId`, `openId` asks for a workspace: cancelled, nothing opens; picked, the app opens it. */
export async function opensAnotherWorkspace(be: ReturnType<typeof failedBackend>, screenId: string, openId: string) {
  render(<App />);
  fireEvent.click(await screen.findByTestId(openId));
  await waitFor(() => expect(be.dialogCalls('open').length > 0).toBe(true));
  expect(be.argsOf('open_workspace')).toHaveLength(0);
  screen.getByTestId(screenId);

  be.state.pickedFile = '/home/ana/other.db';
  fireEvent.click(screen.getByTestId(openId));
  await screen.findByTestId('app-shell');
  expect(be.argsOf('open_workspace')).toEqual([{ path: '/home/ana/other.db' }]);
}
