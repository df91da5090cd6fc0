use chair_core::model::{PromptDeck, WorkspaceSummary};
use chair_core::Changed;
use tauri::{AppHandle, State};

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn get_workspace(state: State<'_, AppState>) -> CommandResult<WorkspaceSummary> {
    state.read(|db| db.summary()).await
}

/// Clears everything but the built-in prompt decks, after a snapshot. A workspace with the
/// user's own data is emptied only when `confirmed` (the UI asked).
#[tauri::command]
pub async fn start_empty_workspace(
    app: AppHandle,
    state: State<'_, AppState>,
    confirmed: bool,
) -> CommandResult<WorkspaceSummary> {
    state
        .write(&app, Changed::workspace(), move |db| {
            db.replace_with_empty(confirmed)?;
            db.summary()
        })
        .await
}

/// Replaces everything with the sample workspace, after a snapshot. A workspace with the
/// user's own data is replaced only when `confirmed` (the UI asked).
#[tauri::command]
pub async fn load_sample_workspace(
    app: AppHandle,
    state: State<'_, AppState>,
    confirmed: bool,
) -> CommandResult<WorkspaceSummary> {
    state
        .write(&app, Changed::workspace(), move |db| {
            db.replace_with_sample(confirmed)?;
            db.summary()
        })
        .await
}

#[tauri::command]
pub async fn list_decks(state: State<'_, AppState>) -> CommandResult<Vec<PromptDeck>> {
    state.read(|db| db.list_decks()).await
}
