// Escalations: how the time left reads (before and after the deadline), the "?" dialog with
// its presets and the backend's field errors, the home list with an overdue one highlighted
// in words, resolving with root cause and fix, and the meeting's "resolved since the last
// meeting".
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';

import { onlyCall } from '../../test/actions';
import { anecdote, fakeBackend } from '../../test/fakeBackend';
import { escalation } from '../../test/fakeEscalations';
import { AnecdotePanel } from '../meeting/AnecdotePanel';
import { EmptyState } from '../../shared/EmptyState';
import { Library } from '../library/Library';
import { EscalateDialog } from './EscalateDialog';
import { MeetingEscalations } from './MeetingEscalations';
import { OpenEscalations } from './OpenEscalations';
import { timeLeft } from './timeLeft';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();
const MIN = 60_000;
const H = 60 * MIN;

describe('timeLeft', () => {
  test('says minutes under an hour, hours under two days, then days', () => {
    expect(timeLeft(at(45 * MIN), NOW)).toEqual({ urgency: 'soon', text: '45 min left' });
    expect(timeLeft(at(3 * H), NOW)).toEqual({ urgency: 'soon', text: '3 h left' });
    expect(timeLeft(at(30 * H), NOW)).toEqual({ urgency: 'ok', text: '30 h left' });
    expect(timeLeft(at(50 * H), NOW)).toEqual({ urgency: 'ok', text: 'due in 2 d' });
    expect(timeLeft(at(4 * H), NOW).urgency).toBe('ok');
  });

  test('says how overdue once the deadline has passed', () => {
    expect(timeLeft(at(-5 * H), NOW)).toEqual({ urgency: 'overdue', text: 'overdue by 5 h' });
    expect(timeLeft(at(-20 * MIN), NOW)).toEqual({ urgency: 'overdue', text: 'overdue by 20 min' });
    expect(timeLeft(at(-3 * 24 * H), NOW)).toEqual({ urgency: 'overdue', text: 'overdue by 3 d' });
    // Just past the deadline still reads as overdue, never "0 min".
    expect(timeLeft(at(-1000), NOW)).toEqual({ urgency: 'overdue', text: 'overdue by 1 min' });
  });

  test('a deadline it cannot read is shown as given', () => {
    expect(timeLeft('soon', NOW)).toEqual({ urgency: 'ok', text: 'due soon' });
  });
});

