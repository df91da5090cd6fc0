// Keyboard first: the command palette (filter, arrows, Enter, Escape), the shortcuts and the
// commands they call, the help dialog, and the theme toggle that overrides the system.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { filterActions } from './features/shell/CommandPalette';
import { THEME_KEY } from './lib/theme';
import { shortcutOf } from './features/shell/shortcuts';
import { renderApp } from './test/meetingKit';
import { agendaItem, anecdote, fakeBackend, hit } from './test/fakeBackend';

const key = (init: KeyboardEventInit, target: Element | Window = window) => fireEvent.keyDown(target, init);
const items = () => screen.getAllByTestId('palette-item');
const active = () => screen.getAllByTestId('palette-item').find((i) => i.getAttribute('aria-selected') === 'true');

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('shortcutOf', () => {
  const k = (init: Partial<KeyboardEvent>) => ({ key: '', code: '', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...init });
  test('maps key presses to actions, by the key’s place for letters', () => {
    expect(shortcutOf(k({ key: 'k', code: 'KeyK', ctrlKey: true }), false)).toBe('palette');
    expect(shortcutOf(k({ key: 'k', code: 'KeyK', metaKey: true }), true)).toBe('palette');
    expect(shortcutOf(k({ key: 'ArrowRight', altKey: true }), true)).toBe('next-prompt');
    expect(shortcutOf(k({ key: 'ArrowLeft', altKey: true }), false)).toBe('prev-prompt');
    expect(shortcutOf(k({ key: 'π', code: 'KeyP', altKey: true }), false)).toBe('pin-top');
    expect(shortcutOf(k({ key: '†', code: 'KeyT', altKey: true }), true)).toBe('toggle-timer');
    expect(shortcutOf(k({ key: 'Enter', ctrlKey: true }), true)).toBe('record-decision');
    expect(shortcutOf(k({ key: '?', shiftKey: true }), false)).toBe('help');
    // "?" typed in a field is text.
    expect(shortcutOf(k({ key: '?', shiftKey: true }), true)).toBeNull();
    expect(shortcutOf(k({ key: 'ArrowRight' }), false)).toBeNull();
    expect(shortcutOf(k({ key: 'p', code: 'KeyP' }), false)).toBeNull();
  });

  test('the palette filter keeps the actions holding every typed word', () => {
    const run = () => undefined;
    const acts = [
      { id: 'a', label: 'Open the projector', run },
      { id: 'b', label: 'Turn projector-safe on', run },
      { id: 'c', label: 'Go to library', run },
    ];
    expect(filterActions(acts, '').map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(filterActions(acts, 'PROJ').map((a) => a.id)).toEqual(['a', 'b']);
    expect(filterActions(acts, 'proj safe').map((a) => a.id)).toEqual(['b']);
    expect(filterActions(acts, 'nothing')).toEqual([]);
  });
});

describe('command palette', () => {
  test('Ctrl+K opens it, typing filters, arrows move, Enter runs, focus comes back', async () => {
    const be = fakeBackend();
    await renderApp();
    const before = screen.getByTestId('decision-statement');
    before.focus();
    key({ key: 'k', code: 'KeyK', ctrlKey: true }, before);
    const palette = screen.getByTestId('command-palette');
    const input = within(palette).getByTestId('palette-input');
    expect(document.activeElement).toBe(input);
    expect(items().map((i) => i.dataset.action)).toContain('pause');

    fireEvent.change(input, { target: { value: 'proj' } });
    expect(items().map((i) => i.textContent)).toEqual([
      'Open the projector',
      'Projector: full screen',
      'Projector: leave full screen',
      'Projector: choose the display…',
      'Turn projector-safe on',
    ]);
    expect(active()?.dataset.action).toBe('projector');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(active()?.dataset.action).toBe('projector-full');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(active()?.dataset.action).toBe('projector');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(active()?.dataset.action).toBe('projector-safe');
    fireEvent.keyDown(input, { key: 'Home' });
    expect(active()?.dataset.action).toBe('projector');
    fireEvent.keyDown(input, { key: 'End' });
    expect(active()?.dataset.action).toBe('projector-safe');
    expect(input.getAttribute('aria-activedescendant')).toBe(active()?.id);
    fireEvent.keyDown(input, { key: 'Enter' });

    expect(screen.queryByTestId('command-palette')).toBeNull();
    await waitFor(() => expect(be.argsOf('set_preferences')).toEqual([{ preferences: { projectorSafe: true } }]));
    expect(screen.getByTestId('projector-safe').getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(before);
  });

  test('⌘K opens it too; Escape closes it without running anything', async () => {
    const be = fakeBackend();
    await renderApp();
    key({ key: 'k', code: 'KeyK', metaKey: true });
    const input = screen.getByTestId('palette-input');
    fireEvent.change(input, { target: { value: 'zzz' } });
    expect(screen.queryAllByTestId('palette-item')).toHaveLength(0);
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByTestId('command-palette')).toBeNull();
    expect(be.calls.map((c) => c.cmd)).not.toContain('set_preferences');
  });

  test('runs meeting actions: end the meeting, next question, open the projector, go to the library', async () => {
    const be = fakeBackend();
    await renderApp();
    const run = (words: string) => {
      key({ key: 'k', code: 'KeyK', ctrlKey: true });
      fireEvent.change(screen.getByTestId('palette-input'), { target: { value: words } });
      fireEvent.keyDown(screen.getByTestId('palette-input'), { key: 'Enter' });
    };
    run('next question');
    await waitFor(() => expect(be.argsOf('set_prompt_index')).toEqual([{ meetingId: 'm1', index: 1 }]));
    run('open projector');
    await waitFor(() => expect(be.argsOf('open_projector')).toEqual([{ display: null }]));
    run('end meeting');
    await screen.findByTestId('meeting-ended');
    expect(be.argsOf('end_meeting')).toEqual([{ meetingId: 'm1' }]);
    run('library');
    await screen.findByTestId('library');
  });
});

describe('shortcuts', () => {
  test('Alt+→ and Alt+← move the prompt, from anywhere, even while typing', async () => {
    const be = fakeBackend();
    await renderApp();
    key({ key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(screen.getByTestId('prompt-text').textContent).toBe('What is the customer problem?'));
    key({ key: 'ArrowLeft', altKey: true }, screen.getByTestId('decision-statement'));
    await waitFor(() => expect(screen.getByTestId('prompt-text').textContent).toBe('Who is the customer?'));
    // Nothing before the first one.
    key({ key: 'ArrowLeft', altKey: true });
    expect(be.argsOf('set_prompt_index').map((a) => a.index)).toEqual([1, 0]);
  });

  test('Alt+P pins the top relevant anecdote not yet pinned', async () => {
    const be = fakeBackend();
    be.state.hits = [hit(anecdote('a1', 'First')), hit(anecdote('a2', 'Second'))];
    await renderApp();
    await waitFor(() => expect(screen.getAllByTestId('pin-anecdote')).toHaveLength(2));
    key({ key: 'π', code: 'KeyP', altKey: true });
    await waitFor(() => expect(screen.getByTestId('pinned-count').textContent).toContain('1 anecdote pinned'));
    key({ key: 'π', code: 'KeyP', altKey: true });
    await waitFor(() => expect(screen.getByTestId('pinned-count').textContent).toContain('2 anecdotes pinned'));
    expect(be.argsOf('record_customer_reference').map((a) => (a.input as { anecdoteId: string }).anecdoteId)).toEqual(['a1', 'a2']);
  });

  test('Alt+T pauses and resumes the current item; with none current it starts the first', async () => {
    const be = fakeBackend();
    const v = be.state.views.get('m1')!;
    v.agenda = [agendaItem('g1', 'Intro'), agendaItem('g2', 'Options')];
    await renderApp();
    // The agenda on screen first: Alt+T acts on what the meeting shows (a loaded machine can
    // show the meeting a moment before its agenda).
    await screen.findByText('Intro');
    key({ key: '†', code: 'KeyT', altKey: true });
    await waitFor(() => expect(be.argsOf('start_agenda_item')).toEqual([{ meetingId: 'm1', itemId: 'g1' }]), { timeout: 4000 });
    await screen.findByTestId('time-left');
    key({ key: '†', code: 'KeyT', altKey: true });
    await screen.findByTestId('resume-meeting');
    key({ key: '†', code: 'KeyT', altKey: true });
    await screen.findByTestId('pause-meeting');
    expect(be.calls.map((c) => c.cmd).filter((c) => ['pause_meeting', 'resume_meeting'].includes(c))).toEqual([
      'pause_meeting',
      'resume_meeting',
    ]);
  });

  test('Ctrl+Enter records the decision from outside the form', async () => {
    const be = fakeBackend();
    await renderApp();
    fireEvent.change(screen.getByTestId('decision-statement'), { target: { value: 'Ship the label fix' } });
    key({ key: 'Enter', ctrlKey: true }, document.body);
    await waitFor(() => expect(be.argsOf('record_decision')).toHaveLength(1));
    // Inside the form it is recorded once, not twice.
    fireEvent.change(screen.getByTestId('decision-statement'), { target: { value: 'Another' } });
    key({ key: 'Enter', ctrlKey: true }, screen.getByTestId('decision-rationale'));
    await waitFor(() => expect(be.argsOf('record_decision')).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 50));
    expect(be.argsOf('record_decision')).toHaveLength(2);
  });

  test('"?" shows the shortcuts, except while typing; shortcuts sleep while a dialog is open', async () => {
    const be = fakeBackend();
    await renderApp();
    key({ key: '?', shiftKey: true }, screen.getByTestId('decision-statement'));
    expect(screen.queryByTestId('shortcut-help')).toBeNull();
    key({ key: '?', shiftKey: true }, document.body);
    const help = screen.getByTestId('shortcut-help');
    expect(help.textContent).toContain('Ctrl+K');
    expect(help.textContent).toContain('Alt+P');
    key({ key: 'ArrowRight', altKey: true }, within(help).getByText('Close'));
    expect(be.argsOf('set_prompt_index')).toHaveLength(0);
    fireEvent.keyDown(within(help).getByText('Close'), { key: 'Escape' });
    expect(screen.queryByTestId('shortcut-help')).toBeNull();
  });
});

describe('theme', () => {
  test('the toggle overrides the system and is remembered', async () => {
    fakeBackend();
    const { unmount } = await renderApp();
    const toggle = screen.getByTestId('theme-toggle');
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    unmount();

    fakeBackend();
    await renderApp();
    expect(screen.getByTestId('theme-toggle').getAttribute('aria-checked')).toBe('true');
    expect(document.documentElement.dataset.theme).toBe('dark');
    fireEvent.click(screen.getByTestId('theme-toggle'));
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
