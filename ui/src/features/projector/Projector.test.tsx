// The projector: the app at #projector renders only the projector view, from the last state
// and then from each pushed `projector-state`, with no controls; the main window pushes what
// it shows (masked when projector-safe is on), debounced.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { emit } from '@tauri-apps/api/event';
import { afterEach, describe, expect, test } from 'vitest';

import type { ProjectorState } from '../../bindings/ProjectorState';
import { PROJECTOR_HASH, Root } from '../../Root';
import { agendaItem, anecdote, deferred, fakeBackend, hit, persona } from '../../test/fakeBackend';

function state(extra: Partial<ProjectorState> = {}): ProjectorState {
  return {
    meetingTitle: 'Returns policy review',
    personaName: 'Diane Okafor',
    personaSegment: 'Loyal member',
    personaQuote: 'I just want it to work.',
    personaAvatar: null,
    promptText: 'Who is the customer?',
    promptPosition: 0,
    promptCount: 5,
    deckName: 'Five customer questions',
    agendaItemTitle: 'Why returns cost',
    secondsLeft: 95,
    nudge: 'What would Diane say?',
    anecdotes: [
      { text: 'One', saidOn: '2025-02-11', channel: 'chat' },
      { text: 'Two', saidOn: null, channel: '' },
      { text: 'Three', saidOn: null, channel: 'email' },
      { text: 'Four', saidOn: null, channel: 'email' },
    ],
    decisionStatement: null,
    annotations: [],
    ...extra,
  };
}

afterEach(() => {
  window.location.hash = '';
  delete document.documentElement.dataset.theme;
});

describe('projector window', () => {
  test('renders only the projector, from the last state, then follows pushes; no controls', async () => {
    const be = fakeBackend();
    be.state.projector = state();
    window.location.hash = PROJECTOR_HASH;
    const { container } = render(<Root />);
    await waitFor(() => expect(screen.getByTestId('projector-name').textContent).toBe('Diane Okafor'));
    expect(screen.queryByTestId('app-shell')).toBeNull();
    expect(be.calls.map((c) => c.cmd).sort()).toEqual(['get_projector_state', 'projector_room']);
    const p = screen.getByTestId('projector');
    expect(screen.getByTestId('projector-prompt').textContent).toBe('Who is the customer?');
    expect(p.textContent).toContain('Question 1 of 5');
    expect(screen.getByTestId('projector-time-left').textContent).toBe('01:35 left');
    expect(screen.getByTestId('projector-time-left').className).toContain('projector__clock--near');
    expect(screen.getByTestId('projector-nudge').textContent).toBe('What would Diane say?');
    expect(screen.getAllByTestId('projector-anecdote').map((a) => a.querySelector('blockquote')?.textContent)).toEqual([
      'One',
      'Two',
      'Three',
    ]);
    expect(container.querySelectorAll('button, input, select, textarea, a, [tabindex]')).toHaveLength(0);
    // Dark by default.
    expect(document.documentElement.dataset.theme).toBe('dark');

    await act(async () => {
      await emit('projector-state', state({ personaName: 'Tomás Reyes', promptText: 'What is the problem?', secondsLeft: -30, nudge: null, anecdotes: [] }));
    });
    expect(screen.getByTestId('projector-name').textContent).toBe('Tomás Reyes');
    expect(screen.getByTestId('projector-prompt').textContent).toBe('What is the problem?');
    expect(screen.getByTestId('projector-time-left').textContent).toBe('00:30 over');
    expect(screen.queryByTestId('projector-nudge')).toBeNull();
    expect(screen.queryAllByTestId('projector-anecdote')).toHaveLength(0);
    expect(container.querySelectorAll('button, input, select, textarea, a')).toHaveLength(0);
  });

  test('waits calmly when nothing was sent yet; customer text stays text', async () => {
    const be = fakeBackend();
    window.location.hash = PROJECTOR_HASH;
    const { container } = render(<Root />);
    await waitFor(() => expect(be.argsOf('get_projector_state')).toHaveLength(1));
    expect(screen.getByTestId('projector').textContent).toContain('waiting');
    const evil = '<img src=x onerror=alert(1)>';
    await act(async () => {
      await emit('projector-state', state({ personaName: evil, anecdotes: [{ text: evil, saidOn: null, channel: '' }] }));
    });
    expect(screen.getByTestId('projector-name').textContent).toBe(evil);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('the main window pushes to the projector', () => {
  test('what it shows, masked when projector-safe is on, once things settle', async () => {
    const be = fakeBackend();
    be.state.preferences = { projectorSafe: true };
    be.state.hits = [1, 2, 3, 4].map((n) => hit(anecdote(`a${n}`, `Call me at (555) 123-456${n}`)));
    const v = be.state.views.get('m1')!;
    v.personas = [persona('p1', 'Diane Okafor', { quote: 'Quote' })];
    v.agenda = [agendaItem('g1', 'Why returns cost', { runningSince: null, elapsedSeconds: 60 })];
    v.meeting.currentAgendaItemId = 'g1';
    // The preferences answer late: nothing may go out before them.
    const prefs = deferred<unknown>();
    be.on('get_preferences', () => prefs.promise);
    render(<Root />);
    await screen.findByTestId('meeting');
    await new Promise((r) => setTimeout(r, 500));
    expect(be.argsOf('show_on_projector')).toHaveLength(0);
    prefs.resolve({ projectorSafe: true });
    await waitFor(() => expect(be.state.projector?.anecdotes).toHaveLength(3));
    // Nothing unmasked ever went out, not even before the preferences were read.
    expect(be.argsOf('show_on_projector').map((a) => (a.state as ProjectorState).anecdotes[0]?.text)).toEqual(
      be.argsOf('show_on_projector').map(() => 'Call me at [phone]'),
    );
    expect(be.state.projector).toMatchObject({
      meetingTitle: 'Returns policy review',
      personaName: 'Diane Okafor',
      personaQuote: 'Quote',
      promptText: 'Who is the customer?',
      promptPosition: 0,
      promptCount: 3,
      agendaItemTitle: 'Why returns cost',
      secondsLeft: 540,
      nudge: null,
    });
    // Unchanged state is not sent again.
    const sent = be.argsOf('show_on_projector').length;
    await new Promise((r) => setTimeout(r, 400));
    expect(be.argsOf('show_on_projector')).toHaveLength(sent);
    fireEvent.click(within(screen.getByTestId('meeting')).getByTestId('open-projector'));
    // The controls list the displays first (the button waits for them).
    await screen.findByTestId('projector-state');
    fireEvent.click(screen.getByTestId('projector-show'));
    await waitFor(() => expect(be.argsOf('open_projector')).toEqual([{ display: null }]));
  });
});
