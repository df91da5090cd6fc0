//! The meetings table: a meeting's row (title, date, goal, status, nudge, the prompt on
//! screen) and its creation, change and deletion. Its agenda and clock are `agenda.rs`, who
//! sits in it `meeting_people.rs`, its decks `meeting_decks.rs`, its customer references
//! `references.rs`; the view, the lifecycle and deciding are the meeting service's
//! (`crate::meeting`), above all of them.

use rusqlite::{params, Connection};

use super::record::{self, table_record};
use super::{agenda, date_text, decks, meeting_decks, meeting_people, parse_date, required, Db};
use crate::model::{
    AgendaEdit, AttendeeEdit, Meeting, MeetingEdit, MeetingListItem, MeetingStatus, NewMeeting,
};
use crate::time::{new_id, now};
use crate::{Error, Result};

/// Minutes without a customer reference before the nudge, unless the meeting says otherwise.
pub const DEFAULT_NUDGE_MINUTES: u32 = 10;

table_record! {
    "meetings" => Meeting {
        id, title, held_on as Day, goal, status, deck_id, prompt_index, nudge_minutes as Nudge,
        current_agenda_item_id, last_customer_reference_at, started_at, ended_at, created_at,
        updated_at,
    }
    children { deck_ids, persona_ids, attendees }
}

pub(crate) fn get(conn: &Connection, id: &str) -> Result<Meeting> {
    let mut meeting: Meeting = record::get(conn, "meeting", id)?;
    meeting.persona_ids = meeting_people::persona_ids(conn, id)?;
    meeting.attendees = meeting_people::attendees(conn, id)?;
    meeting.deck_ids = meeting_decks::ids(conn, &meeting)?;
    Ok(meeting)
}

/// Creates a meeting; `status` says whether it is already under way. A running meeting starts
/// with its first agenda item current and its timer running.
pub(crate) fn insert(
    conn: &Connection,
    input: &NewMeeting,
    status: MeetingStatus,
) -> Result<Meeting> {
    let title = required("title", &input.title)?;
    let held_on = input
        .held_on
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let nudge_minutes = check_nudge(input.nudge_minutes.unwrap_or(DEFAULT_NUDGE_MINUTES))?;
    let id = new_id();
    let at = now();
    if let Some(deck) = &input.deck_id {
        decks::get(conn, deck)?;
    }
    record::insert(
        conn,
        &Meeting {
            id: id.clone(),
            title,
            held_on,
            goal: input.goal.as_deref().unwrap_or("").trim().to_owned(),
            status,
            deck_id: input.deck_id.clone(),
            deck_ids: Vec::new(),
            prompt_index: 0,
            persona_ids: Vec::new(),
            attendees: Vec::new(),
            nudge_minutes,
            current_agenda_item_id: None,
            last_customer_reference_at: None,
            started_at: matches!(status, MeetingStatus::Running | MeetingStatus::Ended)
                .then(|| at.clone()),
            ended_at: (status == MeetingStatus::Ended).then(|| at.clone()),
            created_at: at.clone(),
            updated_at: at.clone(),
        },
    )?;
    meeting_people::set_personas(conn, &id, input.persona_ids.as_deref().unwrap_or_default())?;
    let attendees: Vec<AttendeeEdit> = input
        .attendees
        .iter()
        .flatten()
        .map(|a| AttendeeEdit {
            id: None,
            name: a.name.clone(),
            role: a.role,
        })
        .collect();
    meeting_people::set_attendees(conn, &id, &attendees, &at)?;
    for (i, item) in input.agenda.iter().flatten().enumerate() {
        let (title, minutes) = agenda::check_row(i, &item.title, item.planned_minutes)?;
        agenda::insert(conn, &id, i, &title, minutes, &at)?;
    }
    if status == MeetingStatus::Running {
        if let Some(first) = agenda::for_meeting(conn, &id)?.first() {
            set_current(conn, &id, Some(&first.id))?;
            agenda::start_timer(conn, &first.id, &at)?;
        }
    }
    get(conn, &id)
}