describe('EscalateDialog', () => {
  const a = anecdote('a1', 'I paid to return a broken lamp.');

  test('sends the owner, the chosen deadline and the note "?"', async () => {
    const be = fakeBackend();
    be.on('list_people', () => [{ id: 'u1', name: 'Ana Silva', role: 'facilitator', archivedAt: null, createdAt: '', updatedAt: '' }]);
    const done = vi.fn();
    render(<EscalateDialog anecdote={a} meetingId="m1" onEscalated={done} onClose={vi.fn()} />);
    expect((screen.getByTestId('escalate-note') as HTMLInputElement).value).toBe('?');
    // The people of the workspace are offered as owners.
    await waitFor(() => expect(document.querySelector('datalist option[value="Ana Silva"]')).not.toBeNull());
    fireEvent.change(screen.getByTestId('escalate-owner'), { target: { value: ' Ana Silva ' } });
    fireEvent.click(screen.getByTestId('escalate-deadline-4'));
    fireEvent.click(screen.getByTestId('escalate-save'));
    await waitFor(() => expect(done).toHaveBeenCalled());
    expect(be.argsOf('escalate_anecdote')).toEqual([
      { input: { anecdoteId: 'a1', owner: 'Ana Silva', deadlineHours: 4, note: '?', meetingId: 'm1' } },
    ]);
  });

  test('a custom deadline in hours, checked before it is sent', async () => {
    const be = fakeBackend();
    render(<EscalateDialog anecdote={a} onEscalated={vi.fn()} onClose={vi.fn()} />);
    fireEvent.change(screen.getByTestId('escalate-owner'), { target: { value: 'Ben' } });
    fireEvent.click(screen.getByTestId('escalate-deadline-custom'));
    fireEvent.change(screen.getByTestId('escalate-hours'), { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('escalate-save'));
    const error = await screen.findByRole('alert');
    expect(error.textContent).toContain('from 1 to 8760');
    expect(screen.getByTestId('escalate-hours').getAttribute('aria-invalid')).toBe('true');
    expect(be.argsOf('escalate_anecdote')).toEqual([]);

    fireEvent.change(screen.getByTestId('escalate-hours'), { target: { value: '2' } });
    fireEvent.click(screen.getByTestId('escalate-save'));
    const call = await onlyCall(be, 'escalate_anecdote');
    expect((call.input as { deadlineHours: number }).deadlineHours).toBe(2);
  });

  test('shows what the backend refuses beside the field it names', async () => {
    const be = fakeBackend();
    be.refuse('escalate_anecdote', { code: 'invalid', field: 'note', message: 'note: at most 500 characters' });
    render(<EscalateDialog anecdote={a} onEscalated={vi.fn()} onClose={vi.fn()} />);
    fireEvent.change(screen.getByTestId('escalate-owner'), { target: { value: 'Ben' } });
    fireEvent.click(screen.getByTestId('escalate-save'));
    const error = await screen.findByRole('alert');
    expect(error.textContent).toBe('note: at most 500 characters');
    expect(screen.getByTestId('escalate-note').getAttribute('aria-describedby')).toBe(error.id);
    expect(screen.getByTestId('escalate-owner').getAttribute('aria-invalid')).toBeNull();
  });

  test('an empty owner is asked for without calling the backend', async () => {
    const be = fakeBackend();
    render(<EscalateDialog anecdote={a} onEscalated={vi.fn()} onClose={vi.fn()} />);
    fireEvent.click(screen.getByTestId('escalate-save'));
    expect((await screen.findByRole('alert')).textContent).toContain('Name an owner');
    expect(be.argsOf('escalate_anecdote')).toEqual([]);
  });
});

describe('open escalations on the home screen', () => {
  test('shows owner, text and time left; an overdue one says so and stands out', async () => {
    const be = fakeBackend();
    be.esc.escalations = [
      escalation('e1', { owner: 'Ana Silva', dueAt: new Date(Date.now() - 5 * H).toISOString(), anecdoteText: 'Refund took 3 weeks' }),
      escalation('e2', { owner: 'Ben Ito', dueAt: new Date(Date.now() + 3 * H + 10 * MIN).toISOString() }),
    ];
    render(<EmptyState hasMeetings onNewMeeting={vi.fn()} onLoadSample={vi.fn()} />);
    const rows = await screen.findAllByTestId('escalation');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.className).toContain('escalation--overdue');
    expect(within(rows[0]!).getByTestId('escalation-time').textContent).toContain('overdue by 5 h');
    expect(within(rows[0]!).getByTestId('escalation-text').textContent).toBe('Refund took 3 weeks');
    expect(within(rows[1]!).getByTestId('escalation-time').textContent).toBe('3 h left');
    expect(rows[1]!.className).not.toContain('overdue');
    expect(screen.getByTestId('escalations-overdue').textContent).toBe('1 overdue');
  });

  test('the time left ticks every minute', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'Date'] });
    try {
      vi.setSystemTime(NOW);
      const be = fakeBackend();
      be.esc.escalations = [escalation('e1', { dueAt: at(61 * MIN) })];
      render(<OpenEscalations refreshKey={0} />);
      await vi.waitFor(() => expect(screen.getByTestId('escalation-time').textContent).toBe('1 h left'));
      // The faked clock moves with the timers: two ticks later it is two minutes on.
      act(() => {
        vi.advanceTimersByTime(2 * MIN);
      });
      expect(screen.getByTestId('escalation-time').textContent).toBe('59 min left');
      act(() => {
        vi.advanceTimersByTime(60 * MIN);
      });
      expect(screen.getByTestId('escalation-time').textContent).toContain('overdue by 1 min');
    } finally {
      vi.useRealTimers();
    }
  });

  test('a new workspace with nothing open shows no list', async () => {
    const be = fakeBackend();
    render(<EmptyState hasMeetings={false} onNewMeeting={vi.fn()} onLoadSample={vi.fn()} />);
    await waitFor(() => expect(be.argsOf('list_escalations')).toHaveLength(1));
    await act(async () => {});
    expect(screen.queryByTestId('open-escalations')).toBeNull();
  });

  test('resolving needs the root cause and the fix, then leaves the list', async () => {
    const be = fakeBackend();
    be.esc.escalations = [escalation('e1')];
    render(<OpenEscalations refreshKey={0} />);
    fireEvent.click(await screen.findByTestId('escalation-resolve'));
    fireEvent.change(screen.getByTestId('resolve-root-cause'), { target: { value: 'The carrier lost the label' } });
    fireEvent.click(screen.getByTestId('resolve-save'));
    expect((await screen.findByRole('alert')).textContent).toContain('what was fixed');
    expect(be.argsOf('resolve_escalation')).toEqual([]);

    fireEvent.change(screen.getByTestId('resolve-fix'), { target: { value: 'Labels are e-mailed too' } });
    fireEvent.click(screen.getByTestId('resolve-save'));
    await waitFor(() => expect(screen.queryByTestId('resolve-dialog')).toBeNull());
    expect(be.argsOf('resolve_escalation')).toEqual([
      { input: { escalationId: 'e1', rootCause: 'The carrier lost the label', fix: 'Labels are e-mailed too' } },
    ]);
    await screen.findByTestId('escalations-none');
  });

  test('customer text is shown as text, never as markup', async () => {
    const be = fakeBackend();
    be.esc.escalations = [escalation('e1', { anecdoteText: '<img src=x onerror=alert(1)>' })];
    render(<OpenEscalations refreshKey={0} />);
    const text = await screen.findByTestId('escalation-text');
    expect(text.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(text.querySelector('img')).toBeNull();
  });
});

