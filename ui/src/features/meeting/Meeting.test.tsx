// The meeting against the fake backend: the agenda countdown, the chair's nudge, prompt answers,
// the gate, decision edits and statuses, the kept draft, reviews due, the PR/FAQ draft and the
// summary.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';

import { App } from '../../App';
import { emptyDraft, serializeDraft } from '../decision/draft';
import { DRAFT_SAVE_MS } from '../decision/useDecisionDraft';
import { clearNudgeHolds } from './useNudgeHold';
import { agendaItem, anecdote, decision, fakeBackend, hit } from '../../test/fakeBackend';
import { ANSWER_SAVE_MS } from './PromptAnswerBox';

const NOW = Date.parse('2025-03-01T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

/** Fake clock at NOW; real promises. */
function useFakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(NOW);
}

/** Lets `ms` pass on the fake clock, running what falls due and the promises it starts. */
async function pass(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** Waits (on the fake clock) until `find` finds something. */
async function until<T>(find: () => T | null): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await pass(10);
  }
  throw new Error('it never appeared');
}

async function renderApp() {
  const utils = render(<App />);
  if (vi.isFakeTimers()) await until(() => screen.queryByTestId('meeting'));
  else await screen.findByTestId('meeting');
  return utils;
}

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

afterEach(() => {
  vi.useRealTimers();
  clearNudgeHolds();
});

