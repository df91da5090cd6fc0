//! The workspace database: the only module tree with SQL in it.
//!
//! `Db` owns one SQLite connection. Opening it takes the workspace's lock (`lock`: one Empty
//! Chair at a time), sets the per-connection pragmas and brings the schema up to date from
//! `migrations/`. Each submodule holds the queries of one area.

pub(crate) mod action_items;
pub(crate) mod adr_numbers;
pub(crate) mod agenda;
pub(crate) mod anecdote_edits;
pub(crate) mod anecdotes;
pub(crate) mod annotations;
pub(crate) mod answers;
pub mod backup;
pub(crate) mod decision_links;
pub(crate) mod decision_log;
pub(crate) mod decision_search;
pub(crate) mod decisions;
pub(crate) mod decks;
pub(crate) mod drafts;
pub(crate) mod escalations;
pub(crate) mod facets;
pub(crate) mod imports;
pub mod lock;
pub(crate) mod meeting_decks;
pub(crate) mod meeting_people;
pub(crate) mod meetings;
pub(crate) mod people;
pub(crate) mod personas;
pub(crate) mod prfaq_drafts;
mod record;
pub(crate) mod references;
pub(crate) mod search_index;
pub(crate) mod settings;
pub(crate) mod transfer;
pub(crate) mod trash;
pub(crate) mod wocas;
pub(crate) mod workspace;

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use include_dir::{include_dir, Dir};
use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::Migrations;

use crate::index::{DecisionIndex, SearchIndex};
use crate::{Error, Result};
use lock::WorkspaceLock;

pub use anecdotes::NewAnecdote;
pub use drafts::DRAFT_MAX_BYTES;
pub use escalations::MAX_DEADLINE_HOURS;
pub use imports::ImportOutcome;
pub use meetings::DEFAULT_NUDGE_MINUTES;

static MIGRATIONS_DIR: Dir = include_dir!("$CARGO_MANIFEST_DIR/migrations");

/// Every schema version, in order. `user_version` records how far a database has come.
pub static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::from_directory(&MIGRATIONS_DIR).expect("migrations/ is well formed")
});

/// The schema version this build brings a workspace up to: one per folder in `migrations/`.
pub fn latest_schema_version() -> u32 {
    MIGRATIONS_DIR.dirs().count() as u32
}

/// Tables every Empty Chair workspace has; a database with tables but without these is
/// someone else's.
const OUR_TABLES: &[&str] = &["settings", "anecdotes", "decisions"];

/// Refuses, before anything is written, a file that is not a SQLite database, a database of
/// another program, or one of a newer schema than this build knows. An absent or empty file is
/// a new workspace.
fn check_is_ours(conn: &Connection, path: &Path) -> Result<()> {
    let corrupt = |detail: String| Error::Corrupt {
        path: path.to_owned(),
        detail,
    };
    let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if len > 0 {
        use std::io::Read;
        let mut header = [0u8; 16];
        std::fs::File::open(path)
            .and_then(|mut f| f.read_exact(&mut header))
            .map_err(|e| corrupt(e.to_string()))?;
        if &header != b"SQLite format 3\0" {
            return Err(corrupt("it does not start with the SQLite header".into()));
        }
    }
    let version: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| corrupt(e.to_string()))?;
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect())
        .map_err(|e| corrupt(e.to_string()))?;
    let ours = OUR_TABLES.iter().all(|t| tables.iter().any(|n| n == t));
    if !tables.is_empty() && (version == 0 || !ours) {
        return Err(Error::Foreign {
            path: path.to_owned(),
        });
    }
    let known = latest_schema_version();
    if version > known {
        return Err(Error::Newer {
            path: path.to_owned(),
            found: version,
            known,
        });
    }
    Ok(())
}

/// The SQLite connection to the workspace file at `path`, opened with `mode` (read-write or
/// read-only), once it is known to be an Empty Chair workspace this version can read.
fn connect(path: &Path, mode: OpenFlags) -> Result<Connection> {
    let flags = mode | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags).map_err(|source| Error::Open {
        path: path.to_owned(),
        source,
    })?;
    check_is_ours(&conn, path)?;
    Ok(conn)
}

/// `path` with every part that exists resolved (`lock::canonical`), the rest appended as is.
fn resolved(path: &Path) -> Option<PathBuf> {
    let mut rest = Vec::new();
    let mut at = path;
    loop {
        if let Ok(real) = std::fs::canonicalize(at) {
            return Some(rest.iter().rev().fold(real, |p, part| p.join(part)));
        }
        rest.push(at.file_name()?.to_owned());
        at = at.parent().filter(|p| !p.as_os_str().is_empty())?;
    }
}

/// Whether writing `target` would write onto the workspace at `db_path` or a file it owns: the
/// database, its `-wal`, `-shm` and `-journal`, its lock, a restore in progress, or anything
/// in its snapshot folder or search index. Both paths are resolved first (symlinks, `..`).
pub fn is_workspace_file(db_path: &Path, target: &Path) -> bool {
    let (Some(db), Some(target)) = (resolved(db_path), resolved(target)) else {
        return false;
    };
    let beside = |suffix: &str| {
        let mut name = db.file_name().unwrap_or_default().to_owned();
        name.push(suffix);
        db.with_file_name(name)
    };
    target == db
        || ["-wal", "-shm", "-journal", ".lock", ".restoring"]
            .iter()
            .any(|s| target == beside(s))
        || [".backups", ".search"]
            .iter()
            .any(|s| target.starts_with(beside(s)))
}

