// The meeting against the fake backend: the agenda countdown, the chair's nudge, prompt answers,
// the kept draft, reviews due and the summary. (Its decisions: Decisions.test.tsx.)
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';

import { emptyDraft, serializeDraft } from '../decision/draft';
import { DRAFT_SAVE_MS } from '../decision/useDecisionDraft';
import { anecdote, decision, fakeBackend, hit } from '../../test/fakeBackend';
import { ANSWER_SAVE_MS } from './PromptAnswerBox';
import { type } from '../../test/actions';
import { NOW, cleanUp, iso, pass, renderApp, until, useFakeClock, withAgenda } from '../../test/meetingKit';

afterEach(cleanUp);

/** The app open on an agenda item that has run 11 minutes with no customer: the nudge shows. */
async function renderNudging(be: ReturnType<typeof fakeBackend>) {
  withAgenda(be, { startedAt: iso(NOW - 11 * 60_000), runningSince: iso(NOW - 11 * 60_000), elapsedSeconds: 0 });
  await renderApp();
  await until(() => screen.queryByTestId('nudge'));
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

describe('the chair speaks up › nudges and snoozes', () => {
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
    await renderNudging(be);
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
});

describe('the chair speaks up › speaking early, and reading an anecdote', () => {
  test('a snooze can be ended early: the chair speaks now', async () => {
    useFakeClock();
    const be = fakeBackend();
    await renderNudging(be);
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
