// Decisions in the meeting against the fake backend: the gate, the quick path, impacts, edits
// (fields, evidence, status), and the PR/FAQ draft.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';

import { anecdote, decision, fakeBackend, hit } from '../../test/fakeBackend';
import { onlyCall, type } from '../../test/actions';
import { cleanUp, renderApp } from '../../test/meetingKit';

afterEach(cleanUp);

describe('decisions › the gate', () => {
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
      'customer question not answered: “Who is the customer?”',
      'customer question not answered: “What is the customer problem?”',
      'customer question not answered: “What is the most important benefit?”',
      'no customer evidence: no anecdote is pinned to it',
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
});

describe('decisions › the quick path and impacts', () => {
  test('the quick path: a statement and Enter records a decision', async () => {
    const be = fakeBackend();
    await renderApp();
    type('decision-statement', 'Try the new label');
    fireEvent.keyDown(screen.getByTestId('decision-statement'), { key: 'Enter' });
    const call = await onlyCall(be, 'record_decision');
    expect(call.input).toMatchObject({ statement: 'Try the new label' });
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
    const call = await onlyCall(be, 'record_decision');
    expect(call.input).toMatchObject({
      impacts: [
        { personaId: 'p1', direction: 'helps', magnitude: 4, whatChanges: '' },
        { segment: 'Warehouse staff', direction: 'hurts', confidence: 'low', reach: '200 people', whatChanges: '' },
      ],
    });
    await waitFor(() => expect(screen.getAllByTestId('impact-row')).toHaveLength(1));
    expect(screen.getAllByTestId('impact-chip').map((c) => c.textContent)).toEqual(['Helps · Diane Okafor', 'Hurts · Warehouse staff']);
  });
});

describe('decisions › editing fields and evidence', () => {
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
});

describe('decisions › editing the status', () => {
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
});

describe('decisions › the PR/FAQ draft', () => {
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
