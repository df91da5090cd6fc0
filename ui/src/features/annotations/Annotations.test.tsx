// The customer's reactions under a decision, against the fake backend: what each one shows,
// who may change it (only its author, at the keyboard), asking "Who are you?" when nobody is,
// the form's check, Ctrl+Enter, nothing typed lost on an error, delete after asking, switching
// person (sidebar, Alt+S, palette), the people view, and the reactions on the projector.
// (Its helpers: reactionHelpers.test.tsx.)
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';

import { App } from '../../App';
import type { ProjectorState } from '../../bindings/ProjectorState';
import { annotation, decision, fakeBackend, person } from '../../test/fakeBackend';
import { ProjectorView } from '../projector/ProjectorView';

const ANA = person('pe1', 'Ana Silva', { role: 'facilitator' });
const BEN = person('pe2', 'Ben Ito', { role: 'ambassador' });

/** m1 with one decision; Ana and Ben in the workspace, `current` at the keyboard. */
function setUp(current: string | null, annotations = [annotation('an1', 'd1', BEN)]) {
  const be = fakeBackend();
  be.state.people = [ANA, BEN];
  be.state.currentPersonId = current;
  be.state.views.get('m1')!.decisions = [decision('d1', 'Refund damaged items at drop-off', { annotations })];
  return be;
}

async function renderApp() {
  render(<App />);
  await screen.findByTestId('meeting');
  return screen.getByTestId('annotation-thread');
}

const thread = () => screen.getByTestId('annotation-thread');
const sidebarPerson = () => screen.getByTestId('current-person').textContent;

async function switchTo(name: string) {
  fireEvent.click(screen.getByTestId('switch-person'));
  const dialog = await screen.findByTestId('switch-person-dialog');
  fireEvent.click(within(dialog).getByRole('button', { name: new RegExp(name) }));
  await waitFor(() => expect(screen.queryByTestId('switch-person-dialog')).toBeNull());
  await waitFor(() => expect(sidebarPerson()).toBe(name));
}

describe('the thread under a decision › what it shows', () => {
  test('shows author, role, stance in words, feeling, flags, comment, time and the edited mark', async () => {
    setUp('pe1', [
      annotation('an1', 'd1', BEN, {
        stance: 'opposes',
        feeling: 1,
        comment: 'I would <b>leave</b> for a shop that pays the postage.',
        flags: ['would_leave', 'would_tell_others'],
        createdAt: '2025-03-01T10:00:00Z',
        updatedAt: '2025-03-01T10:05:00Z',
      }),
      annotation('an2', 'd1', ANA, { stance: 'supports', feeling: null, comment: '', flags: [] }),
    ]);
    const t = await renderApp();
    const [first, second] = within(t).getAllByTestId('annotation');
    const one = within(first!);
    expect(one.getByTestId('annotation-author').textContent).toBe('Ben Ito');
    expect(one.getByTestId('role-badge').textContent).toBe('Ambassador');
    // The stance is a word and a sign, not a colour only.
    expect(one.getByTestId('annotation-stance').textContent).toBe('✕Opposes');
    expect(one.getByTestId('annotation-feeling').textContent).toBe('1/5 · Very unhappy');
    expect(one.getAllByTestId('annotation-flag').map((f) => f.textContent)).toEqual(['Would leave', 'Would tell others']);
    // Customer text is text.
    expect(one.getByTestId('annotation-comment-text').textContent).toBe('I would <b>leave</b> for a shop that pays the postage.');
    expect(first!.querySelector('b')).toBeNull();
    const time = one.getByTestId('annotation-time');
    expect(time.getAttribute('dateTime')).toBe('2025-03-01T10:00:00Z');
    expect(time.getAttribute('title')).toMatch(/2025/);
    expect(one.getByTestId('annotation-edited').textContent).toBe('edited');
    const two = within(second!);
    expect(two.getByTestId('annotation-stance').textContent).toBe('✓Supports');
    expect(two.queryByTestId('annotation-feeling')).toBeNull();
    expect(two.queryByTestId('annotation-edited')).toBeNull();
    expect(two.queryByTestId('annotation-comment-text')).toBeNull();
    // Ana is at the keyboard: only her own reaction can be changed.
    expect(one.queryByTestId('annotation-edit')).toBeNull();
    expect(one.queryByTestId('annotation-delete')).toBeNull();
    expect(two.getByTestId('annotation-edit')).toBeTruthy();
    expect(two.getByTestId('annotation-delete')).toBeTruthy();
  });

  test('a long thread (a room reacting) shows the latest 30 until "Show all"', async () => {
    setUp(
      'pe1',
      Array.from({ length: 35 }, (_, i) => annotation(`an${i}`, 'd1', BEN, { stance: 'supports', comment: `Reaction ${i + 1}` })),
    );
    const t = await renderApp();
    const comments = () => within(t).getAllByTestId('annotation-comment-text').map((c) => c.textContent);
    expect(comments()).toHaveLength(30);
    expect(comments()[0]).toBe('Reaction 6');
    expect(comments()[29]).toBe('Reaction 35');
    fireEvent.click(within(t).getByTestId('annotations-show-all'));
    expect(within(t).getByText('Reaction 1')).toBeTruthy();
    expect(comments()).toHaveLength(35);
    fireEvent.click(within(t).getByTestId('annotations-show-recent'));
    expect(comments()).toHaveLength(30);
    expect(within(t).getByTestId('annotations-show-all').textContent).toBe('Show all 35 reactions (5 earlier)');
  });
});

