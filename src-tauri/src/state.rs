//! The app's state: the open workspace, shared by all commands. SQLite calls block, so every
//! command runs its work on Tauri's blocking pool, never on the main (UI) thread.
//!
//! The workspace can be replaced while the app runs (restore a backup, open another file,
//! start fresh after a failed open): `replace` closes the open `Db` (waiting for the command
//! using it), does its file work with nothing open, and opens the result.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use chair_core::model::{ProjectorState, WorkspaceState, WorkspaceStatus};
use chair_core::{ChangeArea, Changed, Db, ErrorCode};
use tauri::{AppHandle, Emitter, Manager};

use crate::error::{CommandError, CommandResult};

/// Emitted after every write with a `Changed`; the UI reloads what it names.
pub const CHANGED_EVENT: &str = "workspace-changed";

/// How a command says what its write changed: a `Changed` (or just its area) known before the
/// write, or a function of the write's result (e.g. the meeting of the decision it returns).
pub trait Describe<T> {
    fn changed(self, out: &T) -> Changed;
}

impl<T> Describe<T> for Changed {
    fn changed(self, _: &T) -> Changed {
        self
    }
}

impl<T> Describe<T> for ChangeArea {
    fn changed(self, _: &T) -> Changed {
        Changed::of(self)
    }
}

impl<T, F: FnOnce(&T) -> Changed> Describe<T> for F {
    fn changed(self, out: &T) -> Changed {
        self(out)
    }
}

/// A workspace slot: `None` once closed by `replace`, so a command still holding it fails
/// cleanly instead of writing to a file that is being swapped.
type Slot = Arc<Mutex<Option<Db>>>;

/// The workspace file and whether it is open.
struct Current {
    path: PathBuf,
    db: Result<Slot, CommandError>,
}

/// Set once the workspace the app starts with has been opened (or failed to): the window is
/// made while it opens, and the first commands wait for it (`OnceLock::wait`).
type Opened = OnceLock<()>;

/// Sets `Opened` when dropped, even by a panic, so no command waits forever.
struct MarkOpened(Arc<Opened>);

impl Drop for MarkOpened {
    fn drop(&mut self) {
        let _ = self.0.set(());
    }
}

pub struct AppState {
    current: Arc<RwLock<Current>>,
    opened: Arc<Opened>,
    /// Held for the whole of a `replace`, so two never interleave.
    swapping: Arc<Mutex<()>>,
    /// Set to stop the running import.
    pub import_cancel: Arc<AtomicBool>,
    /// What the projector shows now, for a projector window opened later.
    projector: Mutex<Option<ProjectorState>>,
}

