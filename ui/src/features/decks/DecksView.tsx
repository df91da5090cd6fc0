// The prompt decks: built-in ones (read-only, duplicated into an editable copy) and custom ones
// to create, edit and delete; exporting a deck to a .json file and importing one.
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { FieldError } from '../../shared/FieldError';
import { ResultMessage } from '../../shared/ResultMessage';
import { ViewHeader } from '../../shared/ViewHeader';
import { DeckEditor } from './DeckEditor';
import { DeckTile } from './DeckTile';
import { useDeckActions } from './useDeckActions';

type Props = { refreshKey: number };

export function DecksView({ refreshKey }: Props) {
  const { decks, editing, setEditing, deleting, setDeleting, busyId, result, act, importFromFile, save, remove } =
    useDeckActions(refreshKey);
  const list = decks.data ?? [];

  return (
    <section className="view decks" data-testid="decks" aria-labelledby="decks-title">
      <ViewHeader
        titleId="decks-title"
        title="Prompt decks"
        subtitle="The questions a meeting works through to keep the customer in the room."
      >
        <button type="button" className="btn" onClick={() => void importFromFile()} data-testid="deck-import">
          Import deck…
        </button>
        <button type="button" className="btn btn--primary" onClick={() => setEditing({ deck: null })} data-testid="deck-new">
          + New deck
        </button>
      </ViewHeader>
      {decks.error && (
        <FieldError className="view__error">
          {decks.error}
        </FieldError>
      )}
      {result && <ResultMessage result={result} okClassName="decks__saved" testId="deck-result" />}
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