describe('the thread under a decision › who is reacting', () => {
  test('nobody at the keyboard: the first reaction asks "Who are you?", adding yourself goes on to the form', async () => {
    const be = setUp(null, []);
    await renderApp();
    expect(sidebarPerson()).toBe('Nobody chosen');
    fireEvent.click(within(thread()).getByTestId('annotate'));
    const who = within(thread()).getByTestId('who-are-you');
    expect(within(who).getByText('Who are you?')).toBeTruthy();
    expect(within(who).getAllByTestId('person-choice').map((b) => b.textContent)).toEqual([
      expect.stringContaining('Ana Silva'),
      expect.stringContaining('Ben Ito'),
    ]);
    fireEvent.change(within(who).getByTestId('add-person-name'), { target: { value: 'Cleo Park' } });
    expect((within(who).getByTestId('add-person-role') as HTMLSelectElement).value).toBe('ambassador');
    fireEvent.click(within(who).getByTestId('add-person-submit'));
    const form = await within(thread()).findByTestId('annotation-form');
    expect(be.argsOf('create_person')).toEqual([{ input: { name: 'Cleo Park', role: 'ambassador' } }]);
    expect(be.state.currentPersonId).toBe(be.state.people.find((p) => p.name === 'Cleo Park')!.id);
    expect(form.textContent).toContain('As Cleo Park (Ambassador)');
    await waitFor(() => expect(sidebarPerson()).toBe('Cleo Park'));
  });

  test('picking yourself from the list is one click', async () => {
    const be = setUp(null, []);
    await renderApp();
    fireEvent.click(within(thread()).getByTestId('annotate'));
    fireEvent.click(within(thread()).getByRole('button', { name: /Ben Ito/ }));
    await within(thread()).findByTestId('annotation-form');
    expect(be.argsOf('set_current_person')).toEqual([{ id: 'pe2' }]);
  });
});

