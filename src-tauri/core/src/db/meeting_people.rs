//! Who sits in a meeting: the personas in its chair and the people in its room, in order.

use rusqlite::{params, Connection};

use super::{personas, required};
use crate::model::{Attendee, AttendeeEdit, Role};
use crate::time::new_id;
use crate::Result;

/// The personas in the meeting's chair, in order.
pub(crate) fn persona_ids(conn: &Connection, meeting_id: &str) -> Result<Vec<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT persona_id FROM meeting_personas WHERE meeting_id = ?1 ORDER BY position",
        )?
        .query_map([meeting_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// The people in the meeting's room, in order.
pub(crate) fn attendees(conn: &Connection, meeting_id: &str) -> Result<Vec<Attendee>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, name, role FROM meeting_attendees WHERE meeting_id = ?1 ORDER BY position",
        )?
        .query_map([meeting_id], |r| {
            Ok(Attendee {
                id: r.get(0)?,
                name: r.get(1)?,
                role: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Puts `persona_ids` in the meeting's chair, in order, instead of whoever sat there.
pub(crate) fn set_personas(
    conn: &Connection,
    meeting_id: &str,
    persona_ids: &[String],
) -> Result<()> {
    conn.execute(
        "DELETE FROM meeting_personas WHERE meeting_id = ?1",
        [meeting_id],
    )?;
    for (i, persona) in persona_ids.iter().enumerate() {
        personas::get(conn, persona)?;
        conn.execute(
            "INSERT OR IGNORE INTO meeting_personas (meeting_id, persona_id, position)
             VALUES (?1, ?2, ?3)",
            params![meeting_id, persona, i as u32],
        )?;
    }
    Ok(())
}

/// Makes `people` the meeting's room, in order; someone already there keeps their id.
pub(crate) fn set_attendees(
    conn: &Connection,
    meeting_id: &str,
    people: &[AttendeeEdit],
    at: &str,
) -> Result<()> {
    let mut names = Vec::with_capacity(people.len());
    for (i, person) in people.iter().enumerate() {
        names.push(required(&format!("attendees[{i}].name"), &person.name)?);
    }
    conn.execute(
        "DELETE FROM meeting_attendees WHERE meeting_id = ?1",
        [meeting_id],
    )?;
    for (i, (person, name)) in people.iter().zip(names).enumerate() {
        conn.execute(
            "INSERT INTO meeting_attendees (id, meeting_id, position, name, role, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                person.id.clone().unwrap_or_else(new_id),
                meeting_id,
                i as u32,
                name,
                person.role.unwrap_or(Role::Participant),
                at
            ],
        )?;
    }
    Ok(())
}
