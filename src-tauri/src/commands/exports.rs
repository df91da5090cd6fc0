//! Decision-log commands: the filtered log, its exports, and merging a JSON export in.

use std::path::PathBuf;

use chair_core::model::{DecisionFilter, DecisionLog, ExportFormat, ExportReport, MergeReport};
use chair_core::Changed;
use tauri::{AppHandle, State};

use crate::commands::dialogs::{PickPurpose, Picked};
use crate::error::CommandResult;
use crate::state::AppState;

read_command!(
    /// The decisions `filter` takes, by meeting, with their impacts and annotations.
    decision_log(filter: DecisionFilter) -> DecisionLog, |db| db.decision_log(&filter)
);

/// Writes the log to `path`, which the user picked in the save dialog (a folder for `adr`).
/// Fails with `exists` rather than replace a file, unless `overwrite`.
#[tauri::command]
pub async fn export_decision_log(
    state: State<'_, AppState>,
    picked: State<'_, Picked>,
    filter: DecisionFilter,
    format: ExportFormat,
    path: PathBuf,
    overwrite: bool,
) -> CommandResult<ExportReport> {
    let workspace = state.workspace_path();
    let target = path.clone();
    picked
        .save(
            &target,
            PickPurpose::ExportLog,
            &workspace,
            state.read(move |db| db.export_decision_log(&filter, format, &path, overwrite)),
        )
        .await
}

/// Merges a JSON export the user picked, after a snapshot; with `dry_run`, only says what
/// would change.
#[tauri::command]
pub async fn import_decision_log(
    app: AppHandle,
    state: State<'_, AppState>,
    picked: State<'_, Picked>,
    path: PathBuf,
    dry_run: bool,
) -> CommandResult<MergeReport> {
    picked.check_open(&path, PickPurpose::MergeLog)?;
    if dry_run {
        state.read(move |db| db.import_json(&path, true)).await
    } else {
        state
            .write(&app, Changed::workspace(), move |db| db.merge_json(&path))
            .await
    }
}
