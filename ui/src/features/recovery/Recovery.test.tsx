// The recovery screen: a workspace that cannot be opened says why, names the file, and offers
// a backup, another file, or a fresh start; once one works, the app opens.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';

import { App } from '../../App';
import { failedBackend, fakeBackend } from '../../test/fakeBackend';
import { opensAnotherWorkspace } from '../../test/recoveryKit';

/** A backend whose workspace failed to open with `code` until a recovery command succeeds. */
const brokenBackend = (code: 'corrupt' | 'foreign' | 'newer', message: string) => failedBackend(code, message);

describe('recovery screen', () => {
  test('a damaged file shows why, the file, and its backups instead of the app', async () => {
    brokenBackend('corrupt', '/home/ana/ws.db is damaged or is not a database, so it was not opened');
    render(<App />);
    const page = await screen.findByTestId('recovery');
    expect(page.textContent).toContain('This workspace file is damaged');
    expect(screen.getByTestId('recovery-message').textContent).toContain('/home/ana/ws.db');
    expect(screen.getAllByTestId('recovery-backup')).toHaveLength(1);
    expect(within(page).getByText('Start an empty workspace here')).toBeTruthy();
    expect(within(page).getByText('Open another workspace…')).toBeTruthy();
    expect(screen.queryByTestId('app-shell')).toBeNull();
  });

  test('a newer workspace says so', async () => {
    brokenBackend('newer', '/w.db was saved by a newer version of Empty Chair');
    render(<App />);
    expect((await screen.findByTestId('recovery')).textContent).toContain('from a newer Empty Chair');
  });

  test('restoring a backup opens the app', async () => {
    const be = brokenBackend('foreign', '/w.db is a database of another program');
    render(<App />);
    fireEvent.click((await screen.findAllByTestId('recovery-backup'))[0]!);
    await screen.findByTestId('app-shell');
    expect(be.argsOf('restore_backup')).toEqual([{ file: '20260301-091200.db' }]);
  });

  test('starting fresh opens the app', async () => {
    const be = brokenBackend('corrupt', '/w.db is damaged');
    render(<App />);
    fireEvent.click(await screen.findByTestId('recovery-fresh'));
    await screen.findByTestId('app-shell');
    expect(be.argsOf('start_fresh_workspace')).toHaveLength(1);
    // What failed while the workspace was broken is not reported once it opens.
    await waitFor(() => expect(screen.queryByTestId('notice')).toBeNull());
  });

  test('another workspace is picked in the open dialog; cancelling changes nothing', () =>
    opensAnotherWorkspace(brokenBackend('corrupt', '/w.db is damaged'), 'recovery', 'recovery-open'));

  test('a failed recovery shows its error and stays', async () => {
    const be = brokenBackend('corrupt', '/w.db is damaged');
    be.refuse('start_fresh_workspace', { code: 'io', message: '/w.db: permission denied' });
    render(<App />);
    fireEvent.click(await screen.findByTestId('recovery-fresh'));
    expect((await screen.findByTestId('recovery-error')).textContent).toContain('permission denied');
    screen.getByTestId('recovery');
  });
});

describe('backups dialog', () => {
  test('lists backups, backs up now, and restores after confirming', async () => {
    const be = fakeBackend();
    render(<App />);
    await screen.findByTestId('meeting');
    fireEvent.click(screen.getByTestId('show-backups'));
    const dialog = await screen.findByTestId('backups-dialog');
    await waitFor(() => expect(within(dialog).getAllByTestId('backup-item')).toHaveLength(1));
    fireEvent.click(screen.getByTestId('backup-now'));
    await waitFor(() => expect(within(dialog).getAllByTestId('backup-item')).toHaveLength(2));

    fireEvent.click(within(dialog).getAllByTestId('backup-restore')[1]!);
    expect(be.argsOf('restore_backup')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('backup-restore-confirm'));
    await waitFor(() => expect(screen.queryByTestId('backups-dialog')).toBeNull());
    expect(be.argsOf('restore_backup')).toEqual([{ file: '20260301-091200.db' }]);
  });
});
