//! Escalations: an anecdote handed to an owner with a deadline, and its resolution.
//!
//! This is the "?" e-mail: one customer anecdote forwarded to whoever owns the problem, who
//! has hours (not weeks) to say what happened and what was fixed. Open ones are listed by due
//! time, so the overdue come first without a flag that would go stale. A resolution is reported
//! in the next meeting that starts: starting a meeting for the first time stamps every resolved,
//! unreported escalation with that meeting (`report_resolved`, called in the same transaction).
//!
//! Every change takes the instant `at` from the caller (the app passes now; tests and the
//! sample pass chosen instants), so "overdue" can be tested without waiting.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{meetings, people, required, Db};
use crate::model::{Escalation, EscalationResolution, NewEscalation};
use crate::time::{new_id, stamp};
use crate::{Error, Result};

/// The longest deadline: a year. The "?" is meant to be answered in hours or days.
pub const MAX_DEADLINE_HOURS: u32 = 8760;

const COLUMNS: &str = "e.id, e.anecdote_id, a.text, e.owner, e.note, e.raised_by, e.meeting_id, \
                       e.deadline_hours, e.due_at, e.resolved_at, e.resolved_by, e.root_cause, \
                       e.fix, e.reported_in_meeting_id, e.created_at, e.updated_at";
const FROM: &str = "escalations e JOIN anecdotes a ON a.id = e.anecdote_id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Escalation> {
    Ok(Escalation {
        id: row.get(0)?,
        anecdote_id: row.get(1)?,
        anecdote_text: row.get(2)?,
        owner: row.get(3)?,
        note: row.get(4)?,
        raised_by: row.get(5)?,
        meeting_id: row.get(6)?,
        deadline_hours: row.get(7)?,
        due_at: row.get(8)?,
        resolved_at: row.get(9)?,
        resolved_by: row.get(10)?,
        root_cause: row.get(11)?,
        fix: row.get(12)?,
        reported_in_meeting_id: row.get(13)?,
        created_at: row.get(14)?,
        updated_at: row.get(15)?,
    })
}

/// Escalations matching `filter` (a fixed SQL condition on `args`) in `order`.
fn load(
    conn: &Connection,
    filter: &str,
    order: &str,
    args: impl rusqlite::Params,
) -> Result<Vec<Escalation>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM {FROM} WHERE {filter} ORDER BY {order}"
        ))?
        .query_map(args, from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Open ones by due time (overdue first), then, with `include_resolved`, resolved ones newest
/// resolution first.
const OPEN_THEN_RESOLVED: &str = "e.resolved_at IS NOT NULL, \
     CASE WHEN e.resolved_at IS NULL THEN e.due_at END, e.resolved_at DESC, e.id";

pub(crate) fn get(conn: &Connection, id: &str) -> Result<Escalation> {
    load(conn, "e.id = ?1", "e.id", [id])?
        .pop()
        .ok_or_else(|| Error::not_found("escalation", id))
}

/// The escalations of one anecdote, newest first.
pub(crate) fn for_anecdote(conn: &Connection, anecdote_id: &str) -> Result<Vec<Escalation>> {
    load(
        conn,
        "e.anecdote_id = ?1",
        "e.created_at DESC, e.id DESC",
        [anecdote_id],
    )
}

/// The escalations the meeting screen shows: every open one by due time, then those whose
/// resolution this meeting reports.
pub(crate) fn for_meeting(conn: &Connection, meeting_id: &str) -> Result<Vec<Escalation>> {
    load(
        conn,
        "e.resolved_at IS NULL OR e.reported_in_meeting_id = ?1",
        OPEN_THEN_RESOLVED,
        [meeting_id],
    )
}

/// Stamps every resolved escalation that no meeting has reported yet as reported in
/// `meeting_id`. Called when a meeting starts for the first time.
pub(crate) fn report_resolved(conn: &Connection, meeting_id: &str, at: &str) -> Result<usize> {
    Ok(conn.execute(
        "UPDATE escalations SET reported_in_meeting_id = ?1, updated_at = ?2
         WHERE resolved_at IS NOT NULL AND reported_in_meeting_id IS NULL",
        params![meeting_id, at],
    )?)
}

/// Raises an escalation at `at`, signed `raised_by`; returns its id.
pub(crate) fn insert(
    conn: &Connection,
    input: &NewEscalation,
    raised_by: &str,
    at: DateTime<Utc>,
) -> Result<String> {
    let owner = required("owner", &input.owner)?;
    let hours = input.deadline_hours;
    if !(1..=MAX_DEADLINE_HOURS).contains(&hours) {
        return Err(Error::invalid(
            "deadlineHours",
            format!("{hours} is not between 1 and {MAX_DEADLINE_HOURS} hours"),
        ));
    }
    let anecdote_exists: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM anecdotes WHERE id = ?1)")?
        .query_row([&input.anecdote_id], |r| r.get(0))?;
    if !anecdote_exists {
        return Err(Error::not_found("anecdote", &input.anecdote_id));
    }
    if let Some(meeting) = &input.meeting_id {
        meetings::get(conn, meeting)?;
    }
    let note = match input.note.as_deref().map(str::trim) {
        Some(n) if !n.is_empty() => n.to_owned(),
        _ => "?".to_owned(),
    };
    let id = new_id();
    let due = stamp(at + Duration::hours(i64::from(hours)));
    conn.execute(
        "INSERT INTO escalations (id, anecdote_id, owner, note, raised_by, meeting_id,
             deadline_hours, due_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        params![
            id,
            input.anecdote_id,
            owner,
            note,
            raised_by.trim(),
            input.meeting_id,
            hours,
            due,
            stamp(at)
        ],
    )?;
    Ok(id)
}

