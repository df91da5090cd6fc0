use chair_core::model::{PromptDeck, WorkspaceSummary};
use chair_core::Changed;
use tauri::{AppHandle, State};

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn get_workspace(state: State<'_, AppState>) -> CommandResult<WorkspaceSummary> {
    state.read(|db| db.summary()).await
}

/// Clears everything but the built-in prompt decks.
#[tauri::command]
pub async fn start_empty_workspace(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<WorkspaceSummary> {
    state
        .write(&app, Changed::workspace(), |db| {
            db.start_empty()?;
            db.summary()
        })
        .await
}

/// Replaces everything with the sample workspace.
#[tauri::command]
pub async fn load_sample_workspace(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<WorkspaceSummary> {
    state
        .write(&app, Changed::workspace(), |db| {
            db.load_sample()?;
            db.summary()
        })
        .await
}

#[tauri::command]
pub async fn list_decks(state: State<'_, AppState>) -> CommandResult<Vec<PromptDeck>> {
    state.read(|db| db.list_decks()).await
}
