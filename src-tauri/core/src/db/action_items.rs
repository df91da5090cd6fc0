//! Action items: follow-ups on a decision or a meeting (what, owner, due date, done), and the
//! open ones of earlier meetings that the next meeting with the same people or persona shows.

use rusqlite::{params, Connection, OptionalExtension};

use super::record::{self, table_record};
use super::{date_text, decisions, meetings, required, Db};
use crate::model::{ActionItem, ActionItemInput, FollowUp};
use crate::time::{new_id, now};
use crate::{Error, Result};

table_record! {
    "action_items" => ActionItem {
        id, meeting_id, decision_id, what, owner, owner_person_id, due_on as Date, done_at,
        created_at, updated_at,
    }
}

pub(crate) fn get(conn: &Connection, id: &str) -> Result<ActionItem> {
    record::get(conn, "action item", id)
}

/// The meeting's action items (on it or on its decisions), oldest first.
pub(crate) fn for_meeting(conn: &Connection, meeting_id: &str) -> Result<Vec<ActionItem>> {
    record::load_where(
        conn,
        "WHERE meeting_id = ?1 ORDER BY created_at, id",
        &[&meeting_id],
    )
}

/// Open action items of meetings held before `meeting_id` (or on the same day and created
/// before it) that share an attendee (by name) or a persona with it, the earliest due first.
pub(crate) fn follow_ups(conn: &Connection, meeting_id: &str) -> Result<Vec<FollowUp>> {
    let ids: Vec<String> = conn
        .prepare_cached(
            "SELECT a.id FROM action_items a
             JOIN meetings m ON m.id = a.meeting_id
             JOIN meetings me ON me.id = ?1
             WHERE a.done_at IS NULL AND a.meeting_id <> ?1
               AND (m.held_on < me.held_on
                    OR (m.held_on = me.held_on AND m.created_at < me.created_at))
               AND (EXISTS (SELECT 1 FROM meeting_attendees x JOIN meeting_attendees y
                              ON lower(trim(x.name)) = lower(trim(y.name))
                            WHERE x.meeting_id = m.id AND y.meeting_id = ?1)
                    OR EXISTS (SELECT 1 FROM meeting_personas x JOIN meeting_personas y
                                 ON x.persona_id = y.persona_id
                               WHERE x.meeting_id = m.id AND y.meeting_id = ?1))
             ORDER BY a.due_on IS NULL, a.due_on, a.created_at, a.id",
        )?
        .query_map([meeting_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.iter()
        .map(|id| {
            let item = get(conn, id)?;
            let meeting = meetings::get(conn, &item.meeting_id)?;
            let decision_statement = item
                .decision_id
                .as_deref()
                .map(|d| decisions::get(conn, d).map(|d| d.statement))
                .transpose()?;
            Ok(FollowUp {
                meeting_title: meeting.title,
                held_on: meeting.held_on,
                decision_statement,
                item,
            })
        })
        .collect()
}

/// The owner's name: the person's, when one is named, else the name given.
fn owner_name(conn: &Connection, input: &ActionItemInput) -> Result<String> {
    match &input.owner_person_id {
        Some(person) => conn
            .query_row("SELECT name FROM people WHERE id = ?1", [person], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| Error::invalid("ownerPersonId", format!("no person {person:?}"))),
        None => Ok(input.owner.as_deref().unwrap_or("").trim().to_owned()),
    }
}

/// Checks `input` against the meeting and decision it names; returns the trimmed text and the
/// owner's name.
fn check(conn: &Connection, input: &ActionItemInput) -> Result<(String, String)> {
    meetings::get(conn, &input.meeting_id)?;
    if let Some(decision) = &input.decision_id {
        let d = decisions::get(conn, decision)
            .map_err(|_| Error::invalid("decisionId", format!("no decision {decision:?}")))?;
        if d.meeting_id != input.meeting_id {
            return Err(Error::invalid(
                "decisionId",
                "the decision belongs to another meeting",
            ));
        }
    }
    let what = required("what", &input.what)?;
    check_length("what", &what)?;
    Ok((what, owner_name(conn, input)?))
}

/// The longest action item, in characters: a task, not a document.
pub(crate) const MAX_WHAT_CHARS: usize = 2000;

/// Refuses an action item's text over `MAX_WHAT_CHARS`, naming `field`; the same rule for one
/// typed in the app and one merged from a file.
pub(crate) fn check_length(field: &str, what: &str) -> Result<()> {
    if what.chars().count() > MAX_WHAT_CHARS {
        return Err(Error::invalid(
            field,
            format!("is longer than {MAX_WHAT_CHARS} characters"),
        ));
    }
    Ok(())
}

impl Db {
    /// Adds an action item to a meeting or one of its decisions.
    pub fn add_action_item(&mut self, input: &ActionItemInput) -> Result<ActionItem> {
        self.write(|tx| {
            let (what, owner) = check(tx, input)?;
            let at = now();
            let item = ActionItem {
                id: new_id(),
                meeting_id: input.meeting_id.clone(),
                decision_id: input.decision_id.clone(),
                what,
                owner,
                owner_person_id: input.owner_person_id.clone(),
                due_on: input.due_on,
                done_at: None,
                created_at: at.clone(),
                updated_at: at,
            };
            record::insert(tx, &item)?;
            Ok(item)
        })
    }

    /// Changes what an action item says, who owns it and when it is due.
    pub fn update_action_item(&mut self, id: &str, input: &ActionItemInput) -> Result<ActionItem> {
        self.write(|tx| {
            let before = get(tx, id)?;
            if before.meeting_id != input.meeting_id {
                return Err(Error::invalid(
                    "meetingId",
                    "an action item stays with its meeting",
                ));
            }
            let (what, owner) = check(tx, input)?;
            tx.execute(
                "UPDATE action_items SET decision_id = ?2, what = ?3, owner = ?4,
                     owner_person_id = ?5, due_on = ?6, updated_at = ?7
                 WHERE id = ?1",
                params![
                    id,
                    input.decision_id,
                    what,
                    owner,
                    input.owner_person_id,
                    date_text(input.due_on),
                    now()
                ],
            )?;
            get(tx, id)
        })
    }

    /// Marks the action item done (now) or open again.
    pub fn set_action_item_done(&mut self, id: &str, done: bool) -> Result<ActionItem> {
        self.write(|tx| {
            get(tx, id)?;
            let at = now();
            tx.execute(
                "UPDATE action_items SET done_at = CASE WHEN ?2 THEN COALESCE(done_at, ?3) END,
                     updated_at = ?3
                 WHERE id = ?1",
                params![id, done, at],
            )?;
            get(tx, id)
        })
    }

    pub fn delete_action_item(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            get(tx, id)?;
            tx.execute("DELETE FROM action_items WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}
