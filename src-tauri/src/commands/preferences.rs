//! The workspace's preferences.

use chair_core::model::Preferences;
use chair_core::ChangeArea;
use tauri::{AppHandle, State};

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn get_preferences(state: State<'_, AppState>) -> CommandResult<Preferences> {
    state.read(|db| db.get_preferences()).await
}

#[tauri::command]
pub async fn set_preferences(
    app: AppHandle,
    state: State<'_, AppState>,
    preferences: Preferences,
) -> CommandResult<Preferences> {
    state
        .write(&app, ChangeArea::Preferences, move |db| {
            db.set_preferences(&preferences)
        })
        .await
}
