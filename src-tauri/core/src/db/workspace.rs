//! The workspace as a whole: what is in it, loading the sample, starting empty.

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension};

use super::{settings, Db};
use crate::model::WorkspaceSummary;
use crate::sample::{self, Sample};
use crate::{Error, Result};

/// The fingerprint of every data row right after the sample was loaded (settings key).
const SAMPLE_FINGERPRINT: &str = "sample_fingerprint";

/// A hash of every row of every data table, in a fixed order: equal only if nothing was
/// added, changed or removed since it was taken.
fn fingerprint(conn: &Connection) -> Result<String> {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for table in DATA_TABLES {
        hasher.update(table.as_bytes());
        // Every column in the order: some tables have no rowid.
        let columns = conn
            .prepare(&format!("SELECT * FROM {table}"))?
            .column_count();
        let order: Vec<String> = (1..=columns).map(|i| i.to_string()).collect();
        let mut stmt = conn.prepare(&format!(
            "SELECT * FROM {table} ORDER BY {}",
            order.join(", ")
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            for i in 0..columns {
                match row.get_ref(i)? {
                    ValueRef::Null => hasher.update(b"n"),
                    ValueRef::Integer(v) => {
                        hasher.update(b"i");
                        hasher.update(&v.to_le_bytes());
                    }
                    ValueRef::Real(v) => {
                        hasher.update(b"r");
                        hasher.update(&v.to_le_bytes());
                    }
                    ValueRef::Text(v) | ValueRef::Blob(v) => {
                        hasher.update(&(v.len() as u64).to_le_bytes());
                        hasher.update(v);
                    }
                }
            }
        }
    }
    Ok(format!("{:032x}", hasher.digest128()))
}

/// Whether emptying the workspace loses nothing of the user's: it holds nothing but the
/// built-in decks, or it is the sample exactly as it was loaded.
fn nothing_to_lose(conn: &Connection) -> Result<bool> {
    let mut own = 0;
    for table in DATA_TABLES
        .iter()
        .filter(|t| !matches!(**t, "prompts" | "prompt_decks"))
    {
        own += conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| {
            r.get::<_, i64>(0)
        })?;
    }
    own += conn.query_row(
        "SELECT COUNT(*) FROM prompt_decks WHERE builtin = 0",
        [],
        |r| r.get::<_, i64>(0),
    )?;
    if own == 0 {
        return Ok(true);
    }
    let stored = settings::get(conn, SAMPLE_FINGERPRINT)?;
    Ok(settings::get(conn, settings::IS_SAMPLE)?.is_some()
        && stored.is_some_and(|f| f == fingerprint(conn).unwrap_or_default()))
}

/// Tables holding the user's data, children before parents.
const DATA_TABLES: &[&str] = &[
    "escalations",
    "annotations",
    "people",
    "decision_drafts",
    "meeting_anecdotes",
    "prompt_answers",
    "decision_evidence",
    "customer_impacts",
    "decisions",
    "meeting_attendees",
    "agenda_items",
    "meeting_personas",
    "meetings",
    "prompts",
    "prompt_decks",
    "anecdote_personas",
    "anecdotes",
    "persona_avatars",
    "personas",
];

impl Db {
    /// On the very first open, fills the workspace with the sample so the app explains itself.
    /// Returns whether it did.
    pub fn initialize_if_new(&mut self) -> Result<bool> {
        self.write(|tx| {
            if settings::get(tx, settings::INITIALIZED)?.is_some() {
                return Ok(false);
            }
            sample::load(tx, &Sample::builtin(), true)?;
            settings::set(tx, settings::INITIALIZED, "1")?;
            settings::set(tx, settings::IS_SAMPLE, "1")?;
            settings::set(tx, SAMPLE_FINGERPRINT, &fingerprint(tx)?)?;
            Ok(true)
        })
    }

