//! The decision being written in a meeting, kept as the UI's own JSON so that killing the app
//! loses no keystroke. Recording a decision clears it.

use rusqlite::{params, Connection, OptionalExtension};

use super::{meetings, Db};
use crate::time::now;
use crate::{Error, Result};

/// Largest draft kept: a long decision with many pins is a few kilobytes.
pub const DRAFT_MAX_BYTES: usize = 1024 * 1024;

pub(crate) fn clear(conn: &Connection, meeting_id: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM decision_drafts WHERE meeting_id = ?1",
        [meeting_id],
    )?;
    Ok(())
}

impl Db {
    /// Keeps `draft` (JSON text) as the meeting's unfinished decision; an empty draft clears it.
    pub fn save_decision_draft(&mut self, meeting_id: &str, draft: &str) -> Result<()> {
        if draft.len() > DRAFT_MAX_BYTES {
            return Err(Error::invalid(
                "draft",
                format!("is larger than {DRAFT_MAX_BYTES} bytes"),
            ));
        }
        if !draft.trim().is_empty() {
            serde_json::from_str::<serde::de::IgnoredAny>(draft)
                .map_err(|e| Error::invalid("draft", format!("is not JSON: {e}")))?;
        }
        self.write(|tx| {
            meetings::get(tx, meeting_id)?;
            if draft.trim().is_empty() {
                return clear(tx, meeting_id);
            }
            tx.execute(
                "INSERT INTO decision_drafts (meeting_id, draft, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (meeting_id) DO UPDATE SET draft = excluded.draft,
                     updated_at = excluded.updated_at",
                params![meeting_id, draft, now()],
            )?;
            Ok(())
        })
    }

    /// The meeting's unfinished decision, as the UI saved it.
    pub fn decision_draft(&self, meeting_id: &str) -> Result<Option<String>> {
        meetings::get(self.conn(), meeting_id)?;
        Ok(self
            .conn()
            .query_row(
                "SELECT draft FROM decision_drafts WHERE meeting_id = ?1",
                [meeting_id],
                |r| r.get(0),
            )
            .optional()?)
    }
}
