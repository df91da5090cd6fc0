// The Library's commands: write, delete and restore anecdotes, and the values its filters offer
// (searching is cross-cutting and stays in lib/ipc.ts).
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { Anecdote } from '../../bindings/Anecdote';
import type { AnecdoteFacets } from '../../bindings/AnecdoteFacets';
import type { AnecdoteInput } from '../../bindings/AnecdoteInput';
import type { DeletedAnecdote } from '../../bindings/DeletedAnecdote';
import { call } from '../../lib/ipc';

export const createAnecdote = (input: AnecdoteInput): Promise<Anecdote> =>
  call('create_anecdote', { input });

export const updateAnecdote = (id: string, input: AnecdoteInput): Promise<Anecdote> =>
  call('update_anecdote', { id, input });

/** Deletes an anecdote; the answer is what `restoreAnecdote` needs to undo it. */
export const deleteAnecdote = (id: string): Promise<DeletedAnecdote> => call('delete_anecdote', { id });

export const restoreAnecdote = (deleted: DeletedAnecdote): Promise<Anecdote> =>
  call('restore_anecdote', { deleted });

export const anecdoteFacets = (): Promise<AnecdoteFacets> => call('anecdote_facets');
