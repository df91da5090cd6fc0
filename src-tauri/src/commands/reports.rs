use chair_core::wocas::{ReportFormat, WocasQuery, WocasReport};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn wocas_report(
    state: State<'_, AppState>,
    query: WocasQuery,
) -> CommandResult<WocasReport> {
    let _ = (state, query);
    Err(crate::error::CommandError::not_yet("the WOCAS report"))
}

/// Writes the report to `path` (chosen by the user in the save dialog).
#[tauri::command]
pub async fn export_wocas_report(
    state: State<'_, AppState>,
    query: WocasQuery,
    format: ReportFormat,
    path: String,
) -> CommandResult<()> {
    let _ = (state, query, format, path);
    Err(crate::error::CommandError::not_yet(
        "exporting the WOCAS report",
    ))
}
