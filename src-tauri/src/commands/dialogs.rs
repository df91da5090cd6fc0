//! The native open, save and folder dialogs, run from the Rust side.
//!
//! The paths they return are remembered (`Picked`), and the commands that read or write a file
//! the user names — exports, deck and decision-log imports, persona pictures, opening another
//! workspace — take only a remembered path. A script in the webview, should one ever run, can
//! therefore not make the app write or read a file of its choosing: only the user, in a dialog
//! the app drew, can name one. (The import wizard also takes a typed path, read-only; see
//! docs/SECURITY.md.)

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Deserialize;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;

use chair_core::ErrorCode;

use crate::error::{CommandError, CommandResult};

/// Paths picked in a dialog during this run of the app.
#[derive(Default)]
pub struct Picked(Mutex<HashSet<PathBuf>>);

impl Picked {
    pub fn remember(&self, path: PathBuf) {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(path);
    }

    /// Ok when the user picked `path` in a dialog; the `not_picked` error otherwise.
    pub fn check(&self, path: &Path) -> CommandResult<()> {
        let picked = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .contains(path);
        if picked {
            Ok(())
        } else {
            Err(CommandError::new(
                ErrorCode::NotPicked,
                format!(
                    "{} was not chosen in a file dialog; choose it there",
                    path.display()
                ),
            ))
        }
    }
}

/// Which dialog to show.
#[derive(Debug, Clone, Copy, Deserialize)]
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

/// Shows the dialog over the main window and returns the chosen path (remembered), or `null`
/// when the user cancels. The save dialog asks before replacing a file, as the system's does.
#[tauri::command]
pub async fn pick_path(
    app: AppHandle,
    mode: PickMode,
    filters: Option<Vec<FileFilter>>,
    default_name: Option<String>,
) -> CommandResult<Option<String>> {
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
    app.state::<Picked>().remember(path.clone());
    Ok(Some(path.display().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_picked_paths_pass() {
        let picked = Picked::default();
        picked.remember(PathBuf::from("/home/u/log.md"));
        assert!(picked.check(Path::new("/home/u/log.md")).is_ok());
        let refused = picked.check(Path::new("/home/u/.bashrc")).unwrap_err();
        assert_eq!(refused.code, "not_picked");
        assert!(refused.message.contains("/home/u/.bashrc"));
    }
}