describe('the thread under a decision › saving a reaction', () => {
  test('the stance is required; Ctrl+Enter saves the reaction (not the decision) with feeling, flags and comment', async () => {
    const be = setUp('pe2', []);
    await renderApp();
    fireEvent.click(within(thread()).getByTestId('annotate'));
    const form = within(thread()).getByTestId('annotation-form');
    const comment = within(form).getByTestId('annotation-comment');
    fireEvent.change(comment, { target: { value: '  I would tell my sister about this.  ' } });
    fireEvent.keyDown(comment, { key: 'Enter', ctrlKey: true });
    expect(within(form).getByTestId('annotation-error').textContent).toBe('Choose how the customer stands on this decision.');
    expect(be.argsOf('add_annotation')).toHaveLength(0);

    fireEvent.click(within(form).getByTestId('stance-supports'));
    fireEvent.click(within(form).getByLabelText('5 of 5: Delighted'));
    fireEvent.click(within(form).getByTestId('flag-would_pay_more'));
    fireEvent.click(within(form).getByTestId('flag-would_tell_others'));
    fireEvent.keyDown(comment, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(within(thread()).getAllByTestId('annotation')).toHaveLength(1));
    expect(be.argsOf('add_annotation')).toEqual([
      {
        decisionId: 'd1',
        input: { stance: 'supports', feeling: 5, comment: 'I would tell my sister about this.', flags: ['would_tell_others', 'would_pay_more'] },
      },
    ]);
    // Ctrl+Enter in the reaction form did not also record a decision.
    expect(be.argsOf('record_decision')).toHaveLength(0);
    const saved = within(thread()).getByTestId('annotation');
    expect(within(saved).getByTestId('annotation-author').textContent).toBe('Ben Ito');
    expect(within(saved).getAllByTestId('annotation-flag').map((f) => f.textContent)).toEqual(['Would tell others', 'Would pay more']);
    // Ben wrote it and is at the keyboard: he may change it.
    expect(within(saved).getByTestId('annotation-edit')).toBeTruthy();
    expect(within(thread()).queryByTestId('annotation-form')).toBeNull();
  });

  test('an error shows the backend’s message and keeps everything typed', async () => {
    const be = setUp('pe2', []);
    be.refuse('add_annotation', { code: 'invalid', field: 'comment', message: 'comment: too long (at most 2000 characters)' });
    await renderApp();
    fireEvent.click(within(thread()).getByTestId('annotate'));
    const form = within(thread()).getByTestId('annotation-form');
    fireEvent.click(within(form).getByTestId('stance-concerned'));
    fireEvent.click(within(form).getByLabelText('2 of 5: Unhappy'));
    fireEvent.click(within(form).getByTestId('flag-would_leave'));
    fireEvent.change(within(form).getByTestId('annotation-comment'), { target: { value: 'Too slow.' } });
    fireEvent.click(within(form).getByTestId('annotation-save'));
    expect((await within(form).findByTestId('annotation-error')).textContent).toBe('comment: too long (at most 2000 characters)');
    expect((within(form).getByTestId('annotation-comment') as HTMLTextAreaElement).value).toBe('Too slow.');
    expect((within(form).getByTestId('stance-concerned') as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByLabelText('2 of 5: Unhappy') as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByTestId('flag-would_leave') as HTMLInputElement).checked).toBe(true);
  });
});

