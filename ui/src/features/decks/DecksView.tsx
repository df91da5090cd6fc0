// The prompt decks: built-in ones (read-only, duplicated into an editable copy) and custom ones
// to create, edit and delete; exporting a deck to a .json file and importing one.
import { useState } from 'react';

import type { DeckInput } from '../../bindings/DeckInput';
import type { PromptDeck } from '../../bindings/PromptDeck';
import { copyOf, DECK_FILE_FILTERS, deckFileName, errorText } from './deckForm';
import { listDecks, pickFile, pickSavePath } from '../../lib/ipc';
import { createDeck, deleteDeck, exportDeck, importDeck, updateDeck } from './api';
import { useLoad } from '../../lib/useLoad';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { DeckEditor } from './DeckEditor';
import { DeckTile, type DeckAction } from './DeckTile';
import { FieldError } from '../../shared/FieldError';

type Props = { refreshKey: number };

type Editing = { deck: PromptDeck | null } | null;

type Result = { ok: boolean; text: string } | null;

export function DecksView({ refreshKey }: Props) {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<PromptDeck | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [result, setResult] = useState<Result>(null);
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);
  const decks = useLoad(listDecks, [refreshKey, reloads]);
  const list = decks.data ?? [];

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

  return (
    <section className="view decks" data-testid="decks" aria-labelledby="decks-title">
      <header className="view__header">
        <div>
          <h1 className="view__title" id="decks-title">
            Prompt decks
          </h1>
          <p className="view__subtitle">The questions a meeting works through to keep the customer in the room.</p>
        </div>
        <div className="view__actions">
          <button type="button" className="btn" onClick={() => void importFromFile()} data-testid="deck-import">
            Import deck…
          </button>
          <button type="button" className="btn btn--primary" onClick={() => setEditing({ deck: null })} data-testid="deck-new">
            + New deck
          </button>
        </div>
      </header>
      {decks.error && (
        <FieldError className="view__error">
          {decks.error}
        </FieldError>
      )}
      {result && (
        <p
          className={result.ok ? 'decks__saved' : 'field-error'}
          role={result.ok ? 'status' : 'alert'}
          data-testid="deck-result"
        >
          {result.text}
        </p>
      )}
      <div className="view__body">
        <div className="deck-list">
          {list.map((d) => (
            <DeckTile key={d.id} deck={d} busy={busyId === d.id} onAction={(a) => void act(d, a)} />
          ))}
        </div>
        {decks.data && list.length === 0 && (
          <p className="muted" data-testid="decks-none">
            No decks yet. Create one or import a deck file.
          </p>
        )}
      </div>
      {editing && <DeckEditor deck={editing.deck} onSave={save} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmDialog
          title={`Delete ${deleting.name}?`}
          message="The deck and its questions are removed. Meetings that use it keep running without a deck. This cannot be undone."
          confirmLabel="Delete deck"
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
