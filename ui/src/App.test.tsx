// Behaviour of the whole app against a fake backend: opening the last meeting, untrusted text,
// prompt navigation, the meeting's status, the sample workspace, live updates, the views and
// projector-safe. (The decision form and a new meeting: in their feature folders.)
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { emit } from '@tauri-apps/api/event';
import { describe, expect, test } from 'vitest';

import { App } from './App';
import type { MeetingView } from './bindings/MeetingView';
import { type } from './test/actions';
import { renderApp } from './test/meetingKit';
import { PNG_DATA_URL, anecdote, changeOf, deferred, fakeBackend, hit, meeting, persona, view } from './test/fakeBackend';

describe('start', () => {
  test('opens the last meeting and shows the persona in the chair', async () => {
    const be = fakeBackend();
    await renderApp();
    expect(be.argsOf('open_meeting')).toEqual([{ id: 'm1' }]);
    expect(screen.getByTestId('meeting-title').textContent).toBe('Returns policy review');
    expect(screen.getByTestId('chair-name').textContent).toBe('Diane Okafor');
    expect(within(screen.getByTestId('chair')).getByText(/work the way it used to/)).toBeTruthy();
    const items = within(screen.getByTestId('meeting-list')).getAllByTestId('meeting-item');
    expect(items).toHaveLength(1);
    expect(items[0]!.getAttribute('aria-current')).toBe('true');
    expect(screen.getByTestId('sample-banner').textContent).toContain('sample workspace');
  });

  test('a workspace that cannot be opened shows the error page', async () => {
    const be = fakeBackend();
    be.refuse('get_workspace', { code: 'open', message: 'the workspace at /x could not be opened: disk I/O error' });
    render(<App />);
    const page = await screen.findByTestId('fatal-error');
    expect(page.textContent).toContain('Your workspace could not be opened');
    expect(page.textContent).toContain('disk I/O error');
    expect(screen.queryByTestId('meeting')).toBeNull();
  });

  test('an empty workspace explains how to begin', async () => {
    const be = fakeBackend();
    be.state.views.clear();
    be.state.summary = { ...be.state.summary, isSample: false, lastMeetingId: null, meetingCount: 0 };
    render(<App />);
    const empty = await screen.findByTestId('empty-state');
    expect(within(empty).getByText('New meeting')).toBeTruthy();
    expect(within(empty).getByText('Load the sample workspace')).toBeTruthy();
    expect(screen.queryByTestId('sample-banner')).toBeNull();
  });
});

describe('untrusted customer text', () => {
  test('markup in anecdotes, personas and decisions is shown as text, never run', async () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const be = fakeBackend();
    const v = be.state.views.get('m1')!;
    v.personas = [persona('p1', `Eve ${evil}`, { quote: evil, goals: [evil] })];
    v.meeting.title = `Meeting ${evil}`;
    be.state.hits = [
      {
        anecdote: anecdote('a1', `${evil} refund`),
        snippet: [
          { text: evil, hit: false },
          { text: '<b>refund</b>', hit: true },
        ],
        matched: ['refund'],
        score: 1,
      },
    ];
    const { container } = await renderApp();
    await screen.findByTestId('anecdote');

    type('decision-statement', evil);
    fireEvent.click(screen.getByTestId('record-decision'));
    await screen.findByTestId('decision-statement-text');

    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByTestId('anecdote').textContent).toContain(evil);
    expect(screen.getByTestId('anecdote').querySelector('mark')?.textContent).toBe('<b>refund</b>');
    expect(screen.getByTestId('chair-name').textContent).toBe(`Eve ${evil}`);
    expect(screen.getByTestId('meeting-title').textContent).toBe(`Meeting ${evil}`);
    expect(screen.getByTestId('decision-statement-text').textContent).toBe(evil);
  });
});

describe('prompt', () => {
  test('Next and Previous move the prompt, optimistically, and stop at the ends', async () => {
    const be = fakeBackend();
    await renderApp();
    const prev = screen.getByTestId('prompt-prev') as HTMLButtonElement;
    const next = screen.getByTestId('prompt-next') as HTMLButtonElement;
    expect(screen.getByTestId('prompt-text').textContent).toBe('Who is the customer?');
    expect(screen.getByTestId('prompt').textContent).toContain('Question 1 of 3');
    expect(prev.disabled).toBe(true);
    expect(next.disabled).toBe(false);

    // The screen moves before the backend answers.
    const answer = deferred<unknown>();
    be.on('set_prompt_index', () => answer.promise);
    fireEvent.click(next);
    expect(screen.getByTestId('prompt-text').textContent).toBe('What is the customer problem?');
    expect(be.argsOf('set_prompt_index')).toEqual([{ meetingId: 'm1', index: 1 }]);
    await act(async () => answer.resolve(meeting('m1', { promptIndex: 1 })));

    be.on('set_prompt_index', (a) => meeting('m1', { promptIndex: Number(a.index) }));
    fireEvent.click(next);
    expect(screen.getByTestId('prompt').textContent).toContain('Question 3 of 3');
    expect(next.disabled).toBe(true);
    expect(prev.disabled).toBe(false);
    fireEvent.click(next);
    expect(be.argsOf('set_prompt_index').map((a) => a.index)).toEqual([1, 2]);

    fireEvent.click(prev);
    await waitFor(() => expect(be.argsOf('set_prompt_index').map((a) => a.index)).toEqual([1, 2, 1]));
    expect(screen.getByTestId('prompt-text').textContent).toBe('What is the customer problem?');
  });

  test('a refused move goes back to what the backend has and says why', async () => {
    const be = fakeBackend();
    await renderApp();
    be.refuse('set_prompt_index', { code: 'invalid', field: 'promptIndex', message: 'promptIndex: 1 is past the last prompt' });
    fireEvent.click(screen.getByTestId('prompt-next'));
    expect(await screen.findByTestId('notice')).toBeTruthy();
    expect(screen.getByTestId('notice').textContent).toContain('promptIndex: 1 is past the last prompt');
    await waitFor(() =>
      expect(screen.getByTestId('prompt-text').textContent).toBe('Who is the customer?'),
    );
  });
});

