//! The native open, save and folder dialogs, run from the Rust side.
//!
//! The paths they return are remembered (`Picked`) with the dialog they came from (open, save
//! or folder) and what they were picked for (`PickPurpose`). The commands that read or write a
//! file the user names — exports (a decision's PR/FAQ draft too), deck and decision-log
//! imports, persona pictures, opening another workspace — take only a path remembered for
//! their purpose and direction:
//! - a file picked to open is read, never written;
//! - a path picked to save (a file, or a folder for ADRs) is written once, then forgotten;
//! - nothing is written onto the open workspace's own files (`is_workspace_file`);
//! - a file to read must be a regular file: no FIFO, device or `/proc` file, which would block
//!   or read without end.
//!
//! A script in the webview, should one ever run, can therefore not make the app write or read
//! a file of its choosing: only the user, in a dialog the app drew, can name one. The import
//! wizard is no exception: its preview, check and import read only a file picked for it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Deserialize;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;

use chair_core::ErrorCode;

use crate::error::{CommandError, CommandResult};

/// What a path was picked for; a command takes only a path picked for its own purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PickPurpose {
    ExportLog,
    ExportReport,
    ExportDeck,
    ImportDeck,
    MergeLog,
    Avatar,
    OpenWorkspace,
    ImportAnecdotes,
    /// A decision's PR/FAQ draft, saved as Markdown.
    ExportPrFaq,
}

/// One remembered pick: the dialog it came from and what for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pick {
    pub mode: PickMode,
    pub purpose: PickPurpose,
}

/// Paths picked in a dialog during this run of the app.
#[derive(Default)]
pub struct Picked(Mutex<HashMap<PathBuf, Pick>>);

fn not_picked(message: String) -> CommandError {
    CommandError::new(ErrorCode::NotPicked, message)
}

/// Refuses a file to read that is not a regular file (a FIFO, a device, a folder) or that
/// lives in `/dev`, `/proc` or `/sys`, naming it.
fn check_regular_file(path: &Path) -> CommandResult<()> {
    let real = std::fs::canonicalize(path).map_err(|e| chair_core::Error::Io {
        path: path.to_owned(),
        source: e,
    })?;
    let special = ["/dev", "/proc", "/sys"]
        .iter()
        .any(|d| real.starts_with(d));
    let regular = std::fs::metadata(&real).is_ok_and(|m| m.is_file());
    if special || !regular {
        return Err(CommandError::from(chair_core::Error::invalid(
            "path",
            format!(
                "{} is not a regular file (a device, pipe, folder or system file); choose a file",
                path.display()
            ),
        )));
    }
    Ok(())
}

impl Picked {
    pub fn remember(&self, path: PathBuf, mode: PickMode, purpose: PickPurpose) {
        self.picks().insert(path, Pick { mode, purpose });
    }

    fn picks(&self) -> std::sync::MutexGuard<'_, HashMap<PathBuf, Pick>> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The pick of `path`, refused (`not_picked`) unless it was picked for `purpose`.
    fn get(&self, path: &Path, purpose: PickPurpose) -> CommandResult<Pick> {
        match self.picks().get(path) {
            Some(pick) if pick.purpose == purpose => Ok(*pick),
            Some(pick) => Err(not_picked(format!(
                "{} was chosen for {:?}, not for {purpose:?}; choose it again for this",
                path.display(),
                pick.purpose
            ))),
            None => Err(not_picked(format!(
                "{} was not chosen in a file dialog; choose it there",
                path.display()
            ))),
        }
    }

    /// Ok when the user picked `path` in the open dialog for `purpose` and it is a regular
    /// file; `not_picked` or `invalid` otherwise. An open pick may be read more than once.
    pub fn check_open(&self, path: &Path, purpose: PickPurpose) -> CommandResult<()> {
        let pick = self.get(path, purpose)?;
        if pick.mode != PickMode::Open {
            return Err(not_picked(format!(
                "{} was chosen to save, not to open",
                path.display()
            )));
        }
        check_regular_file(path)
    }

