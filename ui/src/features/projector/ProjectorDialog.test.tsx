// The projector's controls on the laptop against the fake backend: the displays to choose from,
// the remembered one offered first, open, move, full screen and close; with one display, the
// window beside this one, said so.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';

import { App } from '../../App';
import type { Display } from '../../bindings/Display';
import { fakeBackend } from '../../test/fakeBackend';

const laptop: Display = { name: 'eDP-1', area: { x: 0, y: 0, width: 1920, height: 1080 }, hasMain: true, hasProjector: false };
const projector: Display = { name: 'HDMI-1', area: { x: 1920, y: 0, width: 1280, height: 720 }, hasMain: false, hasProjector: false };

async function openControls() {
  render(<App />);
  fireEvent.click(within(await screen.findByTestId('meeting')).getByTestId('open-projector'));
  return screen.findByTestId('projector-dialog');
}

const radios = () => within(screen.getByTestId('projector-dialog')).queryAllByRole<HTMLInputElement>('radio');
const chosen = () => radios().find((r) => r.checked)?.value;

describe('the projector controls', () => {
  test('open on the display picked, remembered, moved, full screen off and on, closed', async () => {
    const be = fakeBackend();
    be.state.displays = [laptop, projector];
    await openControls();
    // Never chosen before: the display this window is not on is offered.
    await waitFor(() => expect(chosen()).toBe('HDMI-1'));
    expect(screen.getAllByTestId('projector-display').map((d) => d.textContent)).toEqual([
      'eDP-1' + '1920 × 1080 · this window',
      'HDMI-1' + '1280 × 720',
    ]);
    expect(screen.getByTestId('projector-state').textContent).toBe('The projector is not open.');
    fireEvent.click(screen.getByTestId('projector-show'));
    await waitFor(() => expect(screen.getByTestId('projector-state').textContent).toBe('The projector is open, full screen on HDMI-1.'));
    expect(be.argsOf('open_projector')).toEqual([{ display: 'HDMI-1' }]);
    await waitFor(() => expect(be.argsOf('set_preferences').at(-1)).toEqual({ preferences: { projectorSafe: false, projectorDisplay: 'HDMI-1' } }));
    expect((screen.getByTestId('projector-show') as HTMLButtonElement).disabled).toBe(true);

    // Moved to the laptop's own screen from here.
    fireEvent.click(radios()[0]!);
    expect(screen.getByTestId('projector-show').textContent).toBe('Move to eDP-1');
    fireEvent.click(screen.getByTestId('projector-show'));
    await waitFor(() => expect(screen.getByTestId('projector-state').textContent).toContain('on eDP-1'));
    expect(be.argsOf('open_projector').at(-1)).toEqual({ display: 'eDP-1' });

    fireEvent.click(screen.getByTestId('projector-fullscreen'));
    await waitFor(() => expect(screen.getByTestId('projector-state').textContent).toBe('The projector is open as a window on eDP-1.'));
    expect(be.argsOf('set_projector_fullscreen')).toEqual([{ on: false }]);
    expect(screen.getByTestId('projector-fullscreen').textContent).toBe('Full screen');
    fireEvent.click(screen.getByTestId('projector-fullscreen'));
    await waitFor(() => expect(be.argsOf('set_projector_fullscreen').at(-1)).toEqual({ on: true }));

    fireEvent.click(screen.getByTestId('projector-close'));
    await waitFor(() => expect(screen.getByTestId('projector-state').textContent).toBe('The projector is not open.'));
    expect(be.argsOf('close_projector')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('projector-done'));
    expect(screen.queryByTestId('projector-dialog')).toBeNull();
  });

  test('the display remembered from last time is offered first', async () => {
    const be = fakeBackend();
    be.state.displays = [laptop, projector, { ...projector, name: 'DP-2', area: { ...projector.area, x: 3200 } }];
    be.state.preferences = { projectorSafe: false, projectorDisplay: 'DP-2' };
    await openControls();
    await waitFor(() => expect(chosen()).toBe('DP-2'));
    expect(screen.getByTestId('projector-show').textContent).toBe('Open on DP-2');
  });

  test('with one display it opens beside this window and says so, remembering nothing', async () => {
    const be = fakeBackend();
    await openControls();
    await screen.findByTestId('projector-single');
    expect(radios()).toHaveLength(0);
    expect(screen.getByTestId('projector-show').textContent).toBe('Open beside this window');
    fireEvent.click(screen.getByTestId('projector-show'));
    await waitFor(() => expect(screen.getByTestId('projector-state').textContent).toBe('The projector is open as a window on eDP-1.'));
    expect(be.argsOf('open_projector')).toEqual([{ display: null }]);
    expect(be.argsOf('set_preferences')).toEqual([]);
  });

  test('a failure to open is said in the dialog', async () => {
    const be = fakeBackend();
    be.refuse('open_projector', { code: 'internal', message: 'no window' });
    await openControls();
    await screen.findByTestId('projector-state');
    fireEvent.click(screen.getByTestId('projector-show'));
    expect((await screen.findByRole('alert')).textContent).toBe('The projector could not be opened: no window');
  });
});
