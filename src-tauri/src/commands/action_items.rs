//! Action item commands: follow-ups on a decision or a meeting.

use chair_core::model::{ActionItem, ActionItemInput};
use chair_core::ChangeArea;
use tauri::{AppHandle, State};

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn add_action_item(
    app: AppHandle,
    state: State<'_, AppState>,
    input: ActionItemInput,
) -> CommandResult<ActionItem> {
    state
        .write(&app, ChangeArea::Meetings, move |db| {
            db.add_action_item(&input)
        })
        .await
}

#[tauri::command]
pub async fn update_action_item(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    input: ActionItemInput,
) -> CommandResult<ActionItem> {
    state
        .write(&app, ChangeArea::Meetings, move |db| {
            db.update_action_item(&id, &input)
        })
        .await
}

/// Marks the action item done (now) or open again.
#[tauri::command]
pub async fn set_action_item_done(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    done: bool,
) -> CommandResult<ActionItem> {
    state
        .write(&app, ChangeArea::Meetings, move |db| {
            db.set_action_item_done(&id, done)
        })
        .await
}

#[tauri::command]
pub async fn delete_action_item(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<()> {
    state
        .write(&app, ChangeArea::Meetings, move |db| {
            db.delete_action_item(&id)
        })
        .await
}
