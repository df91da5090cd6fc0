// The library's dialogs and toasts: the anecdote editor, escalating one, the import wizard and
// the Undo offered after a delete. Each change made here reloads the list.
import type { AnecdoteFacets } from '../../bindings/AnecdoteFacets';
import type { Persona } from '../../bindings/Persona';
import { EscalateDialog } from '../escalations/EscalateDialog';
import { ImportDialog } from '../import/ImportDialog';
import { Toast } from '../../shared/Toast';
import { AnecdoteEditor } from './AnecdoteEditor';
import type { LibraryDialogState } from './useLibraryDialogs';

type Props = {
  dialogs: LibraryDialogState;
  allPersonas: Persona[];
  facets: AnecdoteFacets | null;
  /** Passed on to the editor, to reload the anecdote's escalations. */
  refreshKey: number;
  reload: () => void;
};

export function LibraryDialogs({ dialogs, allPersonas, facets, refreshKey, reload }: Props) {
  const { editing, setEditing, escalating, setEscalating, escalated, setEscalated, deleted, setDeleted } = dialogs;
  return (
    <>
      {editing && (
        <AnecdoteEditor
          anecdote={editing.anecdote}
          personas={allPersonas}
          facets={facets}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
          onDeleted={(d) => {
            setEditing(null);
            setDeleted(d);
            reload();
          }}
          onClose={() => setEditing(null)}
          onEscalate={setEscalating}
          refreshKey={refreshKey}
        />
      )}
      {escalating && (
        <EscalateDialog
          anecdote={escalating}
          onEscalated={(e) => {
            setEscalating(null);
            setEscalated(`Escalated to ${e.owner}`);
            reload();
          }}
          onClose={() => setEscalating(null)}
        />
      )}
      {escalated && <Toast key={escalated} message={escalated} onDismiss={() => setEscalated(null)} />}
      {dialogs.importing && (
        <ImportDialog
          personas={allPersonas.filter((p) => p.archivedAt === null)}
          onImported={reload}
          onClose={() => dialogs.setImporting(false)}
        />
      )}
      {deleted && (
        <Toast
          key={deleted.anecdote.id}
          message="Anecdote deleted"
          actionLabel="Undo"
          onAction={() => void dialogs.undo(deleted)}
          onDismiss={() => setDeleted(null)}
          actionTestId="undo"
        />
      )}
    </>
  );
}