    /// Takes the save (or folder) pick of `path` for `purpose`: it can be written once. Refused
    /// for a file picked to open, and for the workspace's own files (`workspace`). Give it back
    /// (`give_back`) when the write was refused without writing (`exists`).
    pub fn take_save(
        &self,
        path: &Path,
        purpose: PickPurpose,
        workspace: &Path,
    ) -> CommandResult<Pick> {
        let pick = self.get(path, purpose)?;
        if pick.mode == PickMode::Open {
            return Err(not_picked(format!(
                "{} was chosen to open, and a file chosen to open is never written; choose \
                 where to save in the save dialog",
                path.display()
            )));
        }
        if chair_core::db::is_workspace_file(workspace, path) {
            return Err(CommandError::from(chair_core::Error::invalid(
                "path",
                format!(
                    "{} is the open workspace or one of its own files (its database, lock, \
                     snapshots or search index); choose another place",
                    path.display()
                ),
            )));
        }
        self.picks().remove(path);
        Ok(pick)
    }

    /// Puts back a save pick whose write was refused before anything was written.
    pub fn give_back(&self, path: PathBuf, pick: Pick) {
        self.picks().insert(path, pick);
    }

    /// Runs `write` on a save pick of `path` (`take_save`); a refusal with `exists` (nothing
    /// written; the UI asks "Replace?") keeps the pick for the second try.
    pub async fn save<T>(
        &self,
        path: &Path,
        purpose: PickPurpose,
        workspace: &Path,
        write: impl std::future::Future<Output = CommandResult<T>>,
    ) -> CommandResult<T> {
        let pick = self.take_save(path, purpose, workspace)?;
        let out = write.await;
        if matches!(&out, Err(e) if e.code == "exists") {
            self.give_back(path.to_owned(), pick);
        }
        out
    }
}

/// Which dialog to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PickMode {
    Open,
    Save,
    Folder,
}

/// A named group of file extensions (without dots).
#[derive(Debug, Clone, Deserialize)]
pub struct FileFilter {
    pub name: String,
    pub extensions: Vec<String>,
}

/// Shows the dialog over the main window and returns the chosen path (remembered with `mode`
/// and `purpose`), or `null` when the user cancels. The save dialog asks before replacing a
/// file, as the system's does.
#[tauri::command]
pub async fn pick_path(
    app: AppHandle,
    mode: PickMode,
    purpose: PickPurpose,
    filters: Option<Vec<FileFilter>>,
    default_name: Option<String>,
) -> CommandResult<Option<String>> {
    #[cfg(debug_assertions)]
    if let Some(answer) = e2e::answer() {
        let Some(path) = answer else { return Ok(None) };
        app.state::<Picked>().remember(path.clone(), mode, purpose);
        return Ok(Some(path.display().to_string()));
    }
    let dialogs = app.clone();
    let picked = tauri::async_runtime::spawn_blocking(move || {
        let mut builder = dialogs.dialog().file();
        if let Some(window) = dialogs.get_webview_window("main") {
            builder = builder.set_parent(&window);
        }
        for f in filters.unwrap_or_default() {
            let extensions: Vec<&str> = f.extensions.iter().map(String::as_str).collect();
            builder = builder.add_filter(f.name, &extensions);
        }
        if let Some(name) = default_name {
            builder = builder.set_file_name(name);
        }
        match mode {
            PickMode::Open => builder.blocking_pick_file(),
            PickMode::Save => builder.blocking_save_file(),
            PickMode::Folder => builder.blocking_pick_folder(),
        }
    })
    .await
    .map_err(CommandError::internal)?;
    let Some(picked) = picked else {
        return Ok(None);
    };
    let path = picked.into_path().map_err(CommandError::internal)?;
    app.state::<Picked>().remember(path.clone(), mode, purpose);
    Ok(Some(path.display().to_string()))
}

/// The end-to-end suite's stand-in for the user in a native dialog, which WebDriver cannot
/// drive. Compiled into debug builds only (never into a release or the package), and active
/// only when the harness sets `EMPTY_CHAIR_E2E_PICKS` to a file: the next dialog answers with
/// the path written in that file (nothing written there: the user cancelled) and removes it.
/// The answer is then remembered like any pick, so every check after the dialog runs as for
/// a user.
#[cfg(debug_assertions)]
mod e2e {
    use std::path::PathBuf;

