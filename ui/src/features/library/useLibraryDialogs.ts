// What the library has open on top of the list: the anecdote editor, the import wizard, the
// escalate dialog and its toast, the deleted anecdote awaiting Undo, and an action's error.
import { useCallback, useState } from 'react';

import type { Anecdote } from '../../bindings/Anecdote';
import type { DeletedAnecdote } from '../../bindings/DeletedAnecdote';
import { errorMessage } from '../../lib/ipc';
import { restoreAnecdote } from './api';

type Editing = { anecdote: Anecdote | null } | null;

export type LibraryDialogState = ReturnType<typeof useLibraryDialogs>;

export function useLibraryDialogs(reload: () => void) {
  const [editing, setEditing] = useState<Editing>(null);
  const [importing, setImporting] = useState(false);
  const [deleted, setDeleted] = useState<DeletedAnecdote | null>(null);
  const [escalating, setEscalating] = useState<Anecdote | null>(null);
  const [escalated, setEscalated] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  // Stable between keystrokes, so the memoized rows skip re-rendering while a search is typed.
  const open = useCallback((anecdote: Anecdote) => setEditing({ anecdote }), []);

  async function undo(d: DeletedAnecdote) {
    setDeleted(null);
    setActionError(null);
    try {
      await restoreAnecdote(d);
      reload();
    } catch (e) {
      setActionError(`The anecdote could not be restored: ${errorMessage(e)}`);
    }
  }

  return {
    editing, setEditing, importing, setImporting, deleted, setDeleted,
    escalating, setEscalating, escalated, setEscalated, actionError, open, undo,
  };
}