describe('escalations in the meeting', () => {
  test('shows what was resolved since the last meeting with root cause and fix, and what is open', () => {
    fakeBackend();
    render(
      <MeetingEscalations
        escalations={[
          escalation('e1', { owner: 'Ben Ito' }),
          escalation('e2', { resolvedAt: '2026-03-09T10:00:00Z', rootCause: 'Label printer offline', fix: 'QR codes at drop-off' }),
        ]}
      />,
    );
    const resolved = within(screen.getByTestId('meeting-escalations-resolved'));
    expect(resolved.getByTestId('escalation-resolution').textContent).toContain('Label printer offline');
    expect(resolved.getByTestId('escalation-resolution').textContent).toContain('QR codes at drop-off');
    const open = within(screen.getByTestId('meeting-escalations-open'));
    expect(open.getByTestId('escalation-owner').textContent).toBe('Ben Ito');
    expect(open.getByTestId('escalation-resolve')).toBeTruthy();
  });

  test('shows nothing when there is nothing to report', () => {
    fakeBackend();
    render(<MeetingEscalations escalations={[]} />);
    expect(screen.queryByTestId('meeting-escalations')).toBeNull();
  });
});

describe('escalating from where anecdotes are shown', () => {
  test('a library row escalates; the anecdote then shows it with its time left', async () => {
    const be = fakeBackend();
    render(<Library refreshKey={0} />);
    fireEvent.click(await screen.findByTestId('library-escalate'));
    fireEvent.change(screen.getByTestId('escalate-owner'), { target: { value: 'Ben Ito' } });
    fireEvent.click(screen.getByTestId('escalate-deadline-48'));
    fireEvent.click(screen.getByTestId('escalate-save'));
    expect((await screen.findByTestId('toast')).textContent).toContain('Escalated to Ben Ito');
    expect(be.argsOf('escalate_anecdote')).toEqual([
      { input: { anecdoteId: 'a1', owner: 'Ben Ito', deadlineHours: 48, note: '?', meetingId: null } },
    ]);

    // Opening the anecdote shows its escalation.
    fireEvent.click(screen.getByTestId('library-result'));
    const under = await screen.findByTestId('anecdote-escalations');
    expect(within(under).getByTestId('escalation-owner').textContent).toBe('Ben Ito');
    expect(within(under).getByTestId('escalation-time').textContent).toBe('48 h left');
  });

  test('the meeting’s anecdote panel offers Escalate, and an opened anecdote shows its resolution', async () => {
    const be = fakeBackend();
    be.esc.escalations = [escalation('e1', { anecdoteId: 'a1', resolvedAt: '2026-03-09T10:00:00Z', rootCause: 'Label printer offline', fix: 'QR codes' })];
    const onEscalate = vi.fn();
    render(<AnecdotePanel personaId="p1" personaName="Diane" draftText="" pinned={[]} onTogglePin={null} refreshKey={0} onEscalate={onEscalate} />);
    fireEvent.click(await screen.findByTestId('escalate-anecdote'));
    expect(onEscalate).toHaveBeenCalledWith(expect.objectContaining({ id: 'a1' }));
    expect(screen.queryByTestId('anecdote-escalations')).toBeNull();
    fireEvent.click(screen.getByTestId('open-anecdote'));
    const under = await screen.findByTestId('anecdote-escalations');
    expect(within(under).getByTestId('escalation-resolution').textContent).toContain('Label printer offline');
  });
});
