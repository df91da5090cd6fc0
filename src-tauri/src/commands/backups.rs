//! The workspace file itself: its status (open, or why not), its snapshots, and replacing it:
//! restoring a snapshot, opening another file, starting fresh beside a broken one, or trying
//! the same file again (once another copy of Empty Chair that had it open is gone). Each
//! replacement closes the workspace, moves files with nothing open, and reopens (see
//! `AppState::replace`); the file moves refuse a workspace another copy has open (`in_use`).
//! And quitting, the way out when another copy has the workspace.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chair_core::db::backup;
use chair_core::db::lock::WorkspaceLock;
use chair_core::model::{BackupInfo, WorkspaceState, WorkspaceStatus};
use tauri::{AppHandle, State};

use crate::commands::dialogs::{PickPurpose, Picked};
use crate::error::CommandResult;
use crate::state::AppState;

/// Whether the workspace is open (else the error's code and message), its path and snapshots.
#[tauri::command]
pub async fn workspace_status(state: State<'_, AppState>) -> CommandResult<WorkspaceStatus> {
    state.status().await
}

read_command!(backup_now() -> BackupInfo, |db| db.backup_now());

/// Puts the snapshot `file` in place of the workspace. An open workspace is snapshotted first,
/// so the restore can itself be undone; one that could not be opened is moved aside, not lost.
#[tauri::command]
pub async fn restore_backup(
    app: AppHandle,
    state: State<'_, AppState>,
    file: String,
) -> CommandResult<WorkspaceStatus> {
    let was_open = state.status().await?.state == WorkspaceState::Ok;
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
    picked.check_open(&path, PickPurpose::OpenWorkspace)?;
    state.replace(&app, move |_| Ok(path)).await
}

/// Moves the workspace file that could not be opened aside (`<name>.broken-<time>`, never
/// deleted) and starts a new workspace, with the sample, in its place.
#[tauri::command]
pub async fn start_fresh_workspace(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<WorkspaceStatus> {
    if state.status().await?.state == WorkspaceState::Ok {
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

/// How long "Try again" waits for another copy that is still closing: its lock goes only once
/// its process has fully exited, which can take a moment after its window disappeared.
const CLOSING_GRACE: Duration = Duration::from_secs(2);

/// Opens the workspace file again after it could not be opened: "Try again" once the other
/// copy of Empty Chair that had it open has quit. An open workspace is left as it is.
#[tauri::command]
pub async fn reopen_workspace(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<WorkspaceStatus> {
    let status = state.status().await?;
    if status.state == WorkspaceState::Ok {
        return Ok(status);
    }
    state
        .replace(&app, |path| {
            let deadline = Instant::now() + CLOSING_GRACE;
            // Only waits: the lock is let go at once, and the open that follows says whether
            // the workspace is still in use.
            while let Err(chair_core::Error::InUse { .. }) = WorkspaceLock::acquire(path) {
                if Instant::now() >= deadline {
                    break;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            Ok(path.to_owned())
        })
        .await
}

/// Ends this copy of Empty Chair: the way out of the screen saying that another copy has the
/// workspace open. Everything written is already committed, so nothing is lost.
#[tauri::command]
pub fn quit_app(app: AppHandle) {
    app.exit(0);
}
