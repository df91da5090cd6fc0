// The prompt decks view: built-in decks read-only but duplicable, creating a deck with its
// questions in the order set, editing that keeps prompt ids, deleting after confirmation,
// export and import through the file dialogs, and errors shown inline.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';

import { clickForAlert, onlyCall } from '../../test/actions';
import { DECK, deck, fakeBackend } from '../../test/fakeBackend';
import type { DeckAction } from './DeckTile';
import { DecksView } from './DecksView';

const CUSTOM = deck(
  'deck2',
  'Our launch questions',
  [
    ['c1', 'Who is it for?', 'Name them.'],
    ['c2', 'What changes for them?', ''],
  ],
  { description: 'For launch reviews' },
);

async function renderView() {
  render(<DecksView refreshKey={0} />);
  return screen.findAllByTestId('deck');
}

const deckCard = (name: string) =>
  screen.getAllByTestId('deck').find((c) => within(c).getByTestId('deck-title').textContent === name)!;

/** Presses the custom deck's `action` button on its tile. */
const pressOnCustom = (action: DeckAction) => fireEvent.click(within(deckCard(CUSTOM.name)).getByTestId(`deck-${action}`));

const texts = () => screen.getAllByTestId('deck-prompt-text') as HTMLInputElement[];

describe('DecksView › built-in and custom decks', () => {
  test('built-in decks are marked and have no Edit or Delete; custom ones do', async () => {
    const be = fakeBackend();
    be.state.decks = [DECK, CUSTOM];
    await renderView();
    const builtin = deckCard(DECK.name);
    expect(within(builtin).getByTestId('deck-builtin').textContent).toBe('Built in');
    expect(within(builtin).queryByTestId('deck-edit')).toBeNull();
    expect(within(builtin).queryByTestId('deck-delete')).toBeNull();
    expect(within(builtin).getByTestId('deck-duplicate')).toBeTruthy();
    const custom = deckCard(CUSTOM.name);
    expect(within(custom).queryByTestId('deck-builtin')).toBeNull();
    expect(within(custom).getByTestId('deck-edit')).toBeTruthy();
    expect(within(custom).getByTestId('deck-delete')).toBeTruthy();
  });

  test('Duplicate makes an editable copy with the same questions', async () => {
    const be = fakeBackend();
    await renderView();
    fireEvent.click(within(deckCard(DECK.name)).getByTestId('deck-duplicate'));
    await waitFor(() => expect(screen.getAllByTestId('deck')).toHaveLength(2));
    expect(be.argsOf('create_deck')).toEqual([
      {
        input: {
          name: 'Five customer questions (copy)',
          description: '',
          prompts: DECK.prompts.map((p) => ({ text: p.text, help: p.help })),
        },
      },
    ]);
    expect(within(deckCard('Five customer questions (copy)')).getByTestId('deck-edit')).toBeTruthy();
  });
});

