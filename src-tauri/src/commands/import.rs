use chair_core::import::{
    ColumnMapping, FileKind, ImportCheck, ImportOptions, ImportPreview, ImportReport,
};
use tauri::{AppHandle, State};

use crate::error::CommandResult;
use crate::state::AppState;

/// The first rows of the file at `path`, read as `kind` (sniffed when absent), and the
/// mapping remembered for its header layout.
#[tauri::command]
pub async fn preview_import(
    state: State<'_, AppState>,
    path: String,
    kind: Option<FileKind>,
) -> CommandResult<ImportPreview> {
    let _ = (state, path, kind);
    Err(crate::error::CommandError::not_yet("import"))
}

/// The dry run: reads and validates the whole file, writes nothing.
#[tauri::command]
pub async fn check_import(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
    mapping: ColumnMapping,
    options: ImportOptions,
) -> CommandResult<ImportCheck> {
    let _ = (app, state, path, mapping, options);
    Err(crate::error::CommandError::not_yet("import"))
}

/// Imports the file in one transaction, emitting `import-progress`; links every new anecdote
/// to `persona_ids`.
#[tauri::command]
pub async fn run_import(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
    mapping: ColumnMapping,
    options: ImportOptions,
    persona_ids: Vec<String>,
) -> CommandResult<ImportReport> {
    let _ = (app, state, path, mapping, options, persona_ids);
    Err(crate::error::CommandError::not_yet("import"))
}

/// Stops the running import; the workspace stays as it was.
#[tauri::command]
pub async fn cancel_import(state: State<'_, AppState>) -> CommandResult<()> {
    let _ = state;
    Err(crate::error::CommandError::not_yet("import"))
}
