// The workspace's live reloads under a burst of changes (50 devices in the room reacting every
// second): one reload at a time, each answer shown, the last change always read.
import { act, renderHook, waitFor } from '@testing-library/react';
import { emit } from '@tauri-apps/api/event';
import { expect, test } from 'vitest';

import type { Changed } from '../bindings/Changed';
import type { MeetingView } from '../bindings/MeetingView';
import { annotation, decision, deferred, fakeBackend, person } from '../test/fakeBackend';
import { useWorkspace } from './useWorkspace';
import { withReactions } from './workspaceView';

const decisionsChanged: Changed = { areas: ['decisions'], meetingId: 'm1', decisionIds: [], reactions: [], pulse: null };

test('a burst of changes reads the meeting once per reload, shows every answer and ends on the last', async () => {
  const be = fakeBackend();
  const { result } = renderHook(() => useWorkspace());
  await waitFor(() => expect(result.current.view?.meeting.id).toBe('m1'));
  const before = be.argsOf('open_meeting').length;

  // Each open_meeting now waits for the test; its answer carries the title it was asked under.
  const answers: Array<{ title: string; answer: ReturnType<typeof deferred<MeetingView>> }> = [];
  let title = 'after 0 changes';
  const base = result.current.view!;
  be.on('open_meeting', () => {
    const answer = deferred<MeetingView>();
    answers.push({ title, answer });
    return answer.promise;
  });
  const answerNext = async () => {
    const next = answers.shift()!;
    await act(async () => next.answer.resolve({ ...base, meeting: { ...base.meeting, title: next.title } }));
  };

  for (let i = 1; i <= 20; i++) {
    title = `after ${i} changes`;
    await act(async () => emit('workspace-changed', decisionsChanged));
  }
  // Twenty changes, one reload under way: the others wait, merged into one.
  await waitFor(() => expect(be.argsOf('open_meeting').length).toBe(before + 1));
  await answerNext();
  // Its answer is shown although newer changes came in meanwhile (they used to discard it, so
  // under a steady stream the window never caught up).
  expect(result.current.view?.meeting.title).toBe('after 1 changes');
  // Then exactly one more reload, for everything that came in while it ran.
  await waitFor(() => expect(be.argsOf('open_meeting').length).toBe(before + 2));
  await answerNext();
  expect(result.current.view?.meeting.title).toBe('after 20 changes');
  expect(be.argsOf('open_meeting').length).toBe(before + 2);
  expect(answers).toHaveLength(0);
});

test('a reaction carried by the change is put in place with no reload at all', async () => {
  const be = fakeBackend();
  const { result } = renderHook(() => useWorkspace());
  await waitFor(() => expect(result.current.view?.meeting.id).toBe('m1'));
  const d = decision('d1', 'Free return labels', { meetingId: 'm1' });
  const calls = () => be.calls.length;
  // A decision in the window's view, brought by an ordinary reload.
  await act(async () => {
    be.on('open_meeting', () => ({ ...result.current.view!, decisions: [d] }));
    await emit('workspace-changed', { areas: ['decisions'], meetingId: 'm1', decisionIds: ['d1'], reactions: [], pulse: null });
  });
  await waitFor(() => expect(result.current.view?.decisions).toHaveLength(1));
  const before = calls();

  const ana = person('p9', 'Ana Souza');
  const first = annotation('a1', 'd1', ana, { comment: 'From a phone' });
  await act(async () => emit('workspace-changed', { areas: ['decisions'], meetingId: 'm1', decisionIds: ['d1'], reactions: [first], pulse: null }));
  await waitFor(() => expect(result.current.view?.decisions[0]!.annotations.map((a) => a.comment)).toEqual(['From a phone']));
  const edited = { ...first, comment: 'Edited on the phone' };
  const second = annotation('a2', 'd1', ana, { comment: 'Another' });
  await act(async () => emit('workspace-changed', { areas: ['decisions'], meetingId: 'm1', decisionIds: ['d1'], reactions: [edited, second], pulse: null }));
  await waitFor(() => expect(result.current.view?.decisions[0]!.annotations.map((a) => a.comment)).toEqual(['Edited on the phone', 'Another']));
  // Nothing was read again: the window kept up without asking the backend.
  expect(be.calls.slice(before).map((c) => c.cmd)).not.toContain('open_meeting');
});

test("an ambassador's reaction that brought the customer in restarts the silence, without a reload", async () => {
  const be = fakeBackend();
  const { result } = renderHook(() => useWorkspace());
  await waitFor(() => expect(result.current.view?.meeting.id).toBe('m1'));
  const before = be.calls.length;
  const at = '2026-12-07T10:15:00Z';
  const item = result.current.view!.agenda[0]?.id ?? null;
  const pulse = { meetingId: 'm1', agendaItemId: item, lastCustomerReferenceAt: at, anecdotesConsulted: 0 };
  const reaction = annotation('a1', 'd1', person('p9', 'Ana Souza'), { comment: 'From a phone' });
  await act(async () =>
    emit('workspace-changed', { areas: ['decisions'], meetingId: 'm1', decisionIds: ['d1'], reactions: [reaction], pulse }),
  );
  await waitFor(() => expect(result.current.view?.meeting.lastCustomerReferenceAt).toBe(at));
  if (item) expect(result.current.view?.agenda[0]?.lastCustomerReferenceAt).toBe(at);
  // Another meeting's pulse changes nothing here.
  await act(async () =>
    emit('workspace-changed', {
      areas: ['decisions'],
      meetingId: 'm2',
      decisionIds: ['d2'],
      reactions: [{ ...reaction, id: 'a2', decisionId: 'd2' }],
      pulse: { ...pulse, meetingId: 'm2', lastCustomerReferenceAt: '2026-12-07T11:00:00Z' },
    }),
  );
  expect(result.current.view?.meeting.lastCustomerReferenceAt).toBe(at);
  expect(be.calls.slice(before).map((c) => c.cmd)).not.toContain('open_meeting');
});

test('withReactions leaves a view without the decision as it is', () => {
  const ana = person('p9', 'Ana Souza');
  const v = { decisions: [decision('d1', 'x')] } as unknown as Parameters<typeof withReactions>[0];
  expect(withReactions(v, [annotation('a1', 'elsewhere', ana)])).toBe(v);
});
