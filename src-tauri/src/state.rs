//! The app's state: the open workspace, shared by all commands. SQLite calls block, so every
//! command runs its work on Tauri's blocking pool, never on the main (UI) thread.

use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

use chair_core::model::ProjectorState;
use chair_core::Db;
use tauri::{AppHandle, Emitter};

use crate::error::{CommandError, CommandResult};

/// Emitted after every write, with what changed; the UI refreshes from it.
pub const CHANGED_EVENT: &str = "workspace-changed";

pub struct AppState {
    db: Result<Arc<Mutex<Db>>, CommandError>,
    /// Set to stop the running import.
    pub import_cancel: Arc<AtomicBool>,
    /// What the projector shows now, for a projector window opened later.
    projector: Mutex<Option<ProjectorState>>,
}

impl AppState {
    pub fn new(db: Result<Db, chair_core::Error>) -> Self {
        AppState {
            db: db
                .map(|db| Arc::new(Mutex::new(db)))
                .map_err(CommandError::from),
            import_cancel: Arc::new(AtomicBool::new(false)),
            projector: Mutex::new(None),
        }
    }

    pub fn projector(&self) -> Option<ProjectorState> {
        self.projector
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    pub fn set_projector(&self, state: ProjectorState) {
        *self
            .projector
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(state);
    }

    /// Runs `f` with the workspace on the blocking pool.
    pub async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Db) -> chair_core::Result<T> + Send + 'static,
    ) -> CommandResult<T> {
        let db = self.db.clone()?;
        tauri::async_runtime::spawn_blocking(move || {
            let mut db = db
                .lock()
                .map_err(|_| CommandError::internal("workspace lock poisoned"))?;
            f(&mut db).map_err(CommandError::from)
        })
        .await
        .map_err(CommandError::internal)?
    }

    /// Like `read`, then tells the UI that `what` changed.
    pub async fn write<T: Send + 'static>(
        &self,
        app: &AppHandle,
        what: &'static str,
        f: impl FnOnce(&mut Db) -> chair_core::Result<T> + Send + 'static,
    ) -> CommandResult<T> {
        let out = self.read(f).await?;
        // The write is committed; a UI that misses the event only refreshes later.
        let _ = app.emit(CHANGED_EVENT, what);
        Ok(out)
    }
}
