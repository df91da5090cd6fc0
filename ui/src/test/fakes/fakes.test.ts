// The fakes answer as chair-core does for the cases its fixture tests cover (fixtures/*.json).
import { invoke } from '@tauri-apps/api/core';
import { expect, test } from 'vitest';

import type { MeetingView } from '../../bindings/MeetingView';
import { agendaItem, decision, fakeBackend, person } from '../fakeBackend';

test('speaking for the customer counts in the meeting score, as the score fixture says', async () => {
  fakeBackend();
  for (let n = 0; n < 2; n++) {
    await invoke('record_customer_reference', { input: { meetingId: 'm1', kind: 'spoke_for_customer', anecdoteId: null } });
  }
  await invoke('record_customer_reference', { input: { meetingId: 'm1', kind: 'prompt_answered', anecdoteId: null } });
  const summary = await invoke<{ score: { score: number; spokenForCustomer: number } }>('meeting_summary', { meetingId: 'm1' });
  expect(summary.score).toMatchObject({ score: 33, spokenForCustomer: 2 });
});

test('annotations: who may write them and what feeling they carry answer as the annotation fixture says', async () => {
  const be = fakeBackend();
  be.state.views.get('m1')!.decisions.push(decision('d1', 'Free returns'));
  be.state.people = [person('ben', 'Ben Ito'), person('cleo', 'Cleo Park')];
  const add = (feeling: number | null) =>
    invoke<{ id: string }>('add_annotation', { decisionId: 'd1', input: { stance: 'concerned', feeling, comment: '', flags: [] } });
  await expect(add(3)).rejects.toEqual({ code: 'forbidden', message: 'Choose who you are (switch person) before annotating.' });
  be.state.currentPersonId = 'ben';
  await expect(add(6)).rejects.toMatchObject({ code: 'invalid', field: 'feeling' });
  const { id } = await add(3);
  be.state.currentPersonId = 'cleo';
  await expect(invoke('delete_annotation', { id })).rejects.toEqual({ code: 'forbidden', message: 'Only Ben Ito can delete this annotation.' });
  be.state.currentPersonId = 'ben';
  await expect(invoke('delete_annotation', { id })).resolves.toBeNull();
});

test('decisions: accepting twice, leaving accepted and naming a replacement answer as the decision fixture says', async () => {
  const be = fakeBackend();
  const overridden = { status: 'accepted' as const, reversibility: 'one_way' as const, gateOverriddenBy: 'Ana', gateOverriddenAt: '2025-03-01T10:00:00Z' };
  be.state.views.get('m1')!.decisions.push(decision('d1', 'Free returns', overridden), decision('d2', 'Newer idea'));
  await expect(invoke('accept_decision', { id: 'd1', overrideBy: null })).resolves.toMatchObject({ gateOverriddenBy: 'Ana' });
  const edit = (status: string, supersededBy: string | null) =>
    invoke('update_decision', { id: 'd1', input: { statement: 'Free returns', status, reversibility: 'one_way', supersededBy } });
  await expect(edit('superseded', null)).rejects.toMatchObject({ code: 'invalid', field: 'supersededBy' });
  await expect(edit('rejected', 'd2')).rejects.toMatchObject({ code: 'invalid', field: 'supersededBy' });
  await expect(edit('accepted', null)).resolves.toMatchObject({ gateOverriddenBy: 'Ana' });
  await expect(edit('proposed', null)).resolves.toMatchObject({ gateOverriddenBy: null, gateOverriddenAt: null });
  await expect(edit('superseded', 'd2')).resolves.toMatchObject({ supersededBy: 'd2' });
});

test('agenda timers: pausing, moving on and ending answer as the agenda fixture says', async () => {
  const be = fakeBackend();
  const v = be.state.views.get('m1')!;
  const since = new Date(Date.now() - 60_000).toISOString();
  v.agenda = [agendaItem('g1', 'Intro', { elapsedSeconds: 120, runningSince: since, startedAt: since }), agendaItem('g2', 'Options')];
  v.meeting.currentAgendaItemId = 'g1';
  const paused = await invoke<MeetingView>('pause_meeting', { meetingId: 'm1' });
  expect(paused.meeting.status).toBe('paused');
  expect(paused.agenda[0]).toMatchObject({ runningSince: null, doneAt: null });
  expect(paused.agenda[0]!.elapsedSeconds).toBeGreaterThanOrEqual(180);
  const moved = await invoke<MeetingView>('start_agenda_item', { meetingId: 'm1', itemId: 'g2' });
  expect(moved.meeting).toMatchObject({ status: 'running', currentAgendaItemId: 'g2' });
  expect(moved.agenda[0]!.doneAt).not.toBeNull();
  expect(moved.agenda[1]!.runningSince).not.toBeNull();
  const ended = await invoke<MeetingView>('end_meeting', { meetingId: 'm1' });
  await expect(invoke('end_meeting', { meetingId: 'm1' })).resolves.toMatchObject({ meeting: { endedAt: ended.meeting.endedAt } });
  await expect(invoke('pause_meeting', { meetingId: 'm1' })).rejects.toMatchObject({ code: 'invalid', field: 'status' });
});

test('recording a decision meets the rules the decision fixture says', async () => {
  fakeBackend();
  const record = (status: string, supersededBy: string | null) =>
    invoke('record_decision', { input: { meetingId: 'm1', statement: 'Free returns', status, supersededBy } });
  await expect(record('superseded', null)).rejects.toMatchObject({ code: 'invalid', field: 'supersededBy' });
  await expect(record('proposed', 'd9')).rejects.toMatchObject({ code: 'invalid', field: 'supersededBy' });
  await expect(record('proposed', null)).resolves.toMatchObject({ status: 'proposed' });
});
