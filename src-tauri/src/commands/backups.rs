//! The workspace file itself: its status (open, or why not), its snapshots, and replacing it:
//! restoring a snapshot, opening another file, starting fresh beside a broken one. Each
//! replacement closes the workspace, moves files with nothing open, and reopens (see
//! `AppState::replace`).

use std::path::PathBuf;

use chair_core::db::backup;
use chair_core::model::{BackupInfo, WorkspaceStatus};
use tauri::{AppHandle, State};

use crate::commands::dialogs::Picked;
use crate::error::CommandResult;
use crate::state::AppState;

/// Whether the workspace is open (else the error's code and message), its path and snapshots.
#[tauri::command]
pub async fn workspace_status(state: State<'_, AppState>) -> CommandResult<WorkspaceStatus> {
    state.status().await
}

#[tauri::command]
pub async fn backup_now(state: State<'_, AppState>) -> CommandResult<BackupInfo> {
    state.read(|db| db.backup_now()).await
}

/// Puts the snapshot `file` in place of the workspace. An open workspace is snapshotted first,
/// so the restore can itself be undone; one that could not be opened is moved aside, not lost.
#[tauri::command]
pub async fn restore_backup(
    app: AppHandle,
    state: State<'_, AppState>,
    file: String,
) -> CommandResult<WorkspaceStatus> {
    let was_open = state.status().await?.state == chair_core::model::WorkspaceState::Ok;
    state
        .replace(&app, move |path| {
            if !backup::list_backups(path)?.iter().any(|b| b.file == file) {
                return Err(chair_core::Error::not_found("backup", file));
            }
            if !was_open && path.exists() {
                backup::move_aside(path)?;
            }
            backup::restore(path, &file, was_open)?;
            Ok(path.to_owned())
        })
        .await
}

/// Opens the workspace at `path` (picked in the native dialog) in place of the current one.
#[tauri::command]
pub async fn open_workspace(
    app: AppHandle,
    state: State<'_, AppState>,
    picked: State<'_, Picked>,
    path: PathBuf,
) -> CommandResult<WorkspaceStatus> {
    picked.check(&path)?;
    state.replace(&app, move |_| Ok(path)).await
}

/// Moves the workspace file that could not be opened aside (`<name>.broken-<time>`, never
/// deleted) and starts a new workspace, with the sample, in its place.
#[tauri::command]
pub async fn start_fresh_workspace(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<WorkspaceStatus> {
    if state.status().await?.state == chair_core::model::WorkspaceState::Ok {
        return Err(chair_core::Error::invalid(
            "workspace",
            "the workspace is open; start empty from the sample banner instead",
        )
        .into());
    }
    state
        .replace(&app, |path| {
            backup::move_aside(path)?;
            Ok(path.to_owned())
        })
        .await
}
