//! The workspace lock: one Empty Chair (a window or a command) at a time has a workspace open.
//!
//! A second copy that opened the same file would write it alongside the first (two writers
//! fighting over meetings, drafts and the search index), and one that could not open it must
//! not "repair" it either: migrate it, set it aside, or restore a backup over it. So the lock is
//! the first thing `Db::open` takes, before SQLite or the search index touch anything, and
//! the file moves of `backup` take it too.
//!
//! It is an advisory lock (`flock` on Unix, `LockFileEx` on Windows) on an empty file beside the
//! workspace, `<workspace>.db.lock`, held by an open file handle: the operating system releases
//! it when the handle closes, including when the process is killed, so a crash never locks the
//! user out. The file itself is kept (deleting it on release would let two processes lock two
//! different files of the same name); only the lock on it says anything. A file of its own,
//! rather than the database file, because SQLite's own POSIX locks on the database are dropped
//! when any handle of the process on that file is closed.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::{Error, Result};

/// The lock file of the workspace at `db_path`: `<workspace>.db.lock`.
pub fn lock_path(db_path: &Path) -> PathBuf {
    let mut name = db_path.file_name().unwrap_or_default().to_owned();
    name.push(".lock");
    db_path.with_file_name(name)
}

/// The one real path of the workspace file at `path`: symlinks and `..` resolved (for a file
/// not created yet, its folder's), so that the lock, backup and index names derived from it
/// are the same however the file is named. A symlink that leads nowhere is refused.
pub fn canonical(path: &Path) -> Result<PathBuf> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    match std::fs::canonicalize(path) {
        Ok(real) => Ok(real),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if std::fs::symlink_metadata(path).is_ok() {
                return Err(Error::invalid(
                    "workspace",
                    format!("{} is a link to a file that does not exist", path.display()),
                ));
            }
            let name = path.file_name().ok_or_else(|| {
                Error::invalid("workspace", format!("{} names no file", path.display()))
            })?;
            let folder = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            Ok(std::fs::canonicalize(folder).map_err(io)?.join(name))
        }
        Err(e) => Err(io(e)),
    }
}

/// Holds the workspace at `path` for this process until dropped.
#[derive(Debug)]
pub struct WorkspaceLock {
    path: PathBuf,
    _file: File,
}

impl WorkspaceLock {
    /// Takes the lock of the workspace at `db_path` without waiting: `InUse` when another
    /// `Db` (in this process or another) holds it. Creates the lock file, not the workspace.
    /// The lock is the real file's (`canonical`): `workspace()` is that path, from which every
    /// other name is derived.
    pub fn acquire(db_path: &Path) -> Result<WorkspaceLock> {
        let db_path = &canonical(db_path)?;
        let path = lock_path(db_path);
        let io = |source| Error::Io {
            path: path.clone(),
            source,
        };
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io)?;
        let locked = retry_while_busy(
            || file.try_lock(),
            |e| matches!(e, TryLockError::WouldBlock),
        );
        match locked {
            Ok(()) => Ok(WorkspaceLock {
                path: db_path.to_owned(),
                _file: file,
            }),
            Err(TryLockError::WouldBlock) => Err(Error::InUse {
                path: db_path.to_owned(),
            }),
            Err(TryLockError::Error(source)) => Err(io(source)),
        }
    }

    /// The workspace this lock holds.
    pub fn workspace(&self) -> &Path {
        &self.path
    }
}

/// How often, and how far apart, a busy lock is tried again before the workspace is reported
/// in use: about a tenth of a second in all.
const BUSY_TRIES: u32 = 10;
const BUSY_PAUSE: Duration = Duration::from_millis(10);

/// `attempt`, tried again for a moment while it fails with an error `busy` says is a lock held
/// elsewhere. A lock this process has just released can stay held that long: a child process
/// being started on another thread holds a copy of every open file until it runs its program,
/// and a lock goes only with the last copy. A workspace really open elsewhere is still refused.
pub(crate) fn retry_while_busy<T, E>(
    mut attempt: impl FnMut() -> std::result::Result<T, E>,
    busy: impl Fn(&E) -> bool,
) -> std::result::Result<T, E> {
    let mut tries = 1;
    loop {
        match attempt() {
            Err(e) if busy(&e) && tries < BUSY_TRIES => {
                tries += 1;
                std::thread::sleep(BUSY_PAUSE);
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `retry_while_busy` over attempts answering `answers` in turn (then the last again), with
    /// "busy" as the busy error: what it returned and how many attempts it made.
    fn run(
        answers: &[std::result::Result<u32, &'static str>],
    ) -> (std::result::Result<u32, &'static str>, usize) {
        let mut tries = 0;
        let got = retry_while_busy(
            || {
                tries += 1;
                answers[(tries - 1).min(answers.len() - 1)]
            },
            |e| *e == "busy",
        );
        (got, tries)
    }

    #[test]
    fn a_lock_released_a_moment_later_is_taken() {
        assert_eq!(run(&[Err("busy"), Err("busy"), Ok(3)]), (Ok(3), 3));
    }

    #[test]
    fn a_lock_held_elsewhere_is_refused_after_a_moment_and_other_errors_at_once() {
        assert_eq!(run(&[Err("busy")]), (Err("busy"), BUSY_TRIES as usize));
        assert_eq!(run(&[Err("broken")]), (Err("broken"), 1));
    }
}
