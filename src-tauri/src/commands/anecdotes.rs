//! Anecdote commands: search, the library's edits (with undo of a delete) and its filters.

use chair_core::model::{
    Anecdote, AnecdoteFacets, AnecdoteHit, AnecdoteInput, AnecdoteQuery, DeletedAnecdote,
};
use chair_core::ChangeArea;
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn search_anecdotes(
    state: State<'_, AppState>,
    query: AnecdoteQuery,
) -> CommandResult<Vec<AnecdoteHit>> {
    state.read(move |db| db.search_anecdotes(&query)).await
}

#[tauri::command]
pub async fn create_anecdote(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    input: AnecdoteInput,
) -> CommandResult<Anecdote> {
    state
        .write(&app, ChangeArea::Anecdotes, move |db| {
            db.create_anecdote(&input)
        })
        .await
}

#[tauri::command]
pub async fn update_anecdote(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    id: String,
    input: AnecdoteInput,
) -> CommandResult<Anecdote> {
    state
        .write(&app, ChangeArea::Anecdotes, move |db| {
            db.update_anecdote(&id, &input)
        })
        .await
}

#[tauri::command]
pub async fn delete_anecdote(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<DeletedAnecdote> {
    state
        .write(&app, ChangeArea::Anecdotes, move |db| {
            db.delete_anecdote(&id)
        })
        .await
}

/// Undoes `delete_anecdote`: the same anecdote, id, links and evidence, back.
#[tauri::command]
pub async fn restore_anecdote(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    deleted: DeletedAnecdote,
) -> CommandResult<Anecdote> {
    state
        .write(&app, ChangeArea::Anecdotes, move |db| {
            db.restore_anecdote(&deleted)
        })
        .await
}

#[tauri::command]
pub async fn get_anecdotes(
    state: State<'_, AppState>,
    ids: Vec<String>,
) -> CommandResult<Vec<Anecdote>> {
    state.read(move |db| db.get_anecdotes(&ids)).await
}

#[tauri::command]
pub async fn anecdote_facets(state: State<'_, AppState>) -> CommandResult<AnecdoteFacets> {
    state.read(|db| db.anecdote_facets()).await
}
