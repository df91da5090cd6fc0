//! The anecdotes a WOCAS report covers.

use chrono::NaiveDate;
use rusqlite::params;

use super::{date_text, parse_date, Db};
use crate::Result;

/// What theme finding needs of an anecdote.
#[derive(Debug, Clone)]
pub(crate) struct ReportRow {
    pub id: String,
    pub text: String,
    pub said_on: Option<NaiveDate>,
    pub severity: u8,
    pub customer_count: u32,
    pub tags: Vec<String>,
}

impl Db {
    /// The newest `limit` anecdotes said between `from` and `to` (inclusive, either open), of
    /// `persona` when given.
    pub(crate) fn report_rows(
        &self,
        persona: Option<&str>,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        limit: u32,
    ) -> Result<Vec<ReportRow>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT a.id, a.text, a.said_on, a.severity, a.customer_count, a.tags
             FROM anecdotes a
             WHERE (?1 IS NULL OR EXISTS (SELECT 1 FROM anecdote_personas p
                                          WHERE p.anecdote_id = a.id AND p.persona_id = ?1))
               AND (?2 IS NULL OR a.said_on >= ?2)
               AND (?3 IS NULL OR a.said_on <= ?3)
             ORDER BY a.said_on DESC
             LIMIT ?4",
        )?;
        let rows = stmt.query_map(
            params![persona, date_text(from), date_text(to), limit],
            |r| {
                let tags: String = r.get(5)?;
                Ok(ReportRow {
                    id: r.get(0)?,
                    text: r.get(1)?,
                    said_on: parse_date(r.get(2)?)?,
                    severity: r.get(3)?,
                    customer_count: r.get(4)?,
                    tags: serde_json::from_str(&tags).unwrap_or_default(),
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