/// A nudge setting as given, if it is one: minutes from 1 to 240, or 0 for off. (Off is kept as
/// `nudge_off` beside the minutes chosen before, so turning it back on restores them.)
fn check_nudge(minutes: u32) -> Result<u32> {
    if minutes > 240 {
        return Err(Error::invalid(
            "nudgeMinutes",
            "must be between 0 (off) and 240",
        ));
    }
    Ok(minutes)
}

/// Makes `rows` the meeting's agenda, in order: a row with the id of one of its items changes
/// that item (its clock and customer references stay), a row without an id is a new item, and
/// an item no row names is removed. Removing the item under discussion of a running meeting
/// moves the discussion to the first item not yet discussed.
fn set_agenda(conn: &Connection, meeting: &Meeting, rows: &[AgendaEdit], at: &str) -> Result<()> {
    let existing = agenda::ids(conn, &meeting.id)?;
    let mut checked = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        if let Some(id) = &row.id {
            if !existing.contains(id) {
                return Err(Error::not_found("agenda item", id));
            }
        }
        checked.push(agenda::check_row(i, &row.title, row.planned_minutes)?);
    }
    for id in existing
        .iter()
        .filter(|id| !rows.iter().any(|r| r.id.as_ref() == Some(id)))
    {
        conn.execute("DELETE FROM agenda_items WHERE id = ?1", [id])?;
    }
    for (i, (row, (title, minutes))) in rows.iter().zip(checked).enumerate() {
        match &row.id {
            Some(id) => {
                conn.execute(
                    "UPDATE agenda_items SET position = ?2, title = ?3, planned_minutes = ?4,
                         updated_at = CASE WHEN title IS ?3 AND planned_minutes IS ?4
                                           AND position = ?2 THEN updated_at ELSE ?5 END
                     WHERE id = ?1",
                    params![id, i as u32, title, minutes, at],
                )?;
            }
            None => agenda::insert(conn, &meeting.id, i, &title, minutes, at)?,
        }
    }
    let current_gone = meeting
        .current_agenda_item_id
        .as_ref()
        .is_some_and(|c| !rows.iter().any(|r| r.id.as_ref() == Some(c)));
    if current_gone && meeting.status == MeetingStatus::Running {
        let next = agenda::for_meeting(conn, &meeting.id)?
            .into_iter()
            .find(|a| a.done_at.is_none())
            .map(|a| a.id);
        set_current(conn, &meeting.id, next.as_deref())?;
        if let Some(item) = next {
            agenda::start_timer(conn, &item, at)?;
        }
    }
    Ok(())
}

pub(crate) fn set_current(
    conn: &Connection,
    meeting_id: &str,
    item_id: Option<&str>,
) -> Result<()> {
    conn.execute(
        "UPDATE meetings SET current_agenda_item_id = ?2 WHERE id = ?1",
        params![meeting_id, item_id],
    )?;
    Ok(())
}

/// Moves the meeting's status column to `status` at `at` (text), with its start and end: the
/// first run stamps `started_at`, ending stamps `ended_at`, anything else clears `ended_at`.
/// The clock and the escalations are the lifecycle's (`crate::meeting::lifecycle`).
pub(crate) fn set_status(
    conn: &Connection,
    meeting_id: &str,
    status: MeetingStatus,
    at: &str,
) -> Result<()> {
    conn.execute(
        "UPDATE meetings SET status = ?2, updated_at = ?3,
             started_at = CASE WHEN ?2 = 'running' THEN COALESCE(started_at, ?3)
                               ELSE started_at END,
             ended_at = CASE WHEN ?2 = 'ended' THEN COALESCE(ended_at, ?3) ELSE NULL END
         WHERE id = ?1",
        params![meeting_id, status, at],
    )?;
    Ok(())
}

