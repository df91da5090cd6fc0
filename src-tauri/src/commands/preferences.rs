use chair_core::model::Preferences;
use tauri::{AppHandle, State};

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn get_preferences(state: State<'_, AppState>) -> CommandResult<Preferences> {
    let _ = state;
    Err(crate::error::CommandError::not_yet("preferences"))
}

#[tauri::command]
pub async fn set_preferences(
    app: AppHandle,
    state: State<'_, AppState>,
    preferences: Preferences,
) -> CommandResult<Preferences> {
    let _ = (app, state, preferences);
    Err(crate::error::CommandError::not_yet("preferences"))
}
