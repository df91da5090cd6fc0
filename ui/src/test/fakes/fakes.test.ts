// The fakes answer as chair-core does for the cases its fixture tests cover (fixtures/*.json).
import { invoke } from '@tauri-apps/api/core';
import { expect, test } from 'vitest';

import { decision, fakeBackend, person } from '../fakeBackend';

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