pub struct Db {
    conn: Connection,
    path: Option<PathBuf>,
    index: SearchIndex,
    /// The decisions' full-text index, in memory (see `decision_search`).
    decision_index: DecisionIndex,
    /// Deletions that can still be undone, oldest first, by undo token.
    trash: Vec<(String, trash::Trash)>,
    /// Declared last, so dropped last: released once the connection and the index are closed.
    _lock: Option<WorkspaceLock>,
}

impl Db {
    /// Opens (creating if needed) the workspace at `path` and migrates it. Refuses with
    /// `in_use`, before reading or writing the file, when another `Db` has it open.
    pub fn open(path: &Path) -> Result<Self> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| Error::Io {
                path: parent.to_owned(),
                source,
            })?;
        }
        // First of all: a second copy must not migrate, index or even create the file. The lock
        // is the real file's, however it is named (a symlink, `..`).
        let lock = WorkspaceLock::acquire(path)?;
        let conn = connect(
            lock.workspace(),
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        )?;
        Self::init(conn, Some(lock))
    }

    /// Opens the existing workspace at `path` to read only, even while the app has it open: no
    /// lock, no migration, no write to the database or its search index. Searches see what the
    /// index held at its last commit (the app commits after every write). Refuses a workspace
    /// that would need upgrading or re-indexing first: the app does that when it opens it.
    pub fn open_read_only(path: &Path) -> Result<Self> {
        // The real file's index, however the file is named.
        let path = &lock::canonical(path)?;
        let conn = connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let version: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version < latest_schema_version() {
            return Err(Error::invalid(
                "workspace",
                "was saved by an older version of Empty Chair; open it in the app once to \
                 bring it up to date",
            ));
        }
        let index = SearchIndex::open_read_only(&SearchIndex::dir_for(path))?;
        let mut db = Db {
            conn,
            path: Some(path.to_owned()),
            index,
            decision_index: DecisionIndex::open_in_memory()?,
            trash: Vec::new(),
            _lock: None,
        };
        db.rebuild_decision_index(false)?;
        Ok(db)
    }

    /// A private workspace in memory, for tests.
    pub fn open_in_memory() -> Result<Self> {
        Self::init(Connection::open_in_memory()?, None)
    }

    /// Sets up the connection of the workspace `lock` holds (`None`: in memory).
    fn init(mut conn: Connection, lock: Option<WorkspaceLock>) -> Result<Self> {
        let path = lock.as_ref().map(|l| l.workspace().to_owned());
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Statement journals in memory: every anecdote insert fires the search-queue trigger,
        // which needs one, and writing them to temporary files took a third of an import.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        if path.is_some() {
            // WAL: readers never block the writer; `synchronous=NORMAL` in WAL mode still
            // never corrupts, and a committed transaction survives the app being killed.
            let mode: String =
                conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(Error::invalid(
                    "journal_mode",
                    format!("expected wal, got {mode}"),
                ));
            }
            conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
        if let Some(p) = &path {
            // An existing workspace of an older schema: a snapshot of it as it is comes first.
            let version: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if version > 0 && version < latest_schema_version() {
                backup::before_migration(&conn, p, version)?;
            }
        }
        MIGRATIONS.to_latest(&mut conn)?;
        let (index, fresh) = match &path {
            // The index's own writer lock: held by another process only if that one opened the
            // workspace without our lock (an older build); refused just the same.
            Some(p) => SearchIndex::open(&SearchIndex::dir_for(p)).map_err(|e| match e {
                Error::InUse { .. } => Error::InUse { path: p.clone() },
                other => other,
            })?,
            None => (SearchIndex::open_in_memory()?, true),
        };
        let mut db = Db {
            conn,
            path,
            index,
            decision_index: DecisionIndex::open_in_memory()?,
            trash: Vec::new(),
            _lock: lock,
        };
        db.rebuild_decision_index(true)?;
        if fresh {
            db.rebuild_index()?;
        } else {
            db.sync_index()?;
            if db.index_is_stale()? {
                db.rebuild_index()?;
            }
        }
        Ok(db)
    }

    /// Where the workspace lives; `None` for an in-memory one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Runs `f` in one transaction: everything it writes is committed together or not at all.
    /// Then brings the search index up to date with what changed.
    pub fn write<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self.conn.transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        // The write is durable; the search queue it left is applied now, or at the next write
        // or start if this fails.
        if let Err(e) = self.sync_index() {
            eprintln!("empty-chair: search index not updated yet: {e}");
        }
        if let Err(e) = self.sync_decision_index() {
            eprintln!("empty-chair: decision search not updated yet: {e}");
        }
        Ok(out)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// Decodes a JSON array-of-strings column.
fn json_list(text: String) -> rusqlite::Result<Vec<String>> {
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn to_json(list: &[String]) -> String {
    serde_json::to_string(list).expect("a list of strings always serializes")
}

fn parse_date(text: Option<String>) -> rusqlite::Result<Option<chrono::NaiveDate>> {
    text.map(|t| {
        chrono::NaiveDate::parse_from_str(&t, "%Y-%m-%d").map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
        })
    })
    .transpose()
}

fn date_text(date: Option<chrono::NaiveDate>) -> Option<String> {
    date.map(|d| d.format("%Y-%m-%d").to_string())
}

/// Trims `text` and refuses it when empty, naming `field`.
fn required(field: &str, text: &str) -> Result<String> {
    let t = text.trim();
    if t.is_empty() {
        return Err(Error::invalid(field, "must not be empty"));
    }
    Ok(t.to_owned())
}
