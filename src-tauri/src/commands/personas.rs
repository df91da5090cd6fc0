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
