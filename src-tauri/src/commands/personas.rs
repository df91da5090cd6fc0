//! Persona commands: the customers who can sit in the chair, and their pictures.

use chair_core::model::{NewPersona, Persona};
use chair_core::ChangeArea;
use tauri::{AppHandle, State};

use crate::commands::dialogs::{PickPurpose, Picked};
use crate::error::CommandResult;
use crate::state::AppState;

read_command!(
    /// Active personas by name; with `include_archived`, the archived ones follow.
    list_personas(include_archived: Option<bool>) -> Vec<Persona>,
    |db| db.list_personas(include_archived.unwrap_or(false))
);

write_command!(
    create_persona(input: NewPersona) -> Persona, ChangeArea::Personas, |db| {
        db.create_persona(&input)
    }
);

write_command!(
    update_persona(id: String, input: NewPersona) -> Persona, ChangeArea::Personas, |db| {
        db.update_persona(&id, &input)
    }
);

write_command!(
    duplicate_persona(id: String) -> Persona, ChangeArea::Personas, |db| {
        db.duplicate_persona(&id)
    }
);

write_command!(
    archive_persona(id: String, archived: bool) -> Persona, ChangeArea::Personas, |db| {
        db.archive_persona(&id, archived)
    }
);

/// Copies the image at `path` into the workspace as the persona's picture; `None` removes it.
#[tauri::command]
pub async fn set_persona_avatar(
    app: AppHandle,
    state: State<'_, AppState>,
    picked: State<'_, Picked>,
    id: String,
    path: Option<String>,
) -> CommandResult<Persona> {
    if let Some(path) = &path {
        picked.check_open(std::path::Path::new(path), PickPurpose::Avatar)?;
    }
    state
        .write(&app, ChangeArea::Personas, move |db| {
            db.set_persona_avatar(&id, path.as_deref().map(std::path::Path::new))
        })
        .await
}
