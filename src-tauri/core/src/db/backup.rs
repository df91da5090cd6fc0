//! Snapshots of the workspace, taken with SQLite's online backup API while the app runs, kept
//! beside it in `<workspace>.db.backups/` as `YYYYMMDD-HHMMSS.db` (UTC), the newest `KEEP`.
//! Also the file moves that only make sense while the workspace is closed: putting a backup
//! back in its place, and moving a broken file aside (never deleting it). Both hold the
//! workspace's lock while they work, so they refuse (`in_use`) a file another copy of Empty
//! Chair has open.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::{Connection, OpenFlags};

use super::lock::WorkspaceLock;
use super::{check_is_ours, Db};
use crate::index::SearchIndex;
use crate::model::BackupInfo;
use crate::{Error, Result};

/// How many snapshots are kept; the oldest go first.
pub const KEEP: usize = 10;
const STAMP: &str = "%Y%m%d-%H%M%S";

/// The folder of a workspace's snapshots: `<workspace>.db.backups/`.
pub fn backups_dir(db_path: &Path) -> PathBuf {
    beside(db_path, ".backups")
}

/// `db_path` with `suffix` added to its file name.
fn beside(db_path: &Path, suffix: &str) -> PathBuf {
    let mut name = db_path.file_name().unwrap_or_default().to_owned();
    name.push(suffix);
    db_path.with_file_name(name)
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_owned(),
        source,
    }
}

/// When the snapshot called `file` was taken, if `file` is a snapshot's name.
fn taken_at(file: &str) -> Option<DateTime<Utc>> {
    let stem = file.strip_suffix(".db")?;
    if stem.len() != 15 {
        return None;
    }
    NaiveDateTime::parse_from_str(stem, STAMP)
        .ok()
        .map(|t| t.and_utc())
}

/// The snapshots of the workspace at `db_path`, newest first; none when there is no folder.
pub fn list_backups(db_path: &Path) -> Result<Vec<BackupInfo>> {
    let dir = backups_dir(db_path);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io(&dir)(e)),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io(&dir))?;
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(at) = taken_at(&file) else { continue };
        let meta = entry.metadata().map_err(io(&entry.path()))?;
        if !meta.is_file() {
            continue;
        }
        out.push(BackupInfo {
            file,
            created_at: crate::time::stamp(at),
            bytes: meta.len(),
        });
    }
    // Newest first by real time: a snapshot named after a time still to come was taken while
    // the clock was wrong (it is older than it says), so it sorts after every honest one.
    let now = Utc::now();
    out.sort_by_cached_key(|b| {
        let future = taken_at(&b.file).is_some_and(|at| at > now);
        (future, std::cmp::Reverse(b.file.clone()))
    });
    Ok(out)
}

/// Removes all but the newest `KEEP` snapshots (by real time: see `list_backups`).
fn prune(db_path: &Path) -> Result<()> {
    let dir = backups_dir(db_path);
    for old in list_backups(db_path)?.iter().skip(KEEP) {
        let path = dir.join(&old.file);
        std::fs::remove_file(&path).map_err(io(&path))?;
    }
    Ok(())
}

/// Copies the database of `conn` (the workspace at `db_path`) into its snapshot folder.
fn snapshot(conn: &Connection, db_path: &Path, at: DateTime<Utc>) -> Result<BackupInfo> {
    let dir = backups_dir(db_path);
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    let file = format!("{}.db", at.format(STAMP));
    let target = dir.join(&file);
    let partial = dir.join(format!(".{file}.partial"));
    let _ = std::fs::remove_file(&partial);
    {
        let mut dst = Connection::open(&partial)?;
        {
            let backup = rusqlite::backup::Backup::new(conn, &mut dst)?;
            backup.run_to_completion(256, Duration::from_millis(0), None)?;
        }
        let _: String =
            dst.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0))?;
    }
    std::fs::rename(&partial, &target).map_err(io(&target))?;
    prune(db_path)?;
    let bytes = std::fs::metadata(&target).map_err(io(&target))?.len();
    Ok(BackupInfo {
        file,
        created_at: crate::time::stamp(at),
        bytes,
    })
}

impl Db {
    /// Takes a snapshot now (see `backup_at`).
    pub fn backup_now(&self) -> Result<BackupInfo> {
        self.backup_at(Utc::now())
    }

    /// Takes a snapshot named after `at` with the online backup API (the app keeps working
    /// meanwhile), then keeps only the newest `KEEP`. A snapshot of the same second is replaced.
    /// The snapshot is a self-contained database (rollback journal, no `-wal` beside it),
    /// written under a temporary name and renamed, so a half-written one is never listed.
    pub fn backup_at(&self, at: DateTime<Utc>) -> Result<BackupInfo> {
        let db_path = self.path().ok_or_else(|| {
            Error::invalid("backup", "a workspace in memory has no file to back up")
        })?;
        snapshot(&self.conn, db_path, at)
    }

    /// Takes a snapshot when the newest is older than `max_age` (or there is none); the app does
    /// this at every open with an hour.
    pub fn backup_if_older_than(&self, max_age: Duration) -> Result<Option<BackupInfo>> {
        let max_age = chrono::TimeDelta::from_std(max_age).unwrap_or(chrono::TimeDelta::MAX);
        let Some(path) = self.path() else {
            return Ok(None);
        };
        // A snapshot dated in the future (the clock was ahead) says nothing about how old the
        // newest real one is: it never stops new snapshots.
        let now = Utc::now();
        let newest = list_backups(path)?
            .iter()
            .filter_map(|b| taken_at(&b.file))
            .find(|&at| at <= now);
        match newest {
            Some(at) if now - at < max_age => Ok(None),
            _ => self.backup_now().map(Some),
        }
    }
}

