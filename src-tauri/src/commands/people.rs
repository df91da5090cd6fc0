//! People commands: the workspace's people, their roles, and who is at the keyboard.

use chair_core::model::{Person, PersonInput};
use chair_core::ChangeArea;
use tauri::{AppHandle, State};

use crate::error::CommandResult;
use crate::state::AppState;

/// Active people by name; with `include_archived`, the archived ones follow.
#[tauri::command]
pub async fn list_people(
    state: State<'_, AppState>,
    include_archived: Option<bool>,
) -> CommandResult<Vec<Person>> {
    let include_archived = include_archived.unwrap_or(false);
    state.read(move |db| db.list_people(include_archived)).await
}

#[tauri::command]
pub async fn create_person(
    app: AppHandle,
    state: State<'_, AppState>,
    input: PersonInput,
) -> CommandResult<Person> {
    state
        .write(&app, ChangeArea::People, move |db| db.create_person(&input))
        .await
}

#[tauri::command]
pub async fn update_person(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    input: PersonInput,
) -> CommandResult<Person> {
    state
        .write(&app, ChangeArea::People, move |db| {
            db.update_person(&id, &input)
        })
        .await
}

#[tauri::command]
pub async fn archive_person(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    archived: bool,
) -> CommandResult<Person> {
    state
        .write(&app, ChangeArea::People, move |db| {
            db.archive_person(&id, archived)
        })
        .await
}

/// Who uses the app on this laptop now; `null` until someone is chosen.
#[tauri::command]
pub async fn get_current_person(state: State<'_, AppState>) -> CommandResult<Option<Person>> {
    state.read(|db| db.current_person()).await
}

/// Hands the keyboard to the person `id` (`null`: nobody).
#[tauri::command]
pub async fn set_current_person(
    app: AppHandle,
    state: State<'_, AppState>,
    id: Option<String>,
) -> CommandResult<Option<Person>> {
    state
        .write(&app, ChangeArea::People, move |db| {
            db.set_current_person(id.as_deref())
        })
        .await
}
