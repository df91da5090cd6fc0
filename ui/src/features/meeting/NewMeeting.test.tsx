// Creating a meeting against the fake backend: personas, deck, agenda, attendees and nudge, then
// it opens; one planned for later waits for Start; Escape creates nothing.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';

import { fakeBackend } from '../../test/fakeBackend';
import { type } from '../../test/actions';
import { renderApp } from '../../test/meetingKit';

describe('new meeting › creating', () => {
  test('creates the meeting with its personas, deck, agenda, attendees and nudge, then opens it', async () => {
    const be = fakeBackend();
    await renderApp();
    fireEvent.click(screen.getByTestId('new-meeting'));
    const dialog = screen.getByTestId('new-meeting-dialog');
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(document.activeElement).toBe(screen.getByTestId('new-meeting-title'));
    const chair = within(screen.getByTestId('new-meeting-personas'));
    expect((chair.getByLabelText('Diane Okafor') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('new-meeting-deck') as HTMLSelectElement).value).toBe('deck1');
    expect((screen.getByTestId('create-meeting') as HTMLButtonElement).disabled).toBe(true);

    type('new-meeting-title', 'Seller payouts');
    fireEvent.change(screen.getByTestId('new-meeting-date'), { target: { value: '2025-04-02' } });
    fireEvent.click(chair.getByLabelText('Tomás Reyes'));

    fireEvent.change(screen.getAllByTestId('agenda-title')[0]!, { target: { value: ' Hold reasons ' } });
    fireEvent.change(screen.getAllByTestId('agenda-minutes')[0]!, { target: { value: '15' } });
    fireEvent.click(screen.getByTestId('add-agenda-item'));
    fireEvent.change(screen.getAllByTestId('agenda-title')[1]!, { target: { value: 'Payout dates' } });
    fireEvent.click(screen.getByTestId('add-agenda-item'));
    expect(screen.getAllByTestId('agenda-row')).toHaveLength(3);
    fireEvent.click(screen.getAllByTestId('remove-agenda-item')[2]!);
    expect(screen.getAllByTestId('agenda-row')).toHaveLength(2);

    fireEvent.change(screen.getAllByTestId('attendee-name')[0]!, { target: { value: 'Ana' } });
    expect((screen.getAllByTestId('attendee-role')[0] as HTMLSelectElement).value).toBe('facilitator');
    fireEvent.click(screen.getByTestId('add-attendee'));
    fireEvent.change(screen.getAllByTestId('attendee-name')[1]!, { target: { value: 'Ben' } });
    fireEvent.change(screen.getAllByTestId('attendee-role')[1]!, { target: { value: 'ambassador' } });
    type('new-meeting-nudge', '7');
    fireEvent.click(screen.getByTestId('create-meeting'));

    await waitFor(() => expect(screen.getByTestId('meeting-title').textContent).toBe('Seller payouts'));
    expect(be.argsOf('create_meeting')).toEqual([
      {
        input: {
          title: 'Seller payouts',
          heldOn: '2025-04-02',
          goal: '',
          personaIds: ['p1', 'p2'],
          deckId: 'deck1',
          agenda: [{ title: 'Hold reasons', plannedMinutes: 15 }, { title: 'Payout dates' }],
          attendees: [
            { name: 'Ana', role: 'facilitator' },
            { name: 'Ben', role: 'ambassador' },
          ],
          nudgeMinutes: 7,
        },
      },
    ]);
    expect(screen.getAllByTestId('chair-tab').map((t) => t.textContent)).toEqual(['Diane Okafor', 'Tomás Reyes']);
    expect(screen.getAllByTestId('agenda-item')).toHaveLength(2);
    expect(screen.getByTestId('time-left').textContent).toMatch(/^1[45]:\d\d left$/);
    expect(screen.getAllByTestId('attendee').map((a) => a.textContent)).toEqual([
      'Facilitator: Ana',
      'Customer ambassador: Ben',
    ]);
    expect(screen.queryByTestId('new-meeting-dialog')).toBeNull();
  });
});

describe('new meeting › waiting and closing', () => {
  test('a meeting planned for later waits for Start', async () => {
    const be = fakeBackend();
    await renderApp();
    fireEvent.click(screen.getByTestId('new-meeting'));
    type('new-meeting-title', 'Later');
    fireEvent.click(screen.getByTestId('new-meeting-start-now'));
    expect(screen.getByTestId('create-meeting').textContent).toBe('Plan meeting');
    fireEvent.click(screen.getByTestId('create-meeting'));
    await waitFor(() => expect(screen.getByTestId('meeting-title').textContent).toBe('Later'));
    expect(be.argsOf('create_meeting')[0]!.input).toMatchObject({ planned: true, agenda: [], attendees: [] });
    fireEvent.click(screen.getByTestId('start-meeting'));
    await screen.findByTestId('pause-meeting');
    expect(be.argsOf('start_meeting')).toHaveLength(1);
  });

  test('Escape closes the dialog without creating anything', async () => {
    const be = fakeBackend();
    await renderApp();
    fireEvent.click(screen.getByTestId('new-meeting'));
    fireEvent.keyDown(screen.getByTestId('new-meeting-title'), { key: 'Escape' });
    expect(screen.queryByTestId('new-meeting-dialog')).toBeNull();
    expect(be.argsOf('create_meeting')).toHaveLength(0);
  });
});