/// Records the resolution at `at`, signed `resolved_by`. An escalation is resolved once.
pub(crate) fn resolve(
    conn: &Connection,
    input: &EscalationResolution,
    resolved_by: &str,
    at: DateTime<Utc>,
) -> Result<()> {
    let before = get(conn, &input.escalation_id)?;
    if let Some(when) = &before.resolved_at {
        let by = before.resolved_by.as_deref().filter(|b| !b.is_empty());
        return Err(Error::invalid(
            "escalationId",
            match by {
                Some(by) => format!("already resolved by {by} at {when}"),
                None => format!("already resolved at {when}"),
            },
        ));
    }
    let root_cause = required("rootCause", &input.root_cause)?;
    let fix = required("fix", &input.fix)?;
    let at = stamp(at);
    conn.execute(
        "UPDATE escalations SET resolved_at = ?2, resolved_by = ?3, root_cause = ?4, fix = ?5,
             updated_at = ?2
         WHERE id = ?1",
        params![input.escalation_id, at, resolved_by.trim(), root_cause, fix],
    )?;
    Ok(())
}

impl Db {
    /// Open escalations by due time (overdue first); with `include_resolved`, the resolved ones
    /// follow, newest resolution first.
    pub fn list_escalations(&self, include_resolved: bool) -> Result<Vec<Escalation>> {
        let filter = if include_resolved {
            "1"
        } else {
            "e.resolved_at IS NULL"
        };
        load(self.conn(), filter, OPEN_THEN_RESOLVED, [])
    }

    /// The escalations of one anecdote, newest first.
    pub fn anecdote_escalations(&self, anecdote_id: &str) -> Result<Vec<Escalation>> {
        for_anecdote(self.conn(), anecdote_id)
    }

    pub fn get_escalation(&self, id: &str) -> Result<Escalation> {
        get(self.conn(), id)
    }

    /// Raises an escalation now; `raised_by` is the current person's name (or "").
    pub fn escalate_anecdote(&mut self, input: &NewEscalation) -> Result<Escalation> {
        self.escalate_anecdote_at(input, Utc::now())
    }

