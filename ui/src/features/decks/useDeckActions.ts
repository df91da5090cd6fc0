// The decks view's state and what its buttons do: the list (loaded again after each change),
// the deck being edited or deleted, the one busy with a duplicate or an export, and the line
// saying how the last action went.
import { useState } from 'react';

import type { DeckInput } from '../../bindings/DeckInput';
import type { PromptDeck } from '../../bindings/PromptDeck';
import { listDecks, pickFile, pickSavePath } from '../../lib/ipc';
import { useLoad } from '../../lib/useLoad';
import type { ActionResult } from '../../shared/ResultMessage';
import { createDeck, deleteDeck, exportDeck, importDeck, updateDeck } from './api';
import { copyOf, DECK_FILE_FILTERS, deckFileName, errorText } from './deckForm';
import type { DeckAction } from './DeckTile';

/** The deck in the editor: null for a new one. */
type Editing = { deck: PromptDeck | null } | null;

export function useDeckActions(refreshKey: number) {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<PromptDeck | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);
  const decks = useLoad(listDecks, [refreshKey, reloads]);

  async function act(d: PromptDeck, action: DeckAction) {
    setResult(null);
    if (action === 'edit' || action === 'delete') {
      if (action === 'edit') setEditing({ deck: d });
      else setDeleting(d);
      return;
    }
    setBusyId(d.id);
    try {
      if (action === 'duplicate') {
        const copy = await createDeck(copyOf(d));
        setResult({ ok: true, text: `Created ${copy.name}` });
      }
      if (action === 'export') {
        const path = await pickSavePath(deckFileName(d.name), DECK_FILE_FILTERS, 'exportDeck');
        if (path !== null) {
          await exportDeck(d.id, path);
          setResult({ ok: true, text: `Saved to ${path}` });
        }
      }
      reload();
    } catch (e) {
      setResult({ ok: false, text: `${d.name}: ${errorText(e)}` });
    } finally {
      setBusyId(null);
    }
  }

  async function importFromFile() {
    setResult(null);
    try {
      const path = await pickFile(DECK_FILE_FILTERS, 'importDeck');
      if (path === null) return;
      const deck = await importDeck(path);
      setResult({ ok: true, text: `Imported ${deck.name}` });
      reload();
    } catch (e) {
      setResult({ ok: false, text: `The deck could not be imported: ${errorText(e)}` });
    }
  }

  async function save(input: DeckInput) {
    const target = editing?.deck ?? null;
    await (target ? updateDeck(target.id, input) : createDeck(input));
    reload();
  }

  async function remove(d: PromptDeck) {
    try {
      await deleteDeck(d.id);
    } catch (e) {
      throw new Error(errorText(e));
    }
    reload();
  }

  return { decks, editing, setEditing, deleting, setDeleting, busyId, result, act, importFromFile, save, remove };
}
