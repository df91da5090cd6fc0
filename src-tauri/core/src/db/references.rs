//! The customer references of a meeting, which keep "the chair speaks up" nudge quiet: when
//! the room last referred to the customer (on the meeting and its current agenda item), the
//! anecdotes it consulted, and how often someone spoke for the customer.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::{meetings, Db};
use crate::model::{CustomerPulse, CustomerReference, CustomerReferenceKind};
use crate::time::stamp;
use crate::{Error, Result};

/// Stamps the meeting and its current agenda item: the room referred to the customer at `at`.
/// It is a change of both, so it moves their `updated_at` too (a merge takes the newer copy).
/// Returns the agenda item stamped.
pub(crate) fn stamp_reference(
    conn: &Connection,
    meeting_id: &str,
    at: &str,
) -> Result<Option<String>> {
    let current: Option<String> = conn
        .query_row(
            "UPDATE meetings SET last_customer_reference_at = ?2, updated_at = ?2 WHERE id = ?1
             RETURNING current_agenda_item_id",
            params![meeting_id, at],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| Error::not_found("meeting", meeting_id))?;
    if let Some(item) = &current {
        conn.execute(
            "UPDATE agenda_items SET last_customer_reference_at = ?2, updated_at = ?2 WHERE id = ?1",
            params![item, at],
        )?;
    }
    Ok(current)
}

/// Stamps the reference (`stamp_reference`) and tells what it changed, for the nudge.
pub(crate) fn pulse(conn: &Connection, meeting_id: &str, at: &str) -> Result<CustomerPulse> {
    let agenda_item_id = stamp_reference(conn, meeting_id, at)?;
    Ok(CustomerPulse {
        meeting_id: meeting_id.to_owned(),
        agenda_item_id,
        last_customer_reference_at: at.to_owned(),
        anecdotes_consulted: consulted_anecdote_ids(conn, meeting_id)?.len() as u32,
    })
}

/// Distinct anecdotes the room consulted in the meeting: opened or pinned during it, or pinned
/// as evidence to one of its decisions.
pub(crate) fn consulted_anecdote_ids(conn: &Connection, meeting_id: &str) -> Result<Vec<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT anecdote_id FROM meeting_anecdotes WHERE meeting_id = ?1
             UNION
             SELECT e.anecdote_id FROM decision_evidence e
             JOIN decisions d ON d.id = e.decision_id WHERE d.meeting_id = ?1",
        )?
        .query_map([meeting_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// How many times someone said "I'm speaking for the customer" in the meeting.
pub(crate) fn spoken_for_customer(conn: &Connection, meeting_id: &str) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT spoken_for_customer FROM meetings WHERE id = ?1",
        [meeting_id],
        |r| r.get(0),
    )?)
}

impl Db {
    /// "The chair speaks up": the room referred to the customer at `at`. Stamps the meeting and
    /// its current agenda item, counts an opened or pinned anecdote as consulted, and counts
    /// "I'm speaking for the customer" towards the empty-chair score.
    pub fn record_customer_reference(
        &mut self,
        input: &CustomerReference,
        at: DateTime<Utc>,
    ) -> Result<CustomerPulse> {
        self.write(|tx| {
            meetings::get(tx, &input.meeting_id)?;
            let at = stamp(at);
            if let Some(anecdote) = &input.anecdote_id {
                let kind = match input.kind {
                    CustomerReferenceKind::AnecdotePinned => "anecdote_pinned",
                    _ => "anecdote_opened",
                };
                let exists: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM anecdotes WHERE id = ?1)",
                    [anecdote],
                    |r| r.get(0),
                )?;
                if !exists {
                    return Err(Error::not_found("anecdote", anecdote));
                }
                tx.execute(
                    "INSERT OR IGNORE INTO meeting_anecdotes (meeting_id, anecdote_id, first_kind,
                         first_at)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![input.meeting_id, anecdote, kind, at],
                )?;
            }
            if input.kind == CustomerReferenceKind::SpokeForCustomer {
                tx.execute(
                    "UPDATE meetings SET spoken_for_customer = spoken_for_customer + 1
                     WHERE id = ?1",
                    [&input.meeting_id],
                )?;
            }
            pulse(tx, &input.meeting_id, &at)
        })
    }
}