    /// Raises an escalation as if at `at`: it is due `deadline_hours` later.
    pub fn escalate_anecdote_at(
        &mut self,
        input: &NewEscalation,
        at: DateTime<Utc>,
    ) -> Result<Escalation> {
        self.write(|tx| {
            let id = insert(tx, input, &people::current_name(tx)?, at)?;
            get(tx, &id)
        })
    }

    /// Records what happened and what was fixed; `resolved_by` is the current person's name.
    pub fn resolve_escalation(&mut self, input: &EscalationResolution) -> Result<Escalation> {
        self.resolve_escalation_at(input, Utc::now())
    }

    /// Records the resolution as if at `at`.
    pub fn resolve_escalation_at(
        &mut self,
        input: &EscalationResolution,
        at: DateTime<Utc>,
    ) -> Result<Escalation> {
        self.write(|tx| {
            resolve(tx, input, &people::current_name(tx)?, at)?;
            get(tx, &input.escalation_id)
        })
    }
}

/// Refuses a timestamp that is not RFC 3339 (an undo carries them back from the UI).
fn check_stamp(field: String, stamp: &str) -> Result<()> {
    DateTime::parse_from_rfc3339(stamp)
        .map(|_| ())
        .map_err(|_| Error::invalid(field, format!("{stamp:?} is not an RFC 3339 timestamp")))
}

/// The meeting `id` if it still exists: a link to a deleted meeting comes back empty.
fn existing_meeting(conn: &Connection, id: Option<&str>) -> Result<Option<String>> {
    let Some(id) = id else { return Ok(None) };
    Ok(conn
        .prepare_cached("SELECT id FROM meetings WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// Puts back escalation `i` of a deleted anecdote, as it was, on the restored anecdote
/// `anecdote_id`. What the UI carried back is checked like any input.
pub(crate) fn restore(
    conn: &Connection,
    anecdote_id: &str,
    i: usize,
    e: &Escalation,
) -> Result<()> {
    let field = |name: &str| format!("escalations[{i}].{name}");
    let id = required(&field("id"), &e.id)?;
    let exists: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM escalations WHERE id = ?1)")?
        .query_row([&id], |r| r.get(0))?;
    if exists {
        return Err(Error::invalid(
            field("id"),
            format!("an escalation with id {id} already exists"),
        ));
    }
    let owner = required(&field("owner"), &e.owner)?;
    if !(1..=MAX_DEADLINE_HOURS).contains(&e.deadline_hours) {
        return Err(Error::invalid(
            field("deadlineHours"),
            format!("must be between 1 and {MAX_DEADLINE_HOURS}"),
        ));
    }
    for (name, stamp) in [
        ("createdAt", Some(&e.created_at)),
        ("updatedAt", Some(&e.updated_at)),
        ("dueAt", Some(&e.due_at)),
        ("resolvedAt", e.resolved_at.as_ref()),
    ] {
        if let Some(stamp) = stamp {
            check_stamp(field(name), stamp)?;
        }
    }
    let (root_cause, fix) = match e.resolved_at {
        Some(_) => (
            required(&field("rootCause"), &e.root_cause)?,
            required(&field("fix"), &e.fix)?,
        ),
        None => (e.root_cause.trim().to_owned(), e.fix.trim().to_owned()),
    };
    let note = match e.note.trim() {
        "" => "?",
        n => n,
    };
    conn.execute(
        "INSERT INTO escalations (id, anecdote_id, owner, note, raised_by, meeting_id,
             deadline_hours, due_at, resolved_at, resolved_by, root_cause, fix,
             reported_in_meeting_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            id,
            anecdote_id,
            owner,
            note,
            e.raised_by.trim(),
            existing_meeting(conn, e.meeting_id.as_deref())?,
            e.deadline_hours,
            e.due_at,
            e.resolved_at,
            e.resolved_at
                .as_ref()
                .and(e.resolved_by.as_deref().map(str::trim)),
            root_cause,
            fix,
            existing_meeting(conn, e.reported_in_meeting_id.as_deref())?,
            e.created_at,
            e.updated_at
        ],
    )?;
    Ok(())
}