    /// Replaces everything with an empty workspace that keeps the built-in prompt decks.
    pub fn start_empty(&mut self) -> Result<()> {
        self.write(|tx| {
            for table in DATA_TABLES {
                tx.execute(&format!("DELETE FROM {table}"), [])?;
            }
            sample::load(tx, &Sample::builtin(), false)?;
            settings::set(tx, settings::INITIALIZED, "1")?;
            settings::remove(tx, settings::IS_SAMPLE)?;
            settings::remove(tx, SAMPLE_FINGERPRINT)?;
            settings::remove(tx, settings::LAST_MEETING)?;
            settings::remove(tx, settings::CURRENT_PERSON)?;
            Ok(())
        })
    }

    /// Replaces everything with the sample workspace.
    pub fn load_sample(&mut self) -> Result<()> {
        self.write(|tx| {
            for table in DATA_TABLES {
                tx.execute(&format!("DELETE FROM {table}"), [])?;
            }
            sample::load(tx, &Sample::builtin(), true)?;
            settings::set(tx, settings::INITIALIZED, "1")?;
            settings::set(tx, settings::IS_SAMPLE, "1")?;
            settings::set(tx, SAMPLE_FINGERPRINT, &fingerprint(tx)?)?;
            settings::remove(tx, settings::LAST_MEETING)?;
            settings::remove(tx, settings::CURRENT_PERSON)?;
            Ok(())
        })
    }

    /// Before a change that replaces or rewrites much of the workspace (start empty, load the
    /// sample, merge a file): a snapshot, so it can be undone from Backups. Refuses the change
    /// (nothing done) when the snapshot cannot be taken. An in-memory workspace has no file.
    pub fn snapshot_first(&self, what: &str) -> Result<()> {
        if self.path().is_none() {
            return Ok(());
        }
        self.backup_now().map(drop).map_err(|e| {
            Error::invalid(
                what,
                format!("not done: no snapshot of the workspace could be taken first ({e})"),
            )
        })
    }

    /// Refuses to empty a workspace that holds the user's own data unless `confirmed` (the
    /// user was asked); the sample as it was loaded, or an empty workspace, needs no asking.
    fn check_wipe(&self, what: &str, confirmed: bool) -> Result<()> {
        if confirmed || nothing_to_lose(self.conn())? {
            return Ok(());
        }
        Err(Error::invalid(
            what,
            "this workspace holds your own personas, anecdotes, meetings or decisions; \
             replacing it needs your confirmation (a snapshot is taken first)",
        ))
    }

    /// "Start an empty workspace" from the app: checked (`check_wipe`), snapshotted, emptied.
    pub fn replace_with_empty(&mut self, confirmed: bool) -> Result<()> {
        self.check_wipe("start_empty_workspace", confirmed)?;
        self.snapshot_first("start_empty_workspace")?;
        self.start_empty()
    }

    /// "Load the sample" from the app: checked (`check_wipe`), snapshotted, replaced.
    pub fn replace_with_sample(&mut self, confirmed: bool) -> Result<()> {
        self.check_wipe("load_sample_workspace", confirmed)?;
        self.snapshot_first("load_sample_workspace")?;
        self.load_sample()
    }

    pub fn summary(&self) -> Result<WorkspaceSummary> {
        let conn = self.conn();
        let count = |table: &str| -> Result<u32> {
            Ok(conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?)
        };
        let last_meeting = settings::get(conn, settings::LAST_MEETING)?;
        // A remembered meeting that no longer exists is forgotten.
        let last_meeting_id = match last_meeting {
            Some(id)
                if conn.query_row(
                    "SELECT EXISTS (SELECT 1 FROM meetings WHERE id = ?1)",
                    [&id],
                    |r| r.get::<_, bool>(0),
                )? =>
            {
                Some(id)
            }
            _ => conn
                .query_row(
                    "SELECT id FROM meetings ORDER BY held_on DESC, created_at DESC LIMIT 1",
                    [],
                    |r| r.get(0),
                )
                .optional()?,
        };
        Ok(WorkspaceSummary {
            path: self
                .path()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| ":memory:".into()),
            is_sample: settings::get(conn, settings::IS_SAMPLE)?.is_some(),
            persona_count: count("personas")?,
            anecdote_count: count("anecdotes")?,
            meeting_count: count("meetings")?,
            decision_count: count("decisions")?,
            last_meeting_id,
        })
    }
}