/** m1 with an agenda: "Why returns cost" current (10 min planned, 2 min done before, running for a minute). */
function withAgenda(be: ReturnType<typeof fakeBackend>, current: Partial<ReturnType<typeof agendaItem>> = {}) {
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

describe('agenda and countdown', () => {
  test('the current item counts down from the backend’s time, amber near the end and red when over', async () => {
    useFakeClock();
    const be = fakeBackend();
    withAgenda(be);
    await renderApp();
    const items = screen.getAllByTestId('agenda-item');
    expect(items).toHaveLength(2);
    expect(items[0]!.getAttribute('aria-current')).toBe('step');
    const left = () => screen.getByTestId('time-left');
    // 10 min planned − (120 s done + 60 s running) = 7:00.
    expect(left().textContent).toBe('07:00 left');
    expect(left().dataset.level).toBe('ok');
    expect(within(items[0]!).getByTestId('agenda-time').textContent).toBe('3 of 10 min');

    await pass(1000);
    expect(left().textContent).toBe('06:59 left');
    await pass(299_000); // 2:00 left
    expect(left().textContent).toBe('02:00 left');
    expect(left().dataset.level).toBe('near');
    await pass(125_000);
    expect(left().textContent).toBe('00:05 over');
    expect(left().dataset.level).toBe('over');
  });

  test('the clock stands still while paused; another item can be made current', async () => {
    useFakeClock();
    const be = fakeBackend();
    withAgenda(be, { runningSince: null, elapsedSeconds: 90 });
    be.state.views.get('m1')!.meeting.status = 'paused';
    await renderApp();
    expect(screen.getByTestId('time-left').textContent).toBe('08:30 left');
    await pass(5000);
    expect(screen.getByTestId('time-left').textContent).toBe('08:30 left');
    expect(screen.getByTestId('resume-meeting')).toBeTruthy();
    expect(screen.queryByTestId('pause-meeting')).toBeNull();

    fireEvent.click(within(screen.getAllByTestId('agenda-item')[1]!).getByTestId('start-agenda-item'));
    await until(() => (screen.getAllByTestId('agenda-item')[1]!.getAttribute('aria-current') === 'step' ? true : null));
    expect(be.argsOf('start_agenda_item')).toEqual([{ meetingId: 'm1', itemId: 'g2' }]);
    expect(screen.getByTestId('time-left').textContent).toBe('15:00 left');
    expect(screen.getByTestId('pause-meeting')).toBeTruthy();
  });

  test('Pause, Resume and End call the lifecycle commands', async () => {
    const be = fakeBackend();
    withAgenda(be, { runningSince: new Date().toISOString() });
    await renderApp();
    fireEvent.click(screen.getByTestId('pause-meeting'));
    fireEvent.click(await screen.findByTestId('resume-meeting'));
    await screen.findByTestId('pause-meeting');
    fireEvent.click(screen.getByTestId('end-meeting'));
    await screen.findByTestId('meeting-ended');
    expect(be.calls.map((c) => c.cmd).filter((c) => /_meeting$/.test(c) && c !== 'open_meeting')).toEqual([
      'pause_meeting',
      'resume_meeting',
      'end_meeting',
    ]);
  });
});

describe('the chair speaks up', () => {
  test('after nudge minutes without the customer, then quiet again once an anecdote is pinned', async () => {
    useFakeClock();
    const be = fakeBackend();
    const v = withAgenda(be, { startedAt: iso(NOW - 9 * 60_000), runningSince: iso(NOW - 9 * 60_000), elapsedSeconds: 0 });
    v.answers = [{ id: 'x', meetingId: 'm1', promptId: 'q1', agendaItemId: 'g1', decisionId: null, answer: 'Members', createdAt: '', updatedAt: '' }];
    await renderApp();
    await until(() => screen.queryAllByTestId('pin-anecdote')[0] ?? null);
    expect(screen.queryByTestId('nudge')).toBeNull();

    await pass(59_000);
    expect(screen.queryByTestId('nudge')).toBeNull();
    await pass(1_000);
    const nudge = screen.getByTestId('nudge');
    expect(nudge.textContent).toContain('What would Diane say?');
    // The first prompt is answered: the nudge offers the next one.
    expect(nudge.textContent).toContain('What is the customer problem?');

    fireEvent.click(screen.getAllByTestId('pin-anecdote')[0]!);
    await until(() => (screen.queryByTestId('nudge') === null ? true : null));
    expect(be.argsOf('record_customer_reference')).toEqual([
      { input: { meetingId: 'm1', kind: 'anecdote_pinned', anecdoteId: 'a1' } },
    ]);
    await pass(9 * 60_000);
    expect(screen.queryByTestId('nudge')).toBeNull();
    await pass(61_000);
    expect(screen.getByTestId('nudge')).toBeTruthy();
  });

  test('snoozed for 5 minutes or dismissed, the nudge is off the laptop and the projector', async () => {
    useFakeClock();
    const be = fakeBackend();
    withAgenda(be, { startedAt: iso(NOW - 11 * 60_000), runningSince: iso(NOW - 11 * 60_000), elapsedSeconds: 0 });
    await renderApp();
    await until(() => screen.queryByTestId('nudge'));
    await pass(400);
    expect(be.state.projector?.nudge).toContain('What would Diane say?');

    fireEvent.click(screen.getByTestId('nudge-snooze-5'));
    expect(screen.queryByTestId('nudge')).toBeNull();
    expect(screen.getByTestId('nudge-snoozed').textContent).toContain('quiet until');
    await pass(400);
    expect(be.state.projector?.nudge).toBeNull();
    await pass(4 * 60_000);
    expect(screen.queryByTestId('nudge')).toBeNull();
    // Five minutes on, the room is still quiet about the customer: the chair speaks again.
    await pass(61_000);
    expect(screen.getByTestId('nudge')).toBeTruthy();
    expect(screen.queryByTestId('nudge-snoozed')).toBeNull();

    // Dismissed: gone for this silence, however long it lasts.
    fireEvent.click(screen.getByTestId('nudge-dismiss'));
    expect(screen.queryByTestId('nudge')).toBeNull();
    await pass(30 * 60_000);
    expect(screen.queryByTestId('nudge')).toBeNull();
    expect(be.state.projector?.nudge).toBeNull();
    // The customer is brought in, then the room goes quiet again for the nudge minutes: back.
    await until(() => screen.queryAllByTestId('pin-anecdote')[0] ?? null);
    fireEvent.click(screen.getAllByTestId('pin-anecdote')[0]!);
    await until(() => (be.argsOf('record_customer_reference').length > 0 ? true : null));
    await pass(10 * 60_000 + 1_000);
    expect(screen.getByTestId('nudge')).toBeTruthy();
  });

  test('a snooze can be ended early: the chair speaks now', async () => {
    useFakeClock();
    const be = fakeBackend();
    withAgenda(be, { startedAt: iso(NOW - 11 * 60_000), runningSince: iso(NOW - 11 * 60_000), elapsedSeconds: 0 });
    await renderApp();
    await until(() => screen.queryByTestId('nudge'));
    fireEvent.click(screen.getByTestId('nudge-snooze-10'));
    expect(screen.queryByTestId('nudge')).toBeNull();
    fireEvent.click(screen.getByTestId('nudge-resume'));
    expect(screen.getByTestId('nudge')).toBeTruthy();
  });

  test('opening an anecdote to read it whole is a customer reference too', async () => {
    const be = fakeBackend();
    await renderApp();
    fireEvent.click(await screen.findByTestId('open-anecdote'));
    await waitFor(() =>
      expect(be.argsOf('record_customer_reference')).toEqual([
        { input: { meetingId: 'm1', kind: 'anecdote_opened', anecdoteId: 'a1' } },
      ]),
    );
    expect(screen.getByTestId('open-anecdote').getAttribute('aria-expanded')).toBe('true');
  });
});

describe('work backwards', () => {
  test('the answer is saved once typing settles, with a note, and the question is ticked', async () => {
    useFakeClock();
    const be = fakeBackend();
    await renderApp();
    const list = screen.getByTestId('prompt-list');
    expect(within(list).getAllByTestId('prompt-list-item').map((i) => i.dataset.answered)).toEqual(['false', 'false', 'false']);

    type('prompt-answer', 'Loyal');
    await pass(300);
    type('prompt-answer', 'Loyal members');
    await pass(300);
    expect(be.argsOf('answer_prompt')).toHaveLength(0);
    await pass(ANSWER_SAVE_MS - 600);
    expect(be.argsOf('answer_prompt')).toEqual([
      { input: { meetingId: 'm1', promptId: 'q1', answer: 'Loyal members', agendaItemId: null } },
    ]);
    await until(() => (screen.getByTestId('answer-saved').textContent === 'Saved' ? true : null));
    expect(within(list).getAllByTestId('prompt-list-item')[0]!.dataset.answered).toBe('true');
    expect(screen.getByTestId('prompt-count').textContent).toContain('1 answered');

    // Going to another question keeps the answer with its own.
    fireEvent.click(within(list).getAllByTestId('prompt-list-item')[2]!);
    await until(() => (screen.getByTestId('prompt-text').textContent === 'What is the most important benefit?' ? true : null));
    expect((screen.getByTestId('prompt-answer') as HTMLTextAreaElement).value).toBe('');
    fireEvent.click(screen.getAllByTestId('prompt-list-item')[0]!);
    await until(() => ((screen.getByTestId('prompt-answer') as HTMLTextAreaElement).value === 'Loyal members' ? true : null));
  });
});

describe('decisions', () => {
  test('a one-way door with unanswered questions and no evidence opens the gate; the override names the facilitator', async () => {
    const be = fakeBackend();
    const v = be.state.views.get('m1')!;
    v.meeting.attendees = [
      { id: 'a0', name: 'Ben', role: 'participant' },
      { id: 'a1', name: 'Ana', role: 'facilitator' },
    ];
    v.decisions = [decision('d1', 'Drop free returns', { reversibility: 'one_way' })];
    await renderApp();
    fireEvent.click(screen.getByTestId('accept-decision'));
    const gate = await screen.findByTestId('gate-dialog');
    expect(within(gate).getAllByTestId('gate-reason').map((r) => r.textContent)).toEqual([
      '3 customer questions are unanswered',
      'no customer evidence is pinned',
    ]);
    expect(gate.textContent).toContain('Ana accepted it over the gate');
    expect(be.argsOf('accept_decision')).toEqual([]);

    fireEvent.click(within(gate).getByTestId('gate-override'));
    await waitFor(() => expect(screen.queryByTestId('gate-dialog')).toBeNull());
    expect(be.argsOf('accept_decision')).toEqual([{ id: 'd1', overrideBy: 'Ana' }]);
    expect(screen.getByTestId('gate-override-note').textContent).toBe('accepted over the gate by Ana');
    expect(screen.queryByTestId('accept-decision')).toBeNull();
  });

  test('“Not yet” leaves it proposed; a two-way door is accepted without asking', async () => {
    const be = fakeBackend();
    be.state.views.get('m1')!.decisions = [
      decision('d1', 'One way', { reversibility: 'one_way' }),
      decision('d2', 'Two way', { reversibility: 'two_way' }),
    ];
    await renderApp();
    fireEvent.click(screen.getAllByTestId('accept-decision')[0]!);
    fireEvent.click(within(await screen.findByTestId('gate-dialog')).getByTestId('gate-cancel'));
    expect(screen.queryByTestId('gate-dialog')).toBeNull();

    fireEvent.click(screen.getAllByTestId('accept-decision')[1]!);
    await waitFor(() => expect(be.argsOf('accept_decision')).toEqual([{ id: 'd2', overrideBy: null }]));
    expect(screen.queryByTestId('gate-dialog')).toBeNull();
    await waitFor(() => expect(screen.getAllByTestId('accept-decision')).toHaveLength(1));
  });

  test('recording a one-way door as accepted records it proposed, then asks at the gate (no facilitator: "Facilitator")', async () => {
    const be = fakeBackend();
    await renderApp();
    type('decision-statement', 'Close the store');
    fireEvent.change(screen.getByTestId('decision-reversibility'), { target: { value: 'one_way' } });
    fireEvent.click(screen.getByTestId('decision-more'));
    fireEvent.change(screen.getByTestId('decision-status'), { target: { value: 'accepted' } });
    fireEvent.click(screen.getByTestId('record-decision'));
    const gate = await screen.findByTestId('gate-dialog');
    expect(be.argsOf('record_decision')[0]!.input).not.toHaveProperty('status');
    fireEvent.click(within(gate).getByTestId('gate-override'));
    await waitFor(() => expect(be.argsOf('accept_decision').at(-1)).toEqual({ id: 'd1', overrideBy: 'Facilitator' }));
  });

  test('the quick path: a statement and Enter records a decision', async () => {
    const be = fakeBackend();
    await renderApp();
    type('decision-statement', 'Try the new label');
    fireEvent.keyDown(screen.getByTestId('decision-statement'), { key: 'Enter' });
    await waitFor(() => expect(be.argsOf('record_decision')).toHaveLength(1));
    expect(be.argsOf('record_decision')[0]!.input).toMatchObject({ statement: 'Try the new label' });
    // Shift+Enter is a new line, not a record.
    type('decision-statement', 'Two');
    fireEvent.keyDown(screen.getByTestId('decision-statement'), { key: 'Enter', shiftKey: true });
    expect(be.argsOf('record_decision')).toHaveLength(1);
  });

  test('several impacts with magnitude, confidence and reach', async () => {
    const be = fakeBackend();
    await renderApp();
    type('decision-statement', 'Refund at drop-off');
    fireEvent.click(screen.getByTestId('add-impact'));
    const rows = screen.getAllByTestId('impact-row');
    expect(rows).toHaveLength(2);
    fireEvent.click(within(rows[0]!).getByLabelText('Helps'));
    fireEvent.change(within(rows[0]!).getByTestId('impact-magnitude'), { target: { value: '4' } });
    fireEvent.change(within(rows[1]!).getByTestId('impact-target'), { target: { value: 'segment' } });
    fireEvent.change(within(rows[1]!).getByTestId('impact-segment'), { target: { value: 'Warehouse staff' } });
    fireEvent.click(within(rows[1]!).getByLabelText('Hurts'));
    fireEvent.change(within(rows[1]!).getByTestId('impact-confidence'), { target: { value: 'low' } });
    fireEvent.change(within(rows[1]!).getByTestId('impact-reach'), { target: { value: '200 people' } });
    fireEvent.click(screen.getByTestId('record-decision'));
    await waitFor(() => expect(be.argsOf('record_decision')).toHaveLength(1));
    expect(be.argsOf('record_decision')[0]!.input).toMatchObject({
      impacts: [
        { personaId: 'p1', direction: 'helps', magnitude: 4, whatChanges: '' },
        { segment: 'Warehouse staff', direction: 'hurts', confidence: 'low', reach: '200 people', whatChanges: '' },
      ],
    });
    await waitFor(() => expect(screen.getAllByTestId('impact-row')).toHaveLength(1));
    expect(screen.getAllByTestId('impact-chip').map((c) => c.textContent)).toEqual(['Helps · Diane Okafor', 'Hurts · Warehouse staff']);
  });

  test('Edit saves the changed fields with update_decision; the status select changes the status', async () => {
    const be = fakeBackend();
    be.state.views.get('m1')!.decisions = [
      decision('d1', 'Old words', { evidenceIds: ['a1'], owner: 'Sam' }),
      decision('d2', 'Newer idea'),
    ];
    await renderApp();
    fireEvent.click(screen.getAllByTestId('edit-decision')[0]!);
    const dialog = screen.getByTestId('edit-decision-dialog');
    expect((within(dialog).getByTestId('decision-owner') as HTMLInputElement).value).toBe('Sam');
    fireEvent.change(within(dialog).getByTestId('decision-statement'), { target: { value: 'New words' } });
    fireEvent.click(within(dialog).getByTestId('save-decision'));
    await waitFor(() => expect(screen.queryByTestId('edit-decision-dialog')).toBeNull());
    expect(be.argsOf('update_decision')[0]).toMatchObject({
      id: 'd1',
      input: { statement: 'New words', owner: 'Sam', evidenceIds: ['a1'], status: 'proposed' },
    });
    expect(screen.getAllByTestId('decision-statement-text')[0]!.textContent).toBe('New words');

    fireEvent.change(screen.getAllByTestId('decision-status-select')[0]!, { target: { value: 'superseded' } });
    // The picker searches every meeting; the newest other decision is offered first.
    await waitFor(() => expect(screen.getAllByTestId('superseded-option').map((o) => o.textContent)).toContain('Newer idea · Returns policy review, Mar 1, 2025'));
    await waitFor(() => expect((screen.getByTestId('apply-superseded') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('apply-superseded'));
    await waitFor(() => expect(be.argsOf('update_decision')).toHaveLength(2));
    expect(be.argsOf('update_decision')[1]).toMatchObject({ id: 'd1', input: { status: 'superseded', supersededBy: 'd2' } });
    await waitFor(() => expect(screen.getAllByTestId('decision')[0]!.textContent).toContain('superseded'));
  });

  test('Edit changes the evidence: a pinned anecdote is removed, another is pinned from a search of the library', async () => {
    const be = fakeBackend();
    be.state.anecdotes = [anecdote('a1', 'I paid to return a broken lamp.'), anecdote('a2', 'The label printer <b>jammed</b>.')];
    be.state.hits = [hit(be.state.anecdotes[0]!), hit(be.state.anecdotes[1]!)];
    be.state.views.get('m1')!.decisions = [decision('d1', 'Free return labels', { evidenceIds: ['a1'] })];
    await renderApp();
    fireEvent.click(screen.getByTestId('edit-decision'));
    const dialog = screen.getByTestId('edit-decision-dialog');
    await waitFor(() => expect(within(dialog).getAllByTestId('evidence-pinned').map((e) => e.textContent)).toEqual([expect.stringContaining('I paid to return a broken lamp.')]));
    expect(be.argsOf('get_anecdotes')).toContainEqual({ ids: ['a1'] });
    fireEvent.click(within(dialog).getByTestId('evidence-remove'));
    expect(within(dialog).queryAllByTestId('evidence-pinned')).toHaveLength(0);
    expect(within(dialog).getByTestId('evidence-count').textContent).toBe('No anecdote is pinned as evidence.');

    fireEvent.change(within(dialog).getByTestId('evidence-search'), { target: { value: 'label' } });
    await waitFor(() => expect(within(dialog).getAllByTestId('evidence-found')).toHaveLength(2));
    expect(be.argsOf('search_anecdotes').at(-1)).toMatchObject({ query: { text: 'label' } });
    // Customer text is text: the markup shows as typed.
    const found = within(dialog).getAllByTestId('evidence-found')[1]!;
    expect(found.textContent).toContain('The label printer <b>jammed</b>.');
    expect(found.querySelector('b')).toBeNull();
    fireEvent.click(within(found).getByTestId('evidence-add'));
    // A pinned anecdote is no longer offered.
    expect(within(dialog).getAllByTestId('evidence-found')).toHaveLength(1);
    expect(within(dialog).getAllByTestId('evidence-pinned')).toHaveLength(1);

    fireEvent.click(within(dialog).getByTestId('save-decision'));
    await waitFor(() => expect(screen.queryByTestId('edit-decision-dialog')).toBeNull());
    expect(be.argsOf('update_decision')).toEqual([
      { id: 'd1', input: expect.objectContaining({ statement: 'Free return labels', evidenceIds: ['a2'], status: 'proposed' }) },
    ]);
  });

  test('Edit changes the status: superseded asks which decision replaces it; rejected saves as is', async () => {
    const be = fakeBackend();
    be.state.views.get('m1')!.decisions = [decision('d1', 'Old words', { evidenceIds: ['a1'] }), decision('d2', 'Newer idea')];
    await renderApp();
    fireEvent.click(screen.getAllByTestId('edit-decision')[0]!);
    let dialog = screen.getByTestId('edit-decision-dialog');
    fireEvent.change(within(dialog).getByTestId('edit-decision-status'), { target: { value: 'superseded' } });
    await waitFor(() => expect(within(dialog).getAllByTestId('superseded-option').map((o) => o.textContent)).toContain('Newer idea · Returns policy review, Mar 1, 2025'));
    await waitFor(() => expect((within(dialog).getByTestId('save-decision') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(within(dialog).getByTestId('save-decision'));
    await waitFor(() => expect(screen.queryByTestId('edit-decision-dialog')).toBeNull());
    expect(be.argsOf('update_decision')[0]).toMatchObject({ id: 'd1', input: { status: 'superseded', supersededBy: 'd2', evidenceIds: ['a1'] } });

    fireEvent.click(screen.getAllByTestId('edit-decision')[0]!);
    dialog = screen.getByTestId('edit-decision-dialog');
    expect((within(dialog).getByTestId('edit-decision-status') as HTMLSelectElement).value).toBe('superseded');
    fireEvent.change(within(dialog).getByTestId('edit-decision-status'), { target: { value: 'rejected' } });
    fireEvent.click(within(dialog).getByTestId('save-decision'));
    await waitFor(() => expect(be.argsOf('update_decision')).toHaveLength(2));
    expect(be.argsOf('update_decision')[1]!.input).toMatchObject({ status: 'rejected' });
    expect(be.argsOf('update_decision')[1]!.input).not.toHaveProperty('supersededBy');
  });

  test('Edit to accepted goes through the gate as Accept does: a one-way door without evidence is saved as it was, then asks', async () => {
    const be = fakeBackend();
    be.state.views.get('m1')!.decisions = [decision('d1', 'Close the store', { reversibility: 'one_way' })];
    await renderApp();
    fireEvent.click(screen.getByTestId('edit-decision'));
    const dialog = screen.getByTestId('edit-decision-dialog');
    fireEvent.change(within(dialog).getByTestId('decision-statement'), { target: { value: 'Close the store on Sundays' } });
    fireEvent.change(within(dialog).getByTestId('edit-decision-status'), { target: { value: 'accepted' } });
    expect(within(dialog).getByTestId('edit-decision-gate-hint')).toBeTruthy();
    fireEvent.click(within(dialog).getByTestId('save-decision'));
    const gate = await screen.findByTestId('gate-dialog');
    expect(be.argsOf('update_decision')).toEqual([
      { id: 'd1', input: expect.objectContaining({ statement: 'Close the store on Sundays', status: 'proposed' }) },
    ]);
    expect(be.argsOf('accept_decision')).toEqual([]);
    expect(gate.textContent).toContain('no customer evidence');
    fireEvent.click(within(gate).getByTestId('gate-override'));
    await waitFor(() => expect(be.argsOf('accept_decision')).toEqual([{ id: 'd1', overrideBy: 'Facilitator' }]));
  });

  test('the PR/FAQ draft opens read-only and copies', async () => {
    const be = fakeBackend();
    be.state.views.get('m1')!.decisions = [decision('d1', 'Free returns')];
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderApp();
    fireEvent.click(screen.getByTestId('prfaq-draft'));
    const text = (await screen.findByTestId('prfaq-text')) as HTMLTextAreaElement;
    await waitFor(() => expect(text.value).toBe(be.state.prfaq));
    expect(text.readOnly).toBe(true);
    expect(be.argsOf('prfaq_draft')).toEqual([{ decisionId: 'd1' }]);
    fireEvent.click(screen.getByTestId('prfaq-copy'));
    await waitFor(() => expect(screen.getByTestId('prfaq-copied').textContent).toBe('Copied.'));
    expect(writeText).toHaveBeenCalledWith(be.state.prfaq);
  });

  test('the PR/FAQ draft saves as Markdown through the save dialog, asks before replacing, and is kept with the decision', async () => {
    const be = fakeBackend();
    be.state.views.get('m1')!.decisions = [decision('d1', 'Free returns, for everyone!')];
    be.state.savePath = '/home/ana/prfaq.md';
    let exists = true;
    be.on('save_prfaq', (a) => {
      if (exists && !a.overwrite) throw { code: 'exists', message: `${String(a.path)} exists` };
      return { decisionId: 'd1', markdown: be.state.prfaq, fileName: 'prfaq.md', savedAt: '2025-03-01T10:00:00.000Z' };
    });
    await renderApp();
    fireEvent.click(screen.getByTestId('prfaq-draft'));
    await waitFor(() => expect((screen.getByTestId('prfaq-text') as HTMLTextAreaElement).value).toBe(be.state.prfaq));
    expect(be.argsOf('kept_prfaq')).toEqual([{ decisionId: 'd1' }]);
    expect(screen.queryByTestId('prfaq-kept')).toBeNull();

    fireEvent.click(screen.getByTestId('prfaq-save'));
    // The file exists: nothing is replaced until the user says so.
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('prfaq-copied').textContent).toBe('Saved as “prfaq.md” and kept with the decision.'));
    expect(be.dialogCalls('save')).toEqual([
      { options: { defaultPath: 'prfaq-free-returns-for-everyone.md', filters: [{ name: 'Markdown', extensions: ['md'] }], directory: false } },
    ]);
    expect(be.argsOf('pick_path')[0]).toMatchObject({ mode: 'save', purpose: 'exportPrFaq' });
    expect(be.argsOf('save_prfaq')).toEqual([
      { decisionId: 'd1', path: '/home/ana/prfaq.md', overwrite: false },
      { decisionId: 'd1', path: '/home/ana/prfaq.md', overwrite: true },
    ]);
    expect(screen.getByTestId('prfaq-kept').textContent).toContain('saved as “prfaq.md”');
    expect(screen.getByTestId('prfaq-kept').textContent).not.toContain('changed since');

    // A cancelled dialog writes nothing.
    exists = false;
    be.state.savePath = null;
    fireEvent.click(screen.getByTestId('prfaq-save'));
    await waitFor(() => expect(be.argsOf('pick_path')).toHaveLength(2));
    expect(be.argsOf('save_prfaq')).toHaveLength(2);
  });

  test('a PR/FAQ draft kept earlier is shown on demand, and said to be older when the decision changed', async () => {
    const be = fakeBackend();
    be.state.views.get('m1')!.decisions = [decision('d1', 'Free returns')];
    const older = '# Free returns, first words\n';
    be.state.keptPrfaq.set('d1', { decisionId: 'd1', markdown: older, fileName: 'old.md', savedAt: '2025-02-20T09:00:00.000Z' });
    await renderApp();
    fireEvent.click(screen.getByTestId('prfaq-draft'));
    const kept = await screen.findByTestId('prfaq-kept');
    await waitFor(() => expect(kept.textContent).toContain('The decision has changed since.'));
    expect(kept.textContent).toContain('“old.md”');
    const text = screen.getByTestId('prfaq-text') as HTMLTextAreaElement;
    expect(text.value).toBe(be.state.prfaq);
    fireEvent.click(screen.getByTestId('prfaq-show-kept'));
    expect(text.value).toBe(older);
    fireEvent.click(screen.getByTestId('prfaq-show-kept'));
    expect(text.value).toBe(be.state.prfaq);
  });
});

describe('nothing is lost', () => {
  test('the draft is saved at most DRAFT_SAVE_MS after a change, with its pins and impacts', async () => {
    useFakeClock();
    const be = fakeBackend();
    await renderApp();
    await until(() => screen.queryAllByTestId('pin-anecdote')[0] ?? null);
    type('decision-statement', 'Fr');
    await pass(300);
    type('decision-statement', 'Free returns');
    fireEvent.click(screen.getByLabelText('Helps'));
    fireEvent.click(screen.getAllByTestId('pin-anecdote')[0]!);
    await pass(DRAFT_SAVE_MS - 310);
    expect(be.argsOf('save_decision_draft')).toHaveLength(0);
    await pass(20);
    expect(be.argsOf('save_decision_draft')).toHaveLength(1);
    const saved = be.argsOf('save_decision_draft')[0]!;
    expect(saved.meetingId).toBe('m1');
    const kept = JSON.parse(String(saved.draft)).draft;
    expect(kept.statement).toBe('Free returns');
    expect(kept.impacts[0]).toMatchObject({ target: 'chair', direction: 'helps' });
    expect(kept.pinned.map((a: { id: string }) => a.id)).toEqual(['a1']);
    await until(() => (screen.getByTestId('draft-save').textContent === 'Draft saved' ? true : null));

    // Long typing is saved on the way, not only when it stops.
    for (let i = 0; i < 5; i++) {
      type('decision-statement', `Free returns ${'!'.repeat(i + 1)}`);
      await pass(300);
    }
    expect(be.argsOf('save_decision_draft').length).toBeGreaterThanOrEqual(2);
    await pass(DRAFT_SAVE_MS);
    expect(JSON.parse(String(be.argsOf('save_decision_draft').at(-1)!.draft)).draft.statement).toBe('Free returns !!!!!');
  });

  test('a kept draft is restored when the meeting opens', async () => {
    const be = fakeBackend();
    be.state.hits = [hit(anecdote('a7', 'Seven'))];
    be.state.drafts.set(
      'm1',
      serializeDraft({
        ...emptyDraft(),
        statement: 'Half-written',
        owner: 'Kim',
        reversibility: 'one_way',
        impacts: [{ ...emptyDraft().impacts[0]!, direction: 'hurts', whatChanges: 'Pays more' }],
        pinned: [anecdote('a7', 'Seven')],
      }),
    );
    await renderApp();
    await waitFor(() => expect((screen.getByTestId('decision-statement') as HTMLTextAreaElement).value).toBe('Half-written'));
    expect(be.argsOf('get_decision_draft')[0]).toEqual({ meetingId: 'm1' });
    expect((screen.getByTestId('decision-owner') as HTMLInputElement).value).toBe('Kim');
    expect((screen.getByTestId('decision-reversibility') as HTMLSelectElement).value).toBe('one_way');
    expect((screen.getByLabelText('Hurts') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('decision-what-changes') as HTMLTextAreaElement).value).toBe('Pays more');
    expect(screen.getByTestId('pinned-count').textContent).toContain('1 anecdote pinned');
  });

  test('recording clears the kept draft, and no older save brings it back', async () => {
    const be = fakeBackend();
    await renderApp();
    type('decision-statement', 'Ship');
    await waitFor(() => expect(be.state.drafts.has('m1')).toBe(true), { timeout: 3000 });
    fireEvent.click(screen.getByTestId('record-decision'));
    await waitFor(() => expect(be.argsOf('save_decision_draft').at(-1)).toEqual({ meetingId: 'm1', draft: '' }), { timeout: 3000 });
    expect(be.argsOf('record_decision')).toHaveLength(1);
    expect(be.state.drafts.has('m1')).toBe(false);
  });
});

describe('reviews and summary', () => {
  test('decisions due for review show at the start of the meeting and record what happened', async () => {
    const be = fakeBackend();
    be.state.due = [decision('old1', 'Label printing at lockers', { status: 'accepted', reviewOn: '2025-02-01', meetingId: 'm1' })];
    await renderApp();
    const due = await screen.findByTestId('due-for-review');
    expect(due.textContent).toContain('Label printing at lockers');
    fireEvent.change(within(due).getByTestId('review-note-input'), { target: { value: ' Half the lockers have it ' } });
    fireEvent.click(within(due).getByTestId('review-not-happened'));
    await waitFor(() => expect(screen.queryByTestId('due-for-review')).toBeNull());
    expect(be.argsOf('record_review')).toEqual([
      { input: { decisionId: 'old1', happened: false, note: 'Half the lockers have it' } },
    ]);
  });

  test('the summary shows the score, its parts and the trend across meetings', async () => {
    const be = fakeBackend();
    const v = be.state.views.get('m1')!;
    v.decisions = [
      decision('d1', 'Free returns', {
        evidenceIds: ['a1'],
        impacts: [{ id: 'i1', decisionId: 'd1', personaId: 'p1', segment: '', direction: 'helps', magnitude: 3, confidence: null, reach: '', whatChanges: 'No fee' }],
      }),
    ];
    v.answers = [{ id: 'x', meetingId: 'm1', promptId: 'q2', agendaItemId: null, decisionId: null, answer: 'Fees', createdAt: '', updatedAt: '' }];
    be.state.trend = [
      { meetingId: 'old1', title: 'Kick-off', heldOn: '2025-01-10', score: 40 },
      { meetingId: 'old2', title: 'Pricing', heldOn: '2025-02-10', score: 70 },
    ];
    await renderApp();
    fireEvent.click(screen.getByTestId('show-summary'));
    const summary = await screen.findByTestId('meeting-summary');
    // (1 impact + 1 evidence + 1/3 prompts + 1/3 anecdotes) / 4 = 67.
    await waitFor(() => expect(within(summary).getByTestId('summary-score').textContent).toBe('67'));
    expect(within(summary).getAllByTestId('score-part').map((p) => p.textContent)).toEqual([
      'Decisions with customer impact: 1 of 1',
      'Decisions with evidence: 1 of 1',
      'Customer questions answered: 1 of 3',
      'Anecdotes consulted: 1 of 3 wanted',
    ]);
    const trend = within(summary).getByTestId('score-trend');
    expect(within(trend).getAllByTestId('score-trend-point')).toHaveLength(3);
    expect(trend.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(3);
    expect(trend.querySelector('svg')?.getAttribute('aria-label')).toContain('67 on');
    expect(within(summary).getByTestId('summary-decision').textContent).toContain('Helps · Diane Okafor');
    expect(be.argsOf('meeting_summary')).toEqual([{ meetingId: 'm1' }]);
  });
});

