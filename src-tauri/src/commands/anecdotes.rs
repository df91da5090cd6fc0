//! Anecdote commands: search, the library's edits (with undo of a delete) and its filters.

use chair_core::model::{
    Anecdote, AnecdoteFacets, AnecdoteHit, AnecdoteInput, AnecdoteQuery, DeletedAnecdote,
};
use chair_core::ChangeArea;

read_command!(
    search_anecdotes(query: AnecdoteQuery) -> Vec<AnecdoteHit>, |db| db.search_anecdotes(&query)
);

write_command!(
    create_anecdote(input: AnecdoteInput) -> Anecdote, ChangeArea::Anecdotes, |db| {
        db.create_anecdote(&input)
    }
);

write_command!(
    update_anecdote(id: String, input: AnecdoteInput) -> Anecdote, ChangeArea::Anecdotes, |db| {
        db.update_anecdote(&id, &input)
    }
);

write_command!(
    delete_anecdote(id: String) -> DeletedAnecdote, ChangeArea::Anecdotes, |db| {
        db.delete_anecdote(&id)
    }
);

write_command!(
    /// Undoes `delete_anecdote`: the same anecdote, id, links and evidence, back.
    restore_anecdote(deleted: DeletedAnecdote) -> Anecdote, ChangeArea::Anecdotes, |db| {
        db.restore_anecdote(&deleted)
    }
);

read_command!(get_anecdotes(ids: Vec<String>) -> Vec<Anecdote>, |db| db.get_anecdotes(&ids));

read_command!(anecdote_facets() -> AnecdoteFacets, |db| db.anecdote_facets());