    const ANSWER_FILE: &str = "EMPTY_CHAIR_E2E_PICKS";

    /// `None` when the harness is not driving the dialogs; `Some(None)` for a cancel.
    pub fn answer() -> Option<Option<PathBuf>> {
        let file = PathBuf::from(std::env::var_os(ANSWER_FILE)?);
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let _ = std::fs::remove_file(&file);
        let path = text.trim();
        Some((!path.is_empty()).then(|| PathBuf::from(path)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> PathBuf {
        let d = std::env::temp_dir().join(format!("chair-dialogs-{}", chair_core::time::new_id()));
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn only_picked_paths_pass() {
        let d = dir();
        let log = d.join("log.md");
        std::fs::write(&log, "x").unwrap();
        let picked = Picked::default();
        picked.remember(log.clone(), PickMode::Open, PickPurpose::MergeLog);
        assert!(picked.check_open(&log, PickPurpose::MergeLog).is_ok());
        let refused = picked
            .check_open(&d.join(".bashrc"), PickPurpose::MergeLog)
            .unwrap_err();
        assert_eq!(refused.code, "not_picked");
        assert!(refused.message.contains(".bashrc"));
        // Picked for another purpose: refused.
        let other = picked
            .check_open(&log, PickPurpose::ImportDeck)
            .unwrap_err();
        assert_eq!(other.code, "not_picked");
    }

    #[test]
    fn an_open_pick_is_never_a_write_target() {
        let d = dir();
        let file = d.join("notes.md");
        std::fs::write(&file, "mine").unwrap();
        let picked = Picked::default();
        picked.remember(file.clone(), PickMode::Open, PickPurpose::ExportLog);
        let err = picked
            .take_save(&file, PickPurpose::ExportLog, &d.join("workspace.db"))
            .unwrap_err();
        assert_eq!(err.code, "not_picked");
        assert!(err.message.contains("never written"), "{}", err.message);
    }

    #[test]
    fn a_save_pick_is_used_once_unless_refused_with_exists() {
        let d = dir();
        let target = d.join("log.md");
        let ws = d.join("workspace.db");
        let picked = Picked::default();
        picked.remember(target.clone(), PickMode::Save, PickPurpose::ExportLog);
        let run = |code: Option<ErrorCode>| {
            tauri::async_runtime::block_on(picked.save(
                &target,
                PickPurpose::ExportLog,
                &ws,
                async {
                    match code {
                        None => Ok(()),
                        Some(code) => Err(CommandError::new(code, "")),
                    }
                },
            ))
        };
        assert_eq!(run(Some(ErrorCode::Exists)).unwrap_err().code, "exists");
        assert!(run(None).is_ok(), "kept after `exists`");
        assert_eq!(run(None).unwrap_err().code, "not_picked", "used once");
    }

    #[test]
    fn the_workspaces_own_files_are_never_written() {
        let d = dir();
        let ws = d.join("workspace.db");
        std::fs::write(&ws, "").unwrap();
        let picked = Picked::default();
        for own in [
            "workspace.db",
            "workspace.db-wal",
            "workspace.db.lock",
            "workspace.db.backups",
        ] {
            let p = d.join(own);
            picked.remember(p.clone(), PickMode::Save, PickPurpose::ExportLog);
            let err = picked
                .take_save(&p, PickPurpose::ExportLog, &ws)
                .unwrap_err();
            assert_eq!(err.code, "invalid", "{own}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn only_regular_files_are_read() {
        let d = dir();
        let fifo = d.join("pipe.csv");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        let picked = Picked::default();
        for p in [
            fifo,
            PathBuf::from("/dev/zero"),
            PathBuf::from("/proc/self/environ"),
            d.clone(),
        ] {
            picked.remember(p.clone(), PickMode::Open, PickPurpose::ImportAnecdotes);
            let err = picked
                .check_open(&p, PickPurpose::ImportAnecdotes)
                .unwrap_err();
            assert_eq!(err.code, "invalid", "{}", p.display());
            assert!(err.message.contains(&p.display().to_string()));
        }
    }
}
