//! The workspace as a whole: what is in it, loading the sample, starting empty.

use rusqlite::OptionalExtension;

use super::{settings, Db};
use crate::model::WorkspaceSummary;
use crate::sample::{self, Sample};
use crate::Result;

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
            settings::remove(tx, settings::LAST_MEETING)?;
            settings::remove(tx, settings::CURRENT_PERSON)?;
            Ok(())
        })
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
