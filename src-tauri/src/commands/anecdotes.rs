use chair_core::model::{
    Anecdote, AnecdoteFacets, AnecdoteHit, AnecdoteInput, AnecdoteQuery, DeletedAnecdote,
};
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
    let _ = (app, state, input);
    Err(crate::error::CommandError::not_yet("adding anecdotes"))
}

#[tauri::command]
pub async fn update_anecdote(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    id: String,
    input: AnecdoteInput,
) -> CommandResult<Anecdote> {
    let _ = (app, state, id, input);
    Err(crate::error::CommandError::not_yet("editing anecdotes"))
}

#[tauri::command]
pub async fn delete_anecdote(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<DeletedAnecdote> {
    let _ = (app, state, id);
    Err(crate::error::CommandError::not_yet("deleting anecdotes"))
}

/// Undoes `delete_anecdote`: the same anecdote, id, links and evidence, back.
#[tauri::command]
pub async fn restore_anecdote(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    deleted: DeletedAnecdote,
) -> CommandResult<Anecdote> {
    let _ = (app, state, deleted);
    Err(crate::error::CommandError::not_yet("undoing a delete"))
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
    let _ = state;
    Err(crate::error::CommandError::not_yet("library filters"))
}
