//! Meetings, who sits in their chair, and their agenda.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{date_text, decisions, decks, parse_date, personas, required, settings, Db};
use crate::model::{AgendaItem, Meeting, MeetingListItem, MeetingStatus, MeetingView, NewMeeting};
use crate::time::{new_id, now};
use crate::{Error, Result};

const COLUMNS: &str = "id, title, held_on, goal, status, deck_id, prompt_index, started_at, \
                       ended_at, created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: row.get(0)?,
        title: row.get(1)?,
        held_on: parse_date(row.get(2)?)?.unwrap_or_default(),
        goal: row.get(3)?,
        status: row.get(4)?,
        deck_id: row.get(5)?,
        prompt_index: row.get(6)?,
        persona_ids: Vec::new(),
        started_at: row.get(7)?,
        ended_at: row.get(8)?,
        created_at: row.get(9)?,
        updated_at: row.get(10)?,
    })
}

pub(crate) fn get(conn: &Connection, id: &str) -> Result<Meeting> {
    let mut meeting = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM meetings WHERE id = ?1"),
            [id],
            from_row,
        )
        .optional()?
        .ok_or_else(|| Error::not_found("meeting", id))?;
    meeting.persona_ids = conn
        .prepare_cached(
            "SELECT persona_id FROM meeting_personas WHERE meeting_id = ?1 ORDER BY position",
        )?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(meeting)
}

/// Creates a meeting; `status` says whether it is already under way.
pub(crate) fn insert(
    conn: &Connection,
    input: &NewMeeting,
    status: MeetingStatus,
) -> Result<Meeting> {
    let title = required("title", &input.title)?;
    let held_on = input
        .held_on
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let id = new_id();
    let at = now();
    let started =
        matches!(status, MeetingStatus::Running | MeetingStatus::Ended).then(|| at.clone());
    let ended = (status == MeetingStatus::Ended).then(|| at.clone());
    if let Some(deck) = &input.deck_id {
        decks::get(conn, deck)?;
    }
    conn.execute(
        &format!(
            "INSERT INTO meetings ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8, ?9, ?9)"
        ),
        params![
            id,
            title,
            date_text(Some(held_on)),
            input.goal.as_deref().unwrap_or("").trim(),
            status,
            input.deck_id,
            started,
            ended,
            at
        ],
    )?;
    for (i, persona) in input.persona_ids.iter().flatten().enumerate() {
        personas::get(conn, persona)?;
        conn.execute(
            "INSERT INTO meeting_personas (meeting_id, persona_id, position) VALUES (?1, ?2, ?3)",
            params![id, persona, i as u32],
        )?;
    }
    for (i, item) in input.agenda.iter().flatten().enumerate() {
        let item = required(&format!("agenda[{i}]"), item)?;
        conn.execute(
            "INSERT INTO agenda_items (id, meeting_id, position, title, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![new_id(), id, i as u32, item, at],
        )?;
    }
    get(conn, &id)
}

fn agenda(conn: &Connection, meeting_id: &str) -> Result<Vec<AgendaItem>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, meeting_id, position, title, planned_minutes FROM agenda_items
             WHERE meeting_id = ?1 ORDER BY position",
        )?
        .query_map([meeting_id], |r| {
            Ok(AgendaItem {
                id: r.get(0)?,
                meeting_id: r.get(1)?,
                position: r.get(2)?,
                title: r.get(3)?,
                planned_minutes: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn agenda_ids(conn: &Connection, meeting_id: &str) -> Result<Vec<String>> {
    Ok(agenda(conn, meeting_id)?
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

    /// Creates a meeting that starts now, and makes it the one the app reopens.
    pub fn create_meeting(&mut self, input: &NewMeeting) -> Result<Meeting> {
        self.write(|tx| {
            let meeting = insert(tx, input, MeetingStatus::Running)?;
            settings::set(tx, settings::LAST_MEETING, &meeting.id)?;
            Ok(meeting)
        })
    }

    /// Everything the meeting screen shows; also remembers it as the meeting to reopen.
    pub fn open_meeting(&mut self, id: &str) -> Result<MeetingView> {
        self.write(|tx| {
            let meeting = get(tx, id)?;
            settings::set(tx, settings::LAST_MEETING, id)?;
            let personas = meeting
                .persona_ids
                .iter()
                .map(|p| personas::get(tx, p))
                .collect::<Result<_>>()?;
            let deck = meeting
                .deck_id
                .as_deref()
                .map(|d| decks::get(tx, d))
                .transpose()?;
            Ok(MeetingView {
                agenda: agenda(tx, id)?,
                decisions: decisions::for_meeting(tx, id)?,
                personas,
                deck,
                meeting,
            })
        })
    }

    /// Moves the chair to prompt `index` of the meeting's deck.
    pub fn set_prompt_index(&mut self, meeting_id: &str, index: u32) -> Result<Meeting> {
        self.write(|tx| {
            let meeting = get(tx, meeting_id)?;
            let count = match &meeting.deck_id {
                Some(deck) => decks::get(tx, deck)?.prompts.len() as u32,
                None => 0,
            };
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

    pub fn set_meeting_status(
        &mut self,
        meeting_id: &str,
        status: MeetingStatus,
    ) -> Result<Meeting> {
        self.write(|tx| {
            get(tx, meeting_id)?;
            let at = now();
            tx.execute(
                "UPDATE meetings SET status = ?2, updated_at = ?3,
                     started_at = CASE WHEN ?2 = 'running' THEN COALESCE(started_at, ?3)
                                       ELSE started_at END,
                     ended_at = CASE WHEN ?2 = 'ended' THEN ?3 ELSE NULL END
                 WHERE id = ?1",
                params![meeting_id, status, at],
            )?;
            get(tx, meeting_id)
        })
    }
}
