use chair_core::model::{AnecdoteHit, AnecdoteQuery};
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
