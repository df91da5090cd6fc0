// The personas view: the cards and their evidence, editing, creating, duplicating, archiving,
// the archived ones on request, and pictures.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';

import { clickForAlert, onlyCall, type } from '../../test/actions';
import { PNG_DATA_URL, anecdote, fakeBackend, hit, persona } from '../../test/fakeBackend';
import { PersonasView } from './PersonasView';

async function renderView() {
  render(<PersonasView refreshKey={0} />);
  return screen.findAllByTestId('persona-card');
}

const card = (name: string) =>
  screen.getAllByTestId('persona-card').find((c) => within(c).getByTestId('persona-card-name').textContent === name)!;

describe('PersonasView › showing, editing and creating', () => {
  test('shows each persona with initials and its three strongest anecdotes', async () => {
    const be = fakeBackend();
    be.state.hits = [hit(anecdote('a1', 'Refund took weeks')), hit(anecdote('a2', 'Return label cost me $9'))];
    const cards = await renderView();
    expect(cards).toHaveLength(2);
    expect(be.argsOf('list_personas')).toEqual([{ includeArchived: false }]);
    await waitFor(() => expect(be.argsOf('search_anecdotes')).toHaveLength(2));
    expect(be.argsOf('search_anecdotes')).toContainEqual({
      query: { text: '', personaId: 'p1', filters: { personaIds: ['p1'] }, limit: 3 },
    });
    const diane = card('Diane Okafor');
    await waitFor(() => expect(within(diane).getAllByTestId('persona-evidence')).toHaveLength(2));
    expect(diane.textContent).toContain('Refund took weeks');
    expect(diane.textContent).toContain('DO');
    expect(diane.querySelector('img')).toBeNull();
  });

  test('Edit opens the form with every field and saves it', async () => {
    const be = fakeBackend();
    await renderView();
    fireEvent.click(within(card('Diane Okafor')).getByTestId('persona-edit'));
    expect((screen.getByTestId('persona-name') as HTMLInputElement).value).toBe('Diane Okafor');
    expect((screen.getByTestId('persona-goals') as HTMLTextAreaElement).value).toBe('Keep the house stocked');

    type('persona-name', ' Diane O. ');
    type('persona-segment', 'Loyal member (10 years)');
    type('persona-bio', 'Runs a busy household.');
    type('persona-goals', 'Keep the house stocked\n\n  Spend less time on returns ');
    type('persona-frustrations', 'Paying for return shipping');
    type('persona-needs', 'Refunds in days');
    type('persona-quote', 'Just make it right.');
    type('persona-successMeasure', 'One contact fixes it.');
    fireEvent.click(screen.getByTestId('persona-save'));

    expect(await onlyCall(be, 'update_persona')).toEqual({
      id: 'p1',
      input: {
        name: 'Diane O.',
        segment: 'Loyal member (10 years)',
        bio: 'Runs a busy household.',
        goals: ['Keep the house stocked', 'Spend less time on returns'],
        frustrations: ['Paying for return shipping'],
        needs: ['Refunds in days'],
        quote: 'Just make it right.',
        successMeasure: 'One contact fixes it.',
      },
    });
    await waitFor(() => expect(screen.queryByTestId('persona-editor')).toBeNull());
    await waitFor(() => expect(card('Diane O.')).toBeTruthy());
  });

  test('a refused save keeps the form and shows why', async () => {
    const be = fakeBackend();
    be.refuse('update_persona', { code: 'invalid', field: 'name', message: 'name: already used by another persona' });
    await renderView();
    fireEvent.click(within(card('Diane Okafor')).getByTestId('persona-edit'));
    const alert = await clickForAlert('persona-save', 'persona-editor');
    expect(alert.textContent).toBe('name: already used by another persona');
  });

  test('New persona creates one', async () => {
    const be = fakeBackend();
    await renderView();
    fireEvent.click(screen.getByTestId('persona-new'));
    expect((screen.getByTestId('persona-save') as HTMLButtonElement).disabled).toBe(true);
    type('persona-name', 'Priya Shah');
    fireEvent.click(screen.getByTestId('persona-save'));
    expect(await onlyCall(be, 'create_persona')).toMatchObject({ input: { name: 'Priya Shah', goals: [] } });
    await waitFor(() => expect(screen.getAllByTestId('persona-card')).toHaveLength(3));
  });
});

describe('PersonasView › duplicate, archive and pictures', () => {
  test('Duplicate and Archive; Show archived lists the archived ones to unarchive', async () => {
    const be = fakeBackend();
    await renderView();
    fireEvent.click(within(card('Tomás Reyes')).getByTestId('persona-duplicate'));
    await waitFor(() => expect(screen.getAllByTestId('persona-card')).toHaveLength(3));
    expect(be.argsOf('duplicate_persona')).toEqual([{ id: 'p2' }]);

    fireEvent.click(within(card('Tomás Reyes')).getByTestId('persona-archive'));
    await waitFor(() => expect(screen.getAllByTestId('persona-card')).toHaveLength(2));
    expect(be.argsOf('archive_persona')).toEqual([{ id: 'p2', archived: true }]);

    fireEvent.click(screen.getByTestId('persona-show-archived'));
    await waitFor(() => expect(screen.getAllByTestId('persona-card')).toHaveLength(3));
    expect(be.argsOf('list_personas').at(-1)).toEqual({ includeArchived: true });
    const archived = card('Tomás Reyes');
    expect(archived.textContent).toContain('Archived');
    fireEvent.click(within(archived).getByTestId('persona-archive'));
    await waitFor(() => expect(be.argsOf('archive_persona').at(-1)).toEqual({ id: 'p2', archived: false }));
  });

  test('Choose picture sends the picked image; Remove picture takes it away', async () => {
    const be = fakeBackend();
    await renderView();
    // Cancelling the dialog changes nothing.
    fireEvent.click(within(card('Diane Okafor')).getByTestId('persona-picture'));
    await waitFor(() => expect(be.dialogCalls('open')).toHaveLength(1));
    expect(be.argsOf('set_persona_avatar')).toHaveLength(0);

    be.state.pickedFile = '/home/me/diane.png';
    fireEvent.click(within(card('Diane Okafor')).getByTestId('persona-picture'));
    await waitFor(() => expect(be.argsOf('set_persona_avatar')).toEqual([{ id: 'p1', path: '/home/me/diane.png' }]));
    await waitFor(() => expect(card('Diane Okafor').querySelector('img')?.getAttribute('src')).toBe(PNG_DATA_URL));

    fireEvent.click(within(card('Diane Okafor')).getByTestId('persona-remove-picture'));
    await waitFor(() => expect(be.argsOf('set_persona_avatar').at(-1)).toEqual({ id: 'p1', path: null }));
    await waitFor(() => expect(card('Diane Okafor').querySelector('img')).toBeNull());
  });

  test('a picture that is not a stored image is never loaded', async () => {
    const be = fakeBackend();
    be.state.personas = [persona('p1', 'Eve', { avatar: 'https://evil.example/x.png' })];
    await renderView();
    expect(card('Eve').querySelector('img')).toBeNull();
  });
});
