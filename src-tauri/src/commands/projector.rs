//! The projector: a second window showing the chair to the room. It only listens; the main
//! window decides what it shows (`show_on_projector`) and the last state is kept so a projector
//! opened later starts with content.

use chair_core::model::ProjectorState;
use chair_core::ErrorCode;
use tauri::{AppHandle, Emitter, Manager, State, WebviewUrl, WebviewWindowBuilder};

use crate::error::{CommandError, CommandResult};
use crate::state::AppState;

/// The projector window's label; `capabilities/projector.json` grants it (only) listening.
pub const PROJECTOR_LABEL: &str = "projector";
/// Emitted to every window with the new `ProjectorState`.
pub const PROJECTOR_EVENT: &str = "projector-state";

/// Opens the projector window, or brings it to the front when it is already open.
#[tauri::command]
pub async fn open_projector(app: AppHandle) -> CommandResult<()> {
    if let Some(window) = app.get_webview_window(PROJECTOR_LABEL) {
        window.show().map_err(CommandError::internal)?;
        return window.set_focus().map_err(CommandError::internal);
    }
    crate::windows::stay_on_app(WebviewWindowBuilder::new(
        &app,
        PROJECTOR_LABEL,
        WebviewUrl::App("index.html#projector".into()),
    ))
    .title("Empty Chair — projector")
    .inner_size(1280.0, 800.0)
    .build()
    .map_err(CommandError::internal)?;
    Ok(())
}

#[tauri::command]
pub async fn set_projector_fullscreen(app: AppHandle, on: bool) -> CommandResult<()> {
    let window = app.get_webview_window(PROJECTOR_LABEL).ok_or_else(|| {
        CommandError::new(ErrorCode::NotFound, "the projector window is not open")
    })?;
    window.set_fullscreen(on).map_err(CommandError::internal)
}

/// Sends what the projector shows to every window (event `projector-state`) and keeps it.
#[tauri::command]
pub async fn show_on_projector(
    app: AppHandle,
    app_state: State<'_, AppState>,
    state: ProjectorState,
) -> CommandResult<()> {
    app_state.set_projector(state.clone());
    app.emit(PROJECTOR_EVENT, state)
        .map_err(CommandError::internal)
}

/// The last state sent to the projector, if any.
#[tauri::command]
pub async fn get_projector_state(
    state: State<'_, AppState>,
) -> CommandResult<Option<ProjectorState>> {
    Ok(state.projector())
}
