//! The WOCAS report and its export.

use std::path::PathBuf;

use chair_core::wocas::{self, ReportFormat, WocasQuery, WocasReport};
use tauri::State;

use crate::commands::dialogs::{PickPurpose, Picked};
use crate::error::CommandResult;
use crate::state::AppState;

read_command!(wocas_report(query: WocasQuery) -> WocasReport, |db| db.wocas_report(&query));

/// Writes the report to `path`, which the user chose in the save dialog (the dialog asked
/// before replacing a file).
#[tauri::command]
pub async fn export_wocas_report(
    state: State<'_, AppState>,
    picked: State<'_, Picked>,
    query: WocasQuery,
    format: ReportFormat,
    path: String,
) -> CommandResult<()> {
    let path = PathBuf::from(path);
    let (target, workspace) = (path.clone(), state.workspace_path());
    let write = state.read(move |db| {
        let report = db.wocas_report(&query)?;
        let persona = match &query.persona_id {
            Some(id) => Some(db.get_persona(id)?.name),
            None => None,
        };
        let text = match format {
            ReportFormat::Markdown => wocas::to_markdown(&report, persona.as_deref()),
            ReportFormat::Csv => wocas::to_csv(&report)?,
        };
        chair_core::export::write_file(&path, text.as_bytes())
    });
    picked
        .save(&target, PickPurpose::ExportReport, &workspace, write)
        .await
}
