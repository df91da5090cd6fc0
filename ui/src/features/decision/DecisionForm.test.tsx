// The decision form against the fake backend: what it sends (impact, pinned evidence) and
// clearing after; an invalid error shown by its field, the typing kept; Ctrl+Enter records.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';

import { anecdote, fakeBackend, hit } from '../../test/fakeBackend';
import { clickForAlert, onlyCall, type } from '../../test/actions';
import { renderApp } from '../../test/meetingKit';

describe('decision form › sending and errors', () => {
  test('sends the decision with its impact and pinned evidence, then clears', async () => {
    const be = fakeBackend();
    be.state.hits = [hit(anecdote('a1', 'Broken lamp, paid return shipping.')), hit(anecdote('a2', 'Refund took 3 weeks.'))];
    await renderApp();

    type('decision-statement', 'Free returns for damaged items');
    type('decision-rationale', 'Loyal members pay for our mistakes');
    fireEvent.click(screen.getByLabelText('Helps'));
    type('decision-what-changes', 'No return label fee when it arrives broken');
    fireEvent.change(screen.getByTestId('decision-reversibility'), { target: { value: 'two_way' } });

    await waitFor(() => expect(screen.getAllByTestId('pin-anecdote')).toHaveLength(2));
    fireEvent.click(screen.getAllByTestId('pin-anecdote')[1]!);
    expect(screen.getAllByTestId('pin-anecdote')[1]!.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('pinned-count').textContent).toContain('1 anecdote pinned as evidence');

    fireEvent.click(screen.getByTestId('record-decision'));

    expect(await onlyCall(be, 'record_decision')).toEqual({
      input: {
        meetingId: 'm1',
        statement: 'Free returns for damaged items',
        rationale: 'Loyal members pay for our mistakes',
        reversibility: 'two_way',
        impacts: [
          { personaId: 'p1', direction: 'helps', whatChanges: 'No return label fee when it arrives broken' },
        ],
        evidenceIds: ['a2'],
      },
    });

    await waitFor(() =>
      expect(screen.getByTestId('decision-confirmation').textContent).toBe('Decision recorded.'),
    );
    expect((screen.getByTestId('decision-statement') as HTMLTextAreaElement).value).toBe('');
    expect((screen.getByTestId('decision-rationale') as HTMLTextAreaElement).value).toBe('');
    expect((screen.getByTestId('decision-what-changes') as HTMLTextAreaElement).value).toBe('');
    expect((screen.getByLabelText('Not sure yet') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('decision-reversibility') as HTMLSelectElement).value).toBe('unknown');
    expect(screen.getByTestId('pinned-count').textContent).toContain('No anecdotes pinned');
    expect(screen.getAllByTestId('pin-anecdote').every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);

    const logged = within(screen.getByTestId('decision-log')).getAllByTestId('decision');
    expect(logged).toHaveLength(1);
    expect(within(logged[0]!).getByTestId('decision-statement-text').textContent).toBe(
      'Free returns for damaged items',
    );
    expect(within(logged[0]!).getByTestId('impact-chip').textContent).toBe('Helps · Diane Okafor');
    expect(logged[0]!.textContent).toContain('1 evidence anecdote');
  });

  test('an invalid error keeps what was typed and shows the message by the field', async () => {
    const be = fakeBackend();
    be.refuse('record_decision', { code: 'invalid', field: 'statement', message: 'statement: must not be empty' });
    await renderApp();
    type('decision-statement', '   x   ');
    type('decision-what-changes', 'Something');
    const alert = await clickForAlert('record-decision', 'decision-form');
    expect(alert.textContent).toBe('statement: must not be empty');
    const statement = screen.getByTestId('decision-statement') as HTMLTextAreaElement;
    expect(statement.value).toBe('   x   ');
    expect(statement.getAttribute('aria-invalid')).toBe('true');
    expect(statement.getAttribute('aria-describedby')).toBe(alert.id);
    expect((screen.getByTestId('decision-what-changes') as HTMLTextAreaElement).value).toBe('Something');
    expect(screen.getByTestId('decision-confirmation').textContent).toBe('');

    // Editing the field the error is about clears it.
    type('decision-statement', 'A real statement');
    expect(within(screen.getByTestId('decision-form')).queryByRole('alert')).toBeNull();
    expect(statement.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('decision form › submitting', () => {
  test('submit is disabled while the statement is empty; Ctrl+Enter records', async () => {
    const be = fakeBackend();
    await renderApp();
    const button = screen.getByTestId('record-decision') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.keyDown(screen.getByTestId('decision-statement'), { key: 'Enter', ctrlKey: true });
    type('decision-statement', '  ');
    expect(button.disabled).toBe(true);
    expect(be.argsOf('record_decision')).toHaveLength(0);

    type('decision-statement', 'Ship it');
    expect(button.disabled).toBe(false);
    fireEvent.keyDown(screen.getByTestId('decision-statement'), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(be.argsOf('record_decision')).toHaveLength(1));
  });
});
