use chair_core::model::{NewPersona, Persona};
use tauri::{AppHandle, State};

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn list_personas(state: State<'_, AppState>) -> CommandResult<Vec<Persona>> {
    state.read(|db| db.list_personas()).await
}

#[tauri::command]
pub async fn create_persona(
    app: AppHandle,
    state: State<'_, AppState>,
    input: NewPersona,
) -> CommandResult<Persona> {
    state
        .write(&app, "personas", move |db| db.create_persona(&input))
        .await
}

#[tauri::command]
pub async fn update_persona(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    input: NewPersona,
) -> CommandResult<Persona> {
    let _ = (app, state, id, input);
    Err(crate::error::CommandError::not_yet("editing personas"))
}

#[tauri::command]
pub async fn duplicate_persona(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<Persona> {
    let _ = (app, state, id);
    Err(crate::error::CommandError::not_yet("duplicating personas"))
}

#[tauri::command]
pub async fn archive_persona(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    archived: bool,
) -> CommandResult<Persona> {
    let _ = (app, state, id, archived);
    Err(crate::error::CommandError::not_yet("archiving personas"))
}

/// Copies the image at `path` into the workspace as the persona's picture; `None` removes it.
#[tauri::command]
pub async fn set_persona_avatar(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    path: Option<String>,
) -> CommandResult<Persona> {
    let _ = (app, state, id, path);
    Err(crate::error::CommandError::not_yet("persona pictures"))
}