describe('meeting status', () => {
  test('ending a meeting replaces the form with the summary; Reopen brings it back', async () => {
    const be = fakeBackend();
    await renderApp();
    fireEvent.click(screen.getByTestId('end-meeting'));
    await screen.findByTestId('meeting-ended');
    expect(be.argsOf('end_meeting')).toEqual([{ meetingId: 'm1' }]);
    expect(screen.queryByTestId('decision-form')).toBeNull();
    expect(screen.getByTestId('meeting-ended').textContent).toContain('This meeting has ended.');
    expect(screen.getByTestId('meeting-summary')).toBeTruthy();
    expect(screen.queryByTestId('pin-anecdote')).toBeNull();
    expect(screen.queryByTestId('prompt-answer')).toBeNull();

    fireEvent.click(screen.getByTestId('reopen-meeting'));
    await screen.findByTestId('decision-form');
    expect(be.argsOf('set_meeting_status')).toEqual([{ meetingId: 'm1', status: 'running' }]);
  });
});

describe('sample workspace', () => {
  test('starting an empty workspace asks first', async () => {
    const be = fakeBackend();
    await renderApp();
    fireEvent.click(screen.getByTestId('start-empty'));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('A snapshot is taken first');
    expect(be.argsOf('start_empty_workspace')).toHaveLength(0);

    fireEvent.click(within(dialog).getByTestId('confirm-cancel'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(be.argsOf('start_empty_workspace')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('start-empty'));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByTestId('confirm-ok'));
    await screen.findByTestId('empty-state');
    expect(be.argsOf('start_empty_workspace')).toEqual([{ confirmed: true }]);
    expect(screen.queryByTestId('sample-banner')).toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('live updates', () => {
  test('workspace-changed reloads the meetings list and the open meeting it names', async () => {
    const be = fakeBackend();
    await renderApp();
    const other: MeetingView = view(meeting('m2', { title: 'Checkout redesign', heldOn: '2025-03-05' }));
    be.state.views.set('m2', other);
    be.state.views.get('m1')!.meeting.title = 'Returns policy review (renamed)';

    // A change in another meeting leaves the open one as it was.
    await act(async () => {
      await emit('workspace-changed', { areas: ['meetings'], meetingId: 'm9', decisionIds: [], reactions: [], pulse: null });
    });
    await waitFor(() => expect(screen.getAllByTestId('meeting-item')).toHaveLength(2));
    expect(screen.getByTestId('meeting-title').textContent).toBe('Returns policy review');

    await act(async () => {
      await emit('workspace-changed', { areas: ['meetings'], meetingId: 'm1', decisionIds: [], reactions: [], pulse: null });
    });
    await waitFor(() => expect(screen.getAllByTestId('meeting-item')).toHaveLength(2));
    expect(screen.getByTestId('meeting-title').textContent).toBe('Returns policy review (renamed)');

    fireEvent.click(screen.getByText('Checkout redesign'));
    await waitFor(() => expect(screen.getByTestId('meeting-title').textContent).toBe('Checkout redesign'));
    expect(screen.getByTestId('chair').textContent).toContain('No one in the chair yet');
  });

  test('a draft survives switching to another meeting and back', async () => {
    const be = fakeBackend();
    be.state.views.set('m2', view(meeting('m2', { title: 'Checkout redesign' })));
    await renderApp();
    type('decision-statement', 'Half-written thought');
    fireEvent.click(screen.getByText('Checkout redesign'));
    await waitFor(() => expect(screen.getByTestId('meeting-title').textContent).toBe('Checkout redesign'));
    expect((screen.getByTestId('decision-statement') as HTMLTextAreaElement).value).toBe('');
    fireEvent.click(screen.getByText('Returns policy review'));
    await waitFor(() =>
      expect((screen.getByTestId('decision-statement') as HTMLTextAreaElement).value).toBe(
        'Half-written thought',
      ),
    );
  });
});

describe('views', () => {
  test('the sidebar switches between meetings, library, personas and the report', async () => {
    fakeBackend();
    await renderApp();
    expect(screen.getByTestId('nav-meetings').getAttribute('aria-current')).toBe('page');
    fireEvent.click(screen.getByTestId('nav-library'));
    await screen.findByTestId('library');
    expect(screen.queryByTestId('meeting')).toBeNull();
    expect(screen.getByTestId('nav-library').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-meetings').getAttribute('aria-current')).toBeNull();
    // The open meeting is not shown as current outside the meetings view.
    expect(screen.getByTestId('meeting-item').getAttribute('aria-current')).toBeNull();

    fireEvent.click(screen.getByTestId('nav-personas'));
    await screen.findByTestId('personas');
    fireEvent.click(screen.getByTestId('nav-report'));
    await screen.findByTestId('report');

    // Picking a meeting goes back to it.
    fireEvent.click(screen.getByTestId('meeting-item'));
    await screen.findByTestId('meeting');
    expect(screen.getByTestId('nav-meetings').getAttribute('aria-current')).toBe('page');
  });

  test('prompt decks: from the sidebar and the palette; a new deck is offered for new meetings', async () => {
    const be = fakeBackend();
    await renderApp();
    fireEvent.click(screen.getByTestId('nav-decks'));
    await screen.findByTestId('decks');
    expect(screen.getByTestId('nav-decks').getAttribute('aria-current')).toBe('page');

    fireEvent.click(screen.getByTestId('deck-new'));
    type('deck-name', 'Pricing questions');
    type('deck-prompt-text', 'Who pays?');
    fireEvent.click(screen.getByTestId('deck-save'));
    await waitFor(() => expect(be.argsOf('create_deck')).toHaveLength(1));
    // The backend announces the change; the workspace reloads its decks.
    await act(async () => {
      await emit('workspace-changed', changeOf('decks'));
    });
    fireEvent.click(screen.getByTestId('new-meeting'));
    const deckNames = () => within(screen.getByTestId('new-meeting-deck')).getAllByRole('option').map((o) => o.textContent);
    await waitFor(() => expect(deckNames()).toContain('Pricing questions (1)'));
    fireEvent.keyDown(screen.getByTestId('new-meeting-dialog'), { key: 'Escape' });

    fireEvent.click(screen.getByTestId('nav-meetings'));
    await screen.findByTestId('meeting');
    fireEvent.keyDown(window, { key: 'k', code: 'KeyK', ctrlKey: true });
    fireEvent.change(screen.getByTestId('palette-input'), { target: { value: 'prompt decks' } });
    const item = screen.getAllByTestId('palette-item').find((i) => i.dataset.action === 'go-decks')!;
    expect(item.textContent).toBe('Go to prompt decks');
    fireEvent.click(item);
    await screen.findByTestId('decks');
  });

  test('the chair shows the persona’s picture when there is one', async () => {
    const be = fakeBackend();
    const v = be.state.views.get('m1')!;
    v.personas = [persona('p1', 'Diane Okafor', { avatar: PNG_DATA_URL })];
    await renderApp();
    expect(screen.getByTestId('chair').querySelector('img')?.getAttribute('src')).toBe(PNG_DATA_URL);
  });
});

describe('projector-safe', () => {
  const secret = 'Email me at diane@example.com or call (555) 123-4567';

  test('the switch saves the preference and masks customer text at once', async () => {
    const be = fakeBackend();
    be.state.hits = [hit(anecdote('a1', secret))];
    await renderApp();
    const card = await screen.findByTestId('anecdote');
    expect(card.textContent).toContain('diane@example.com');
    const toggle = screen.getByTestId('projector-safe');
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(toggle.getAttribute('aria-checked')).toBe('false');

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByTestId('anecdote').textContent).toContain('Email me at [email] or call [phone]');
    await waitFor(() => expect(be.argsOf('set_preferences')).toEqual([{ preferences: { projectorSafe: true } }]));

    fireEvent.click(toggle);
    expect(screen.getByTestId('anecdote').textContent).toContain('diane@example.com');
    await waitFor(() => expect(be.argsOf('set_preferences').at(-1)).toEqual({ preferences: { projectorSafe: false } }));
  });

  test('is read from the workspace at start', async () => {
    const be = fakeBackend();
    be.state.preferences = { projectorSafe: true };
    be.state.hits = [hit(anecdote('a1', secret))];
    const { container } = await renderApp();
    await waitFor(() => expect(screen.getByTestId('projector-safe').getAttribute('aria-checked')).toBe('true'));
    await waitFor(() => expect(screen.getByTestId('anecdote').textContent).toContain('[email]'));
    expect(container.textContent).not.toContain('diane@example.com');
  });

  test('a refused change goes back and says why', async () => {
    const be = fakeBackend();
    be.refuse('set_preferences', { code: 'db', message: 'database is locked' });
    await renderApp();
    fireEvent.click(screen.getByTestId('projector-safe'));
    expect((await screen.findByTestId('notice')).textContent).toContain('Projector-safe could not be saved: database is locked');
    expect(screen.getByTestId('projector-safe').getAttribute('aria-checked')).toBe('false');
  });
});