describe('DecksView › creating a deck', () => {
  test('a new deck with three questions, one moved up, is created in the new order', async () => {
    const be = fakeBackend();
    await renderView();
    fireEvent.click(screen.getByTestId('deck-new'));
    const editor = screen.getByTestId('deck-editor');
    fireEvent.change(within(editor).getByTestId('deck-name'), { target: { value: ' Pricing ' } });
    fireEvent.click(within(editor).getByTestId('deck-prompt-add'));
    fireEvent.click(within(editor).getByTestId('deck-prompt-add'));
    expect(texts()).toHaveLength(3);
    ['First?', 'Second?', 'Third?'].forEach((t, i) => fireEvent.change(texts()[i]!, { target: { value: t } }));
    fireEvent.change(within(editor).getAllByTestId('deck-prompt-help')[2]!, { target: { value: 'Ask twice' } });

    const up = within(editor).getAllByTestId('deck-prompt-up');
    expect((up[0] as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(up[2]!);
    expect(texts().map((t) => t.value)).toEqual(['First?', 'Third?', 'Second?']);
    // The moved row keeps focus, so the keyboard can move it again.
    expect(document.activeElement).toBe(within(editor).getAllByTestId('deck-prompt-up')[1]);

    fireEvent.click(within(editor).getByTestId('deck-save'));
    expect(await onlyCall(be, 'create_deck')).toEqual({
      input: {
        name: 'Pricing',
        description: '',
        prompts: [
          { text: 'First?', help: '' },
          { text: 'Third?', help: 'Ask twice' },
          { text: 'Second?', help: '' },
        ],
      },
    });
    await waitFor(() => expect(screen.queryByTestId('deck-editor')).toBeNull());
    await waitFor(() => expect(deckCard('Pricing')).toBeTruthy());
  });

  test('name and at least one question are required', async () => {
    const be = fakeBackend();
    await renderView();
    fireEvent.click(screen.getByTestId('deck-new'));
    fireEvent.click(screen.getByTestId('deck-save'));
    expect(screen.getByTestId('deck-error').textContent).toBe('Give the deck a name.');
    fireEvent.change(screen.getByTestId('deck-name'), { target: { value: 'Empty' } });
    fireEvent.click(screen.getByTestId('deck-save'));
    expect(screen.getByTestId('deck-error').textContent).toBe('Add at least one question.');
    expect(be.argsOf('create_deck')).toHaveLength(0);
  });
});

describe('DecksView › editing a deck', () => {
  test('editing keeps the ids of the questions kept, in their new order', async () => {
    const be = fakeBackend();
    be.state.decks = [DECK, CUSTOM];
    await renderView();
    pressOnCustom('edit');
    const editor = screen.getByTestId('deck-editor');
    expect((within(editor).getByTestId('deck-name') as HTMLInputElement).value).toBe(CUSTOM.name);
    fireEvent.click(within(editor).getAllByTestId('deck-prompt-down')[0]!);
    fireEvent.click(within(editor).getByTestId('deck-prompt-add'));
    fireEvent.change(texts()[2]!, { target: { value: 'What could go wrong?' } });
    fireEvent.change(texts()[0]!, { target: { value: 'What changes for them, exactly?' } });
    fireEvent.click(within(editor).getByTestId('deck-save'));

    expect(await onlyCall(be, 'update_deck')).toEqual({
      id: 'deck2',
      input: {
        name: CUSTOM.name,
        description: 'For launch reviews',
        prompts: [
          { id: 'c2', text: 'What changes for them, exactly?', help: '' },
          { id: 'c1', text: 'Who is it for?', help: 'Name them.' },
          { text: 'What could go wrong?', help: '' },
        ],
      },
    });
  });

  test('a refused save keeps the editor and shows the code and message', async () => {
    const be = fakeBackend();
    be.state.decks = [CUSTOM];
    be.refuse('update_deck', { code: 'invalid', field: 'name', message: 'name: already used by another deck' });
    await renderView();
    fireEvent.click(screen.getByTestId('deck-edit'));
    const alert = await clickForAlert('deck-save', 'deck-editor');
    expect(alert.textContent).toBe('name: already used by another deck (invalid)');
  });

  test('removing a question leaves it out of the update', async () => {
    const be = fakeBackend();
    be.state.decks = [CUSTOM];
    await renderView();
    fireEvent.click(screen.getByTestId('deck-edit'));
    fireEvent.click(screen.getAllByTestId('deck-prompt-remove')[0]!);
    fireEvent.click(screen.getByTestId('deck-save'));
    const call = await onlyCall(be, 'update_deck');
    expect((call.input as { prompts: unknown[] }).prompts).toEqual([
      { id: 'c2', text: 'What changes for them?', help: '' },
    ]);
  });
});

describe('DecksView › delete, export and import', () => {
  test('Delete asks first, then deletes the custom deck', async () => {
    const be = fakeBackend();
    be.state.decks = [DECK, CUSTOM];
    await renderView();
    pressOnCustom('delete');
    fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(be.argsOf('delete_deck')).toHaveLength(0);
    pressOnCustom('delete');
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(be.argsOf('delete_deck')).toEqual([{ id: 'deck2' }]));
    await waitFor(() => expect(screen.getAllByTestId('deck')).toHaveLength(1));
  });

  test('Export saves the deck to the picked path; cancelling does nothing', async () => {
    const be = fakeBackend();
    be.state.decks = [DECK, CUSTOM];
    await renderView();
    pressOnCustom('export');
    await waitFor(() => expect(be.dialogCalls('save')).toHaveLength(1));
    expect(be.argsOf('export_deck')).toHaveLength(0);
    const dialog = be.dialogCalls('save')[0] as { options: { defaultPath: string; filters: unknown } };
    expect(dialog.options.defaultPath).toBe('our-launch-questions.json');
    expect(dialog.options.filters).toEqual([{ name: 'Prompt deck', extensions: ['json'] }]);

    be.state.savePath = '/home/me/launch.json';
    pressOnCustom('export');
    await waitFor(() => expect(be.argsOf('export_deck')).toEqual([{ id: 'deck2', path: '/home/me/launch.json' }]));
    expect((await screen.findByTestId('deck-result')).textContent).toBe('Saved to /home/me/launch.json');
  });

  test('Import deck adds the deck from the picked file', async () => {
    const be = fakeBackend();
    be.state.pickedFile = '/home/me/deck.json';
    await renderView();
    fireEvent.click(screen.getByTestId('deck-import'));
    await waitFor(() => expect(be.argsOf('import_deck')).toEqual([{ path: '/home/me/deck.json' }]));
    expect((await screen.findByTestId('deck-result')).textContent).toBe('Imported Imported questions');
    await waitFor(() => expect(screen.getAllByTestId('deck')).toHaveLength(2));
    const open = be.dialogCalls('open')[0] as { options: { filters: unknown } };
    expect(open.options.filters).toEqual([{ name: 'Prompt deck', extensions: ['json'] }]);
  });
});
