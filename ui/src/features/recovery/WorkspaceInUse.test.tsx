// A workspace open in another copy of Empty Chair: its own screen names the file and says so,
// offers "Try again", "Open another workspace…" and "Quit", and never the recovery screen's
// ways out that would replace a file another copy is writing.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';

import { App } from '../../App';
import { failedBackend } from '../../test/fakeBackend';
import { opensAnotherWorkspace } from '../../test/recoveryKit';

const PATH = '/home/ana/ws.db';
const MESSAGE = `${PATH} is already open in another Empty Chair window or process; it was left untouched`;

/** A backend whose workspace is open in another copy until a test sets `status` to ok. */
const inUseBackend = () => failedBackend('in_use', MESSAGE, PATH);

const opened = (be: ReturnType<typeof failedBackend>) => {
  be.state.status = { ...be.state.status, state: 'ok', code: null, message: null };
};

describe('workspace open in another copy › what it says, and Try again', () => {
  test('says so, names the file, and offers only harmless ways on', async () => {
    const be = inUseBackend();
    expect(be.state.status.backups.length).toBeGreaterThan(0);
    render(<App />);
    const page = await screen.findByTestId('in-use');
    expect(within(page).getByRole('heading', { level: 1 }).textContent).toBe('This workspace is already open');
    expect(screen.getByTestId('in-use-path').textContent).toBe(PATH);
    expect(page.textContent).toContain('Another Empty Chair window has it open');
    expect(page.textContent).toContain('Switch to that window');
    expect(screen.getByTestId('in-use-retry').textContent).toBe('Try again');
    expect(screen.getByTestId('in-use-open').textContent).toBe('Open another workspace…');
    expect(screen.getByTestId('in-use-quit').textContent).toBe('Quit');

    // Nothing that would move, replace or restore over the file, although backups exist.
    expect(screen.queryByTestId('recovery')).toBeNull();
    expect(screen.queryByTestId('recovery-fresh')).toBeNull();
    expect(screen.queryByTestId('recovery-backup')).toBeNull();
    expect(page.textContent).not.toMatch(/empty workspace|backup|restore/i);
    expect(screen.getAllByRole('button')).toHaveLength(3);
    expect(screen.queryByTestId('app-shell')).toBeNull();
    expect(be.argsOf('start_fresh_workspace')).toHaveLength(0);
    expect(be.argsOf('restore_backup')).toHaveLength(0);
  });

  test('Try again stays while the other copy has it, and opens the app once it is gone', async () => {
    const be = inUseBackend();
    render(<App />);
    fireEvent.click(await screen.findByTestId('in-use-retry'));
    await screen.findByTestId('in-use-still');
    expect(be.argsOf('reopen_workspace')).toHaveLength(1);
    screen.getByTestId('in-use');

    opened(be); // the other copy quit
    fireEvent.click(screen.getByTestId('in-use-retry'));
    await screen.findByTestId('app-shell');
    expect(be.argsOf('reopen_workspace')).toHaveLength(2);
    await waitFor(() => expect(screen.queryByTestId('notice')).toBeNull());
  });

  test('a file that turned out damaged on Try again gets the recovery screen', async () => {
    const be = inUseBackend();
    be.on('reopen_workspace', () => {
      be.state.status = { ...be.state.status, code: 'corrupt', message: `${PATH} is damaged` };
      return be.state.status;
    });
    render(<App />);
    fireEvent.click(await screen.findByTestId('in-use-retry'));
    await screen.findByTestId('recovery');
    expect(screen.queryByTestId('in-use')).toBeNull();
  });
});

describe('workspace open in another copy › another workspace, Quit, and a failed Try again', () => {
  test('another workspace is picked in the open dialog; cancelling changes nothing', () =>
    opensAnotherWorkspace(inUseBackend(), 'in-use', 'in-use-open'));

  test('Quit ends this copy', async () => {
    const be = inUseBackend();
    render(<App />);
    fireEvent.click(await screen.findByTestId('in-use-quit'));
    await waitFor(() => expect(be.argsOf('quit_app')).toHaveLength(1));
  });

  test('a failed Try again shows its error and stays', async () => {
    const be = inUseBackend();
    be.refuse('reopen_workspace', { code: 'io', message: `${PATH}.lock: permission denied` });
    render(<App />);
    fireEvent.click(await screen.findByTestId('in-use-retry'));
    expect((await screen.findByTestId('in-use-error')).textContent).toContain('permission denied');
    screen.getByTestId('in-use');
  });
});
