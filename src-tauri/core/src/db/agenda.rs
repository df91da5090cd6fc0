//! The agenda of a meeting and its clock: each item keeps the milliseconds of its finished
//! stretches and the start of the running one, so a killed app reopens the meeting with its
//! timers where they were. Every change to the clock takes the instant `at` from the caller.
//! Which item is current is the meeting's row (`meetings::set_current`).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::record::{self, table_record};
use super::required;
use crate::model::AgendaItem;
use crate::time::{new_id, now, stamp};
use crate::{Error, Result};

/// The trimmed title and the minutes of agenda row `i`, or the error naming the bad field.
pub(crate) fn check_row(
    i: usize,
    title: &str,
    minutes: Option<u32>,
) -> Result<(String, Option<u32>)> {
    let title = required(&format!("agenda[{i}].title"), title)?;
    if let Some(m) = minutes {
        if !(1..=1440).contains(&m) {
            return Err(Error::invalid(
                format!("agenda[{i}].plannedMinutes"),
                "must be between 1 and 1440",
            ));
        }
    }
    Ok((title, minutes))
}

pub(crate) fn insert(
    conn: &Connection,
    meeting_id: &str,
    position: usize,
    title: &str,
    minutes: Option<u32>,
    at: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO agenda_items (id, meeting_id, position, title, planned_minutes,
             created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![new_id(), meeting_id, position as u32, title, minutes, at],
    )?;
    Ok(())
}

table_record! {
    "agenda_items" => AgendaItem {
        id, meeting_id, position, title, planned_minutes, elapsed_seconds as Seconds = "elapsed_ms",
        running_since, started_at, done_at, last_customer_reference_at,
    }
}

pub(crate) fn for_meeting(conn: &Connection, meeting_id: &str) -> Result<Vec<AgendaItem>> {
    record::load_where(
        conn,
        "WHERE meeting_id = ?1 ORDER BY position",
        &[&meeting_id],
    )
}

fn get(conn: &Connection, meeting_id: &str, item_id: &str) -> Result<AgendaItem> {
    record::find(
        conn,
        "WHERE id = ?1 AND meeting_id = ?2",
        &[&item_id, &meeting_id],
    )?
    .ok_or_else(|| Error::not_found("agenda item", item_id))
}

pub(crate) fn check_item(conn: &Connection, meeting_id: &str, item_id: &str) -> Result<()> {
    get(conn, meeting_id, item_id).map(|_| ())
}

pub(crate) fn ids(conn: &Connection, meeting_id: &str) -> Result<Vec<String>> {
    Ok(for_meeting(conn, meeting_id)?
        .into_iter()
        .map(|a| a.id)
        .collect())
}

pub(crate) fn set_planned_minutes(conn: &Connection, item_id: &str, minutes: u32) -> Result<()> {
    conn.execute(
        "UPDATE agenda_items SET planned_minutes = ?2, updated_at = ?3 WHERE id = ?1",
        params![item_id, minutes, now()],
    )?;
    Ok(())
}

/// Marks an agenda item of a finished meeting (the sample's) as discussed for `minutes`.
pub(crate) fn set_spent(conn: &Connection, item_id: &str, minutes: u32, at: &str) -> Result<()> {
    conn.execute(
        "UPDATE agenda_items SET elapsed_ms = ?2, started_at = ?3, done_at = ?3, updated_at = ?3
         WHERE id = ?1",
        params![item_id, i64::from(minutes) * 60_000, at],
    )?;
    Ok(())
}

/// Starts the item's timer (unless it runs already); a done item is reopened.
pub(crate) fn start_timer(conn: &Connection, item_id: &str, at: &str) -> Result<()> {
    conn.execute(
        "UPDATE agenda_items SET running_since = COALESCE(running_since, ?2),
             started_at = COALESCE(started_at, ?2), done_at = NULL, updated_at = ?2
         WHERE id = ?1",
        params![item_id, at],
    )?;
    Ok(())
}

/// Stops the item's timer, adding the running stretch to its elapsed time; with `done`, also
/// marks it discussed.
pub(crate) fn stop_timer(
    conn: &Connection,
    item_id: &str,
    at: DateTime<Utc>,
    done: bool,
) -> Result<()> {
    let running: Option<String> = conn
        .query_row(
            "SELECT running_since FROM agenda_items WHERE id = ?1",
            [item_id],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    let stretch_ms = match running {
        Some(since) => {
            let since = DateTime::parse_from_rfc3339(&since).map_err(|e| {
                Error::invalid("agenda_items.running_since", format!("{since:?}: {e}"))
            })?;
            // A clock set back while the item ran counts as no time, never negative time.
            (at - since.with_timezone(&Utc)).num_milliseconds().max(0)
        }
        None => 0,
    };
    let at = stamp(at);
    conn.execute(
        "UPDATE agenda_items SET elapsed_ms = elapsed_ms + ?2, running_since = NULL,
             done_at = CASE WHEN ?3 THEN COALESCE(done_at, ?4) ELSE done_at END, updated_at = ?4
         WHERE id = ?1",
        params![item_id, stretch_ms, done, at],
    )?;
    Ok(())
}