describe('the thread under a decision › editing and deleting', () => {
  test('the author edits a reaction; it shows as edited', async () => {
    const be = setUp('pe2');
    await renderApp();
    const item = within(thread()).getByTestId('annotation');
    fireEvent.click(within(item).getByTestId('annotation-edit'));
    const form = within(thread()).getByTestId('annotation-form');
    expect((within(form).getByTestId('annotation-comment') as HTMLTextAreaElement).value).toBe('I would wait for the refund before buying again.');
    fireEvent.click(within(form).getByTestId('stance-opposes'));
    fireEvent.change(within(form).getByTestId('annotation-comment'), { target: { value: 'I would leave.' } });
    fireEvent.click(within(form).getByTestId('annotation-save'));
    await waitFor(() => expect(within(thread()).getByTestId('annotation-comment-text').textContent).toBe('I would leave.'));
    expect(be.argsOf('update_annotation')).toEqual([
      { id: 'an1', input: { stance: 'opposes', feeling: 2, comment: 'I would leave.', flags: [] } },
    ]);
    expect(within(thread()).getByTestId('annotation-stance').textContent).toBe('✕Opposes');
    expect(within(thread()).getByTestId('annotation-edited')).toBeTruthy();
  });

  test('a refusal from the backend (forbidden) shows its message', async () => {
    const be = setUp('pe2');
    be.refuse('update_annotation', { code: 'forbidden', message: 'Only Ben Ito can edit this annotation.' });
    await renderApp();
    fireEvent.click(within(thread()).getByTestId('annotation-edit'));
    fireEvent.click(within(thread()).getByTestId('annotation-save'));
    expect((await within(thread()).findByTestId('annotation-error')).textContent).toBe('Only Ben Ito can edit this annotation.');
    expect(within(thread()).getByTestId('annotation-form')).toBeTruthy();
  });

  test('delete asks first; cancel keeps it, confirm removes it', async () => {
    const be = setUp('pe2');
    await renderApp();
    fireEvent.click(within(thread()).getByTestId('annotation-delete'));
    expect(screen.getByTestId('confirm-dialog').textContent).toContain('Delete this reaction?');
    fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(be.argsOf('delete_annotation')).toHaveLength(0);
    fireEvent.click(within(thread()).getByTestId('annotation-delete'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(within(thread()).queryAllByTestId('annotation')).toHaveLength(0));
    expect(be.argsOf('delete_annotation')).toEqual([{ id: 'an1' }]);
  });
});

describe('the thread under a decision › switching person and the projector', () => {
  test('switching person hands the edit controls to the new one', async () => {
    const be = setUp('pe2');
    await renderApp();
    expect(sidebarPerson()).toBe('Ben Ito');
    expect(within(thread()).getByTestId('annotation-edit')).toBeTruthy();
    await switchTo('Ana Silva');
    expect(be.argsOf('set_current_person')).toEqual([{ id: 'pe1' }]);
    expect(within(thread()).queryByTestId('annotation-edit')).toBeNull();
    expect(within(thread()).queryByTestId('annotation-delete')).toBeNull();
    await switchTo('Ben Ito');
    expect(within(thread()).getByTestId('annotation-edit')).toBeTruthy();
  });

  test('Alt+S and the palette open "switch person"', async () => {
    setUp('pe1');
    await renderApp();
    fireEvent.keyDown(window, { key: 'ß', code: 'KeyS', altKey: true });
    expect(await screen.findByTestId('switch-person-dialog')).toBeTruthy();
    fireEvent.keyDown(screen.getByTestId('switch-person-dialog'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('switch-person-dialog')).toBeNull());
    fireEvent.keyDown(window, { key: 'k', code: 'KeyK', ctrlKey: true });
    const input = await screen.findByTestId('palette-input');
    fireEvent.change(input, { target: { value: 'switch person' } });
    expect(screen.getAllByTestId('palette-item')[0]!.textContent).toContain('Switch person (now Ana Silva)');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByTestId('switch-person-dialog')).toBeTruthy();
  });

  test('the facilitator shows the reactions on the projector (comments masked when projector-safe) and takes them off', async () => {
    const be = setUp('pe1', [
      annotation('an1', 'd1', BEN, { stance: 'opposes', feeling: 1, comment: 'Call me at (555) 123-4567', flags: ['would_leave'] }),
    ]);
    be.state.preferences = { projectorSafe: true };
    await renderApp();
    const toggle = within(thread()).getByTestId('reactions-on-projector');
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    await waitFor(() => expect(be.state.projector?.decisionStatement).toBe('Refund damaged items at drop-off'));
    expect(be.state.projector?.annotations).toEqual([
      { author: 'Ben Ito', stance: 'opposes', feeling: 1, comment: 'Call me at [phone]', flags: ['would_leave'] },
    ]);
    // Nothing unmasked ever went out.
    const sent = be.argsOf('show_on_projector').map((a) => a.state as ProjectorState);
    expect(sent.flatMap((s) => s.annotations.map((x) => x.comment))).not.toContain('Call me at (555) 123-4567');
    fireEvent.click(toggle);
    await waitFor(() => expect(be.state.projector?.decisionStatement).toBeNull());
    expect(be.state.projector?.annotations).toEqual([]);
  });
});