impl AppState {
    /// The state of the workspace at `path`, opened (`crate::open_workspace`) on a thread of its
    /// own: the window is made and its page loads meanwhile. Commands wait until it is open or
    /// has failed (then the UI shows the recovery screen, as for any failed open).
    pub fn opening(path: PathBuf) -> Self {
        let state = AppState {
            current: Arc::new(RwLock::new(Current {
                path: path.clone(),
                db: Err(CommandError::internal("the workspace did not open")),
            })),
            opened: Arc::new(OnceLock::new()),
            swapping: Arc::new(Mutex::new(())),
            import_cancel: Arc::new(AtomicBool::new(false)),
            projector: Mutex::new(None),
        };
        let (current, done) = (state.current.clone(), MarkOpened(state.opened.clone()));
        std::thread::spawn(move || {
            let _done = done;
            let db = crate::open_workspace(&path)
                .map(|db| Arc::new(Mutex::new(Some(db))))
                .map_err(CommandError::from);
            current.write().unwrap_or_else(|p| p.into_inner()).db = db;
        });
        state
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

    fn slot(&self) -> CommandResult<Slot> {
        slot_of(&self.current, &self.opened)
    }

    /// Runs `f` with the workspace on the blocking pool.
    pub async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Db) -> chair_core::Result<T> + Send + 'static,
    ) -> CommandResult<T> {
        // Waiting for the start's open (if it is still under way) blocks: not on this thread.
        let (current, opened) = (self.current.clone(), self.opened.clone());
        tauri::async_runtime::spawn_blocking(move || run(&slot_of(&current, &opened)?, f))
            .await
            .map_err(CommandError::internal)?
    }

    /// Runs `f` with the workspace on this thread, which may block: for threads that are not
    /// the UI's (the room's server, `async` commands).
    pub fn read_blocking<T>(
        &self,
        f: impl FnOnce(&mut Db) -> chair_core::Result<T>,
    ) -> CommandResult<T> {
        run(&self.slot()?, f)
    }

    /// Like `read`, then tells every window what changed.
    pub async fn write<T: Send + 'static>(
        &self,
        app: &AppHandle,
        what: impl Describe<T>,
        f: impl FnOnce(&mut Db) -> chair_core::Result<T> + Send + 'static,
    ) -> CommandResult<T> {
        let out = self.read(f).await?;
        // The write is committed; a UI that misses the event only refreshes later.
        let changed = what.changed(&out);
        crate::commands::room::notify(app, &changed);
        let _ = app.emit(CHANGED_EVENT, changed);
        Ok(out)
    }

    /// The workspace file's path (open or not): what no picked path may write onto.
    pub fn workspace_path(&self) -> PathBuf {
        let current = self.current.read().unwrap_or_else(|p| p.into_inner());
        current.path.clone()
    }

    /// The workspace file, whether it is open (or why not), and its snapshots.
    pub async fn status(&self) -> CommandResult<WorkspaceStatus> {
        let (current, opened) = (self.current.clone(), self.opened.clone());
        tauri::async_runtime::spawn_blocking(move || {
            opened.wait();
            let current = current.read().unwrap_or_else(|p| p.into_inner());
            status_of(&current)
        })
        .await
        .map_err(CommandError::internal)?
    }

    /// Closes the workspace (if open), runs `prepare` on its path with nothing open (file moves;
    /// it returns the path to open next), opens that, and tells the UI. A failed open leaves the
    /// app on the recovery screen for the new path; a failed `prepare` reopens the old one.
    pub async fn replace(
        &self,
        app: &AppHandle,
        prepare: impl FnOnce(&Path) -> chair_core::Result<PathBuf> + Send + 'static,
    ) -> CommandResult<WorkspaceStatus> {
        // The room shows a meeting of the workspace being replaced: it closes first.
        if let Some(room) = app.try_state::<crate::commands::room::RoomSlot>() {
            crate::commands::room::close(&room);
        }
        let (current, swapping) = (self.current.clone(), self.swapping.clone());
        let opened = self.opened.clone();
        let status = tauri::async_runtime::spawn_blocking(move || {
            let _swap = swapping.lock().unwrap_or_else(|p| p.into_inner());
            opened.wait();
            let (old_path, old_db) = {
                let c = current.read().unwrap_or_else(|p| p.into_inner());
                (c.path.clone(), c.db.clone().ok())
            };
            // Close: waits for the command using the workspace, then drops the connection.
            if let Some(slot) = &old_db {
                drop(slot.lock().unwrap_or_else(|p| p.into_inner()).take());
            }
            let (path, prepared) = match prepare(&old_path) {
                Ok(path) => (path, Ok(())),
                Err(e) => (old_path, Err(CommandError::from(e))),
            };
            let db = crate::open_workspace(&path)
                .map(|db| Arc::new(Mutex::new(Some(db))))
                .map_err(CommandError::from);
            let mut c = current.write().unwrap_or_else(|p| p.into_inner());
            *c = Current { path, db };
            prepared?;
            status_of(&c)
        })
        .await
        .map_err(CommandError::internal)??;
        let _ = app.emit(CHANGED_EVENT, Changed::workspace());
        Ok(status)
    }
}

/// The open workspace, once the start's open is done.
fn slot_of(current: &RwLock<Current>, opened: &Opened) -> CommandResult<Slot> {
    opened.wait();
    current
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .db
        .clone()
}

fn run<T>(db: &Slot, f: impl FnOnce(&mut Db) -> chair_core::Result<T>) -> CommandResult<T> {
    let mut slot = db
        .lock()
        .map_err(|_| CommandError::internal("workspace lock poisoned"))?;
    let db = slot.as_mut().ok_or_else(|| {
        CommandError::new(ErrorCode::Closed, "the workspace was closed; try again")
    })?;
    f(db).map_err(CommandError::from)
}

fn status_of(current: &Current) -> CommandResult<WorkspaceStatus> {
    let (state, code, message) = match &current.db {
        Ok(_) => (WorkspaceState::Ok, None, None),
        Err(e) => (
            WorkspaceState::Failed,
            Some(e.code),
            Some(e.message.clone()),
        ),
    };
    Ok(WorkspaceStatus {
        state,
        code,
        message,
        path: current.path.display().to_string(),
        backups: chair_core::db::backup::list_backups(&current.path)?,
    })
}
