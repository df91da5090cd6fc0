//! The import flow: preview (with the remembered mapping), dry run, import with progress and
//! cancel. Parsing runs outside the workspace lock; only the write holds it.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use chair_core::import::{
    self, ColumnMapping, FileKind, ImportCheck, ImportOptions, ImportPreview, ImportProgress,
    ImportReport, TextEncoding,
};
use chair_core::{ChangeArea, Changed};
use tauri::{AppHandle, Emitter, State};

use crate::commands::dialogs::{PickPurpose, Picked};
use crate::error::{CommandError, CommandResult};
use crate::state::{AppState, CHANGED_EVENT};

/// Emitted while an import reads and writes, with an `ImportProgress`.
pub const PROGRESS_EVENT: &str = "import-progress";

fn progress<'a>(app: &'a AppHandle, phase: &'static str) -> impl FnMut(u64, u64) + 'a {
    move |done, total| {
        let _ = app.emit(
            PROGRESS_EVENT,
            ImportProgress {
                phase: phase.into(),
                done,
                total,
            },
        );
    }
}

/// Refuses a path the user did not pick to import from, and clears the cancel flag for the run
/// that starts (a dry run or an import); returns the flag.
fn start_run(state: &AppState, picked: &Picked, path: &str) -> CommandResult<Arc<AtomicBool>> {
    picked.check_open(Path::new(path), PickPurpose::ImportAnecdotes)?;
    let cancel = state.import_cancel.clone();
    cancel.store(false, Ordering::Relaxed);
    Ok(cancel)
}

/// The first rows of the file at `path`, read as `kind` (sniffed when absent) in `encoding`
/// (detected when absent), and the mapping remembered for its header layout. The file is read before the workspace is taken,
/// so a slow or hostile file never makes other commands wait.
#[tauri::command]
pub async fn preview_import(
    state: State<'_, AppState>,
    picked: State<'_, Picked>,
    path: String,
    kind: Option<FileKind>,
    encoding: Option<TextEncoding>,
) -> CommandResult<ImportPreview> {
    picked.check_open(Path::new(&path), PickPurpose::ImportAnecdotes)?;
    let preview = tauri::async_runtime::spawn_blocking(move || {
        import::preview_with(&PathBuf::from(path), import::PREVIEW_ROWS, kind, encoding)
    })
    .await
    .map_err(CommandError::internal)?
    .map_err(chair_core::Error::from)?;
    state.read(move |db| import::with_memory(db, preview)).await
}

/// The dry run: reads and validates the whole file, writes nothing.
#[tauri::command]
pub async fn check_import(
    app: AppHandle,
    state: State<'_, AppState>,
    picked: State<'_, Picked>,
    path: String,
    mapping: ColumnMapping,
    options: ImportOptions,
) -> CommandResult<ImportCheck> {
    let cancel = start_run(&state, &picked, &path)?;
    let parsed = tauri::async_runtime::spawn_blocking(move || {
        import::parse(
            &PathBuf::from(path),
            &mapping,
            &options,
            &mut progress(&app, "reading"),
            &cancel,
        )
    })
    .await
    .map_err(CommandError::internal)?;
    let cancel = state.import_cancel.clone();
    state
        .read(move |db| import::check(db, parsed, &cancel))
        .await
}

/// Imports the file in one transaction, emitting `import-progress`; links every new anecdote
/// to `persona_ids`.
#[tauri::command]
pub async fn run_import(
    app: AppHandle,
    state: State<'_, AppState>,
    picked: State<'_, Picked>,
    path: String,
    mapping: ColumnMapping,
    options: ImportOptions,
    persona_ids: Vec<String>,
) -> CommandResult<ImportReport> {
    let cancel = start_run(&state, &picked, &path)?;
    let reader = app.clone();
    let (mapping, layout_key, summary, rows) = {
        let cancel = cancel.clone();
        tauri::async_runtime::spawn_blocking(move || -> chair_core::Result<_> {
            let path = PathBuf::from(path);
            let layout_key =
                import::preview_with(&path, 1, options.kind, options.encoding)?.layout_key;
            let (summary, rows) = import::parse(
                &path,
                &mapping,
                &options,
                &mut progress(&reader, "reading"),
                &cancel,
            )?;
            Ok((mapping, layout_key, summary, rows))
        })
        .await
        .map_err(CommandError::internal)??
    };
    let writer = app.clone();
    let report = state
        .read(move |db| {
            import::write(
                db,
                summary,
                rows,
                &layout_key,
                &mapping,
                &persona_ids,
                &mut progress(&writer, "writing"),
                &cancel,
            )
        })
        .await?;
    let _ = app.emit(CHANGED_EVENT, Changed::of(ChangeArea::Anecdotes));
    Ok(report)
}

/// Stops the running import (or dry run); the workspace stays as it was.
#[tauri::command]
pub async fn cancel_import(state: State<'_, AppState>) -> CommandResult<()> {
    state.import_cancel.store(true, Ordering::Relaxed);
    Ok(())
}