/// Removes the files derived from or attached to the workspace file: its `-wal` and `-shm` (they
/// belong to the file being replaced) and its search index (rebuilt at the next open).
fn forget_derived(db_path: &Path) -> Result<()> {
    for suffix in ["-wal", "-shm"] {
        let p = beside(db_path, suffix);
        match std::fs::remove_file(&p) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(&p)(e)),
            _ => {}
        }
    }
    let index = SearchIndex::dir_for(db_path);
    if index.exists() {
        std::fs::remove_dir_all(&index).map_err(io(&index))?;
    }
    Ok(())
}

/// Puts the snapshot `file` (a name from `list_backups`) in place of the workspace at
/// `db_path`, which must be closed. The snapshot is checked first (an Empty Chair database this
/// build can open) and stays in the folder. With `keep_current`, the workspace being replaced
/// is snapshotted first (after the chosen one is copied out, so rotation cannot remove it),
/// which makes the restore undoable. The search index is dropped and rebuilt at the next open.
/// Refused with `in_use` while another `Db` has the workspace open.
pub fn restore(db_path: &Path, file: &str, keep_current: bool) -> Result<()> {
    let lock = WorkspaceLock::acquire(db_path)?;
    let db_path = lock.workspace();
    if !list_backups(db_path)?.iter().any(|b| b.file == file) {
        return Err(Error::not_found("backup", file));
    }
    let source = backups_dir(db_path).join(file);
    {
        let conn = Connection::open_with_flags(&source, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(
            |e| Error::Corrupt {
                path: source.clone(),
                detail: e.to_string(),
            },
        )?;
        check_is_ours(&conn, &source)?;
    }
    let partial = beside(db_path, ".restoring");
    let placed = put_in_place(&source, &partial, db_path, keep_current);
    if placed.is_err() {
        // Nothing half-done is left behind: the workspace is as it was.
        let _ = std::fs::remove_file(&partial);
    }
    placed
}

/// `restore`'s file moves: the snapshot copied to `partial` and synced, the current workspace
/// snapshotted (with `keep_current`), then `partial` renamed over the workspace and the folder
/// synced, so that success is reported only once the restored file survives a power cut.
fn put_in_place(source: &Path, partial: &Path, db_path: &Path, keep_current: bool) -> Result<()> {
    std::fs::copy(source, partial).map_err(io(partial))?;
    std::fs::File::open(partial)
        .and_then(|f| f.sync_all())
        .map_err(io(partial))?;
    if keep_current && db_path.exists() {
        let conn = Connection::open_with_flags(db_path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        check_is_ours(&conn, db_path)?;
        snapshot(&conn, db_path, Utc::now())?;
    }
    forget_derived(db_path)?;
    std::fs::rename(partial, db_path).map_err(io(db_path))?;
    sync_folder(db_path)
}

/// Syncs the folder holding `path`, which makes a rename in it durable (Unix; elsewhere the
/// file system does not offer it and this does nothing).
fn sync_folder(path: &Path) -> Result<()> {
    #[cfg(unix)]
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::File::open(folder)
            .and_then(|f| f.sync_all())
            .map_err(io(folder))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Takes a snapshot of the workspace of `conn` at `db_path`, at schema version `from`, before
/// a migration brings it to this build's version; the migration does not run without it.
pub(super) fn before_migration(conn: &Connection, db_path: &Path, from: u32) -> Result<()> {
    snapshot(conn, db_path, Utc::now()).map_err(|e| {
        Error::invalid(
            "migration",
            format!(
                "the workspace (schema version {from}) was not upgraded, because no snapshot \
                 of it could be taken first: {e}"
            ),
        )
    })?;
    Ok(())
}

/// Moves the (closed) workspace file at `db_path` aside to `<name>.broken-<YYYYMMDD-HHMMSS>`,
/// with its `-wal` and `-shm` if any, so that a new workspace can start there. Nothing is
/// deleted but the derived search index. Returns where the file went. Refused with `in_use`
/// while another `Db` has the workspace open: a live file is never moved.
pub fn move_aside(db_path: &Path) -> Result<PathBuf> {
    let lock = WorkspaceLock::acquire(db_path)?;
    let db_path = lock.workspace();
    let stamp = Utc::now().format(STAMP).to_string();
    let mut aside = beside(db_path, &format!(".broken-{stamp}"));
    let mut n = 1;
    while aside.exists() {
        n += 1;
        aside = beside(db_path, &format!(".broken-{stamp}-{n}"));
    }
    if db_path.exists() {
        std::fs::rename(db_path, &aside).map_err(io(db_path))?;
    }
    for suffix in ["-wal", "-shm"] {
        let p = beside(db_path, suffix);
        if p.exists() {
            let mut to = aside.clone().into_os_string();
            to.push(suffix);
            std::fs::rename(&p, &to).map_err(io(&p))?;
        }
    }
    forget_derived(db_path)?;
    Ok(aside)
}