describe('people', () => {
  test('add, rename and change the role, archive; a name in use is refused with its message', async () => {
    const be = setUp('pe1', []);
    await renderApp();
    fireEvent.click(screen.getByTestId('nav-people'));
    const view = await screen.findByTestId('people');
    const names = () => within(view).getAllByTestId('person-row-name').map((n) => n.textContent);
    await waitFor(() => expect(names()).toEqual(['Ana Silva', 'Ben Ito']));
    const rows = within(view).getAllByTestId('person-row');
    expect(within(rows[0]!).getByTestId('role-badge').textContent).toBe('Facilitator');
    expect(within(rows[0]!).getByTestId('person-row-at').textContent).toBe('at the keyboard');

    const add = within(view).getByTestId('add-person-form');
    fireEvent.change(within(add).getByTestId('add-person-name'), { target: { value: 'ben ito' } });
    fireEvent.click(within(add).getByTestId('add-person-submit'));
    expect((await within(add).findByRole('alert')).textContent).toBe('name: someone called “ben ito” is already in this workspace');
    expect((within(add).getByTestId('add-person-name') as HTMLInputElement).value).toBe('ben ito');
    fireEvent.change(within(add).getByTestId('add-person-name'), { target: { value: 'Cleo Park' } });
    fireEvent.click(within(add).getByTestId('add-person-submit'));
    await waitFor(() => expect(names()).toEqual(['Ana Silva', 'Ben Ito', 'Cleo Park']));

    fireEvent.click(within(view).getAllByTestId('person-edit')[2]!);
    const editor = screen.getByTestId('person-editor');
    fireEvent.change(within(editor).getByTestId('person-name'), { target: { value: 'Cleo Park-Lee' } });
    fireEvent.click(within(editor).getByLabelText('Participant'));
    fireEvent.click(within(editor).getByTestId('person-save'));
    await waitFor(() => expect(names()).toEqual(['Ana Silva', 'Ben Ito', 'Cleo Park-Lee']));
    expect(be.argsOf('update_person')[0]).toEqual({ id: be.state.people[2]!.id, input: { name: 'Cleo Park-Lee', role: 'participant' } });

    fireEvent.click(within(view).getAllByTestId('person-archive')[1]!);
    await waitFor(() => expect(names()).toEqual(['Ana Silva', 'Cleo Park-Lee']));
    expect(be.argsOf('archive_person')).toEqual([{ id: 'pe2', archived: true }]);
    fireEvent.click(within(view).getByTestId('people-show-archived'));
    await waitFor(() => expect(names()).toEqual(['Ana Silva', 'Cleo Park-Lee', 'Ben Ito']));
    const ben = within(view).getAllByTestId('person-row')[2]!;
    expect(ben.textContent).toContain('Archived');
    expect(within(ben).queryByTestId('person-use')).toBeNull();
  });

  test('"Switch to" in the people view hands the keyboard over', async () => {
    const be = setUp('pe1', []);
    await renderApp();
    fireEvent.click(screen.getByTestId('nav-people'));
    const view = await screen.findByTestId('people');
    await waitFor(() => expect(within(view).getAllByTestId('person-row')).toHaveLength(2));
    fireEvent.click(within(view).getByRole('button', { name: 'Switch to Ben Ito' }));
    await waitFor(() => expect(sidebarPerson()).toBe('Ben Ito'));
    expect(be.state.currentPersonId).toBe('pe2');
  });
});

describe('the projector', () => {
  test('shows the reactions big in place of the anecdotes, as text, with no controls', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const state: ProjectorState = {
      meetingTitle: 'Returns policy review',
      personaName: 'Diane Okafor',
      personaSegment: 'Loyal member',
      personaQuote: '',
      anecdotes: [{ text: 'An anecdote', saidOn: null, channel: '' }],
      decisionStatement: 'Refund damaged items at drop-off',
      annotations: [
        { author: 'Ben Ito', stance: 'concerned', feeling: 2, comment: evil, flags: ['would_leave'] },
        { author: 'Cleo Park', stance: 'supports', feeling: null, comment: '', flags: [] },
      ],
    };
    const { container } = render(<ProjectorView state={state} />);
    expect(screen.getByTestId('projector-decision').textContent).toBe('Refund damaged items at drop-off');
    expect(screen.queryAllByTestId('projector-anecdote')).toHaveLength(0);
    const [ben, cleo] = screen.getAllByTestId('projector-reaction');
    expect(within(ben!).getByTestId('annotation-stance').textContent).toBe('!Concerned');
    expect(within(ben!).getByTestId('annotation-feeling').textContent).toBe('2/5 · Unhappy');
    expect(within(ben!).getByTestId('annotation-flag').textContent).toBe('Would leave');
    expect(ben!.textContent).toContain(evil);
    expect(within(cleo!).getByTestId('annotation-stance').textContent).toBe('✓Supports');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('button, input, select, textarea, a')).toHaveLength(0);
  });
});

describe('the summary', () => {
  test('tallies the reactions per decision instead of repeating the thread', async () => {
    const be = setUp('pe1', [
      annotation('an1', 'd1', BEN, { stance: 'opposes', feeling: 1, flags: ['would_leave'] }),
      annotation('an2', 'd1', ANA, { stance: 'supports', feeling: 4, flags: ['would_leave', 'would_tell_others'] }),
      annotation('an3', 'd1', ANA, { stance: 'supports', feeling: null, flags: [] }),
    ]);
    be.state.views.get('m1')!.meeting.status = 'ended';
    render(<App />);
    const tally = await screen.findByTestId('reaction-tally');
    expect(tally.textContent).toBe(
      '3 customer reactions:✓2 supports✕1 opposesfeeling 2.5/5 (indifferent)would tell others: 1would leave: 2',
    );
    // The thread itself is shown once, under the decision in the log.
    expect(screen.getAllByTestId('annotation-thread')).toHaveLength(1);
  });
});