/// Writes each field `edit` carries over the meeting's (see `MeetingEdit`). Answers stay with
/// their prompts whatever decks the meeting has; the agenda keeps the clock of every item it
/// keeps.
pub(crate) fn apply_edit(conn: &Connection, meeting_id: &str, edit: &MeetingEdit) -> Result<()> {
    let meeting = get(conn, meeting_id)?;
    let at = now();
    if let Some(title) = &edit.title {
        let title = required("title", title)?;
        conn.execute(
            "UPDATE meetings SET title = ?2 WHERE id = ?1",
            params![meeting_id, title],
        )?;
    }
    if let Some(held_on) = edit.held_on {
        conn.execute(
            "UPDATE meetings SET held_on = ?2 WHERE id = ?1",
            params![meeting_id, date_text(Some(held_on))],
        )?;
    }
    if let Some(goal) = &edit.goal {
        conn.execute(
            "UPDATE meetings SET goal = ?2 WHERE id = ?1",
            params![meeting_id, goal.trim()],
        )?;
    }
    if let Some(minutes) = edit.nudge_minutes {
        let minutes = check_nudge(minutes)?;
        // Off keeps the minutes chosen before, to come back when it is turned on.
        conn.execute(
            "UPDATE meetings SET nudge_minutes = CASE WHEN ?3 THEN nudge_minutes ELSE ?2 END,
                 nudge_off = ?3 WHERE id = ?1",
            params![meeting_id, minutes, minutes == 0],
        )?;
    }
    if let Some(ids) = &edit.persona_ids {
        meeting_people::set_personas(conn, meeting_id, ids)?;
    }
    if let Some(people) = &edit.attendees {
        meeting_people::set_attendees(conn, meeting_id, people, &at)?;
    }
    if let Some(rows) = &edit.agenda {
        set_agenda(conn, &meeting, rows, &at)?;
    }
    if let Some(ids) = &edit.deck_ids {
        meeting_decks::set(conn, &meeting, ids, &at)?;
    }
    conn.execute(
        "UPDATE meetings SET updated_at = ?2 WHERE id = ?1",
        params![meeting_id, at],
    )?;
    Ok(())
}

/// Deletes the meeting row; its agenda, answers and decisions go with it (foreign keys).
pub(crate) fn delete(conn: &Connection, meeting_id: &str) -> Result<()> {
    conn.execute("DELETE FROM meetings WHERE id = ?1", [meeting_id])?;
    Ok(())
}

/// Meetings that ended, oldest first (by date, then by when they were created).
pub(crate) fn ended_ids(conn: &Connection) -> Result<Vec<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM meetings WHERE status = 'ended' ORDER BY held_on, created_at, id",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

impl Db {
    /// Meetings, newest first.
    pub fn list_meetings(&self) -> Result<Vec<MeetingListItem>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT m.id, m.title, m.held_on, m.status,
                    (SELECT COUNT(*) FROM decisions d WHERE d.meeting_id = m.id)
             FROM meetings m ORDER BY m.held_on DESC, m.created_at DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(MeetingListItem {
                id: r.get(0)?,
                title: r.get(1)?,
                held_on: parse_date(r.get(2)?)?.unwrap_or_default(),
                status: r.get(3)?,
                decision_count: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Moves the chair to prompt `index` of the meeting's deck.
    pub fn set_prompt_index(&mut self, meeting_id: &str, index: u32) -> Result<Meeting> {
        self.write(|tx| {
            let meeting = get(tx, meeting_id)?;
            let count =
                meeting_decks::questions(tx, &meeting)?.map_or(0, |d| d.prompts.len() as u32);
            if index >= count.max(1) {
                return Err(Error::invalid(
                    "promptIndex",
                    format!("{index} is past the last prompt of this meeting's deck"),
                ));
            }
            tx.execute(
                "UPDATE meetings SET prompt_index = ?2, updated_at = ?3 WHERE id = ?1",
                params![meeting_id, index, now()],
            )?;
            get(tx, meeting_id)
        })
    }
}
