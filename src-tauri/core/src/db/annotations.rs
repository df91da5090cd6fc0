//! Ambassadors' annotations: the customer's reaction to a decision, a thread under it.
//!
//! An annotation is signed by the person at the keyboard: their id, and their name and role as
//! they were when it was written (so a renamed or deleted person does not rewrite history).
//! Only that person may edit or delete it; with nobody chosen, nobody may annotate. Flags are a
//! JSON array of strings, like the other list columns.

use rusqlite::{params, Connection, OptionalExtension};

use super::record::{self, flags_json, table_record};
use super::{people, references, Db};
use crate::model::{
    Annotation, AnnotationFlag, AnnotationInput, CustomerPulse, MeetingStatus, Person, Role,
};
use crate::time::{new_id, now};
use crate::{Error, Result};

table_record! {
    "annotations" => Annotation {
        id, decision_id, person_id, author, role, stance, feeling, comment, flags as Flags,
        created_at, updated_at,
    }
}

fn get(conn: &Connection, id: &str) -> Result<Annotation> {
    record::get(conn, "annotation", id)
}

/// The thread under a decision, oldest first.
pub(crate) fn for_decision(conn: &Connection, decision_id: &str) -> Result<Vec<Annotation>> {
    record::load_where(
        conn,
        "WHERE decision_id = ?1 ORDER BY created_at, id",
        &[&decision_id],
    )
}

/// The input as stored: feeling checked, comment trimmed, flags once each in the order given.
fn check(input: &AnnotationInput) -> Result<(String, Vec<AnnotationFlag>)> {
    if let Some(f) = input.feeling {
        if !(1..=5).contains(&f) {
            return Err(Error::invalid(
                "feeling",
                format!("{f} is not between 1 (very unhappy) and 5 (delighted)"),
            ));
        }
    }
    let mut flags = Vec::new();
    for flag in &input.flags {
        if !flags.contains(flag) {
            flags.push(*flag);
        }
    }
    Ok((input.comment.trim().to_owned(), flags))
}

/// The person at the keyboard, who signs the annotation.
fn author(conn: &Connection) -> Result<Person> {
    people::current(conn)?.ok_or_else(|| {
        Error::Forbidden("Choose who you are (switch person) before annotating.".into())
    })
}

/// The annotation, if the person at the keyboard wrote it; otherwise why not.
fn own(conn: &Connection, id: &str, verb: &str) -> Result<Annotation> {
    let me = people::current(conn)?.map(|p| p.id);
    own_by(conn, id, me.as_deref(), verb)
}

/// The annotation, if `me` wrote it; otherwise why not.
fn own_by(conn: &Connection, id: &str, me: Option<&str>, verb: &str) -> Result<Annotation> {
    let annotation = get(conn, id)?;
    match (&annotation.person_id, me) {
        (Some(author), Some(me)) if author == me => Ok(annotation),
        _ => Err(Error::Forbidden(format!(
            "Only {} can {verb} this annotation.",
            annotation.author
        ))),
    }
}

/// Stores `author`'s annotation on the decision; returns its id. The sample uses it too.
pub(crate) fn insert(
    conn: &Connection,
    decision_id: &str,
    author: &Person,
    input: &AnnotationInput,
) -> Result<String> {
    insert_with_id(conn, &new_id(), decision_id, author, input)
}

fn insert_with_id(
    conn: &Connection,
    id: &str,
    decision_id: &str,
    author: &Person,
    input: &AnnotationInput,
) -> Result<String> {
    let (comment, flags) = check(input)?;
    let at = now();
    let annotation = Annotation {
        id: id.to_owned(),
        decision_id: decision_id.to_owned(),
        person_id: Some(author.id.clone()),
        author: author.name.clone(),
        role: author.role,
        stance: input.stance,
        feeling: input.feeling,
        comment,
        flags,
        created_at: at.clone(),
        updated_at: at,
    };
    record::insert(conn, &annotation)?;
    Ok(id.to_owned())
}

/// An ambassador's reaction brings the customer into the room as an opened anecdote does: while
/// the decision's meeting runs, it stamps the meeting and its current item (the nudge's silence
/// starts again). Returns what it stamped, if anything.
fn bring_in(conn: &Connection, annotation: &Annotation) -> Result<Option<CustomerPulse>> {
    if annotation.role != Role::Ambassador {
        return Ok(None);
    }
    let (meeting_id, status): (String, MeetingStatus) = conn
        .prepare_cached(
            "SELECT m.id, m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id
             WHERE d.id = ?1",
        )?
        .query_row([&annotation.decision_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    if status != MeetingStatus::Running {
        return Ok(None);
    }
    references::pulse(conn, &meeting_id, &annotation.created_at).map(Some)
}

/// The meeting of the decision an annotation is for; a decision that does not exist is not
/// found. (A decision's own rows are `decisions.rs`'s; annotations sit below it and read only
/// this.)
fn decision_meeting(conn: &Connection, decision_id: &str) -> Result<String> {
    conn.prepare_cached("SELECT meeting_id FROM decisions WHERE id = ?1")?
        .query_row([decision_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found("decision", decision_id))
}

/// Updates an annotation in place; the signature stays as written.
fn update(conn: &Connection, id: &str, input: &AnnotationInput) -> Result<Annotation> {
    let (comment, flags) = check(input)?;
    conn.execute(
        "UPDATE annotations SET stance = ?2, feeling = ?3, comment = ?4, flags = ?5,
             updated_at = ?6
         WHERE id = ?1",
        params![
            id,
            input.stance,
            input.feeling,
            comment,
            flags_json(&flags),
            now()
        ],
    )?;
    get(conn, id)
}

/// Checks a client-made id: a UUID (any version), so it cannot collide with another device's
/// by accident and carries nothing else.
fn client_id(id: &str) -> Result<&str> {
    uuid::Uuid::parse_str(id)
        .map(|_| id)
        .map_err(|_| Error::invalid("clientId", format!("{id:?} is not a UUID")))
}

impl Db {
    /// Adds the current person's annotation to the decision, signed with their name and role.
    pub fn add_annotation(
        &mut self,
        decision_id: &str,
        input: &AnnotationInput,
    ) -> Result<Annotation> {
        self.write(|tx| {
            decision_meeting(tx, decision_id)?;
            let me = author(tx)?;
            let id = insert(tx, decision_id, &me, input)?;
            let annotation = get(tx, &id)?;
            bring_in(tx, &annotation)?;
            Ok(annotation)
        })
    }

    /// Only the author (the current person) may edit it; the signature stays as written.
    pub fn update_annotation(&mut self, id: &str, input: &AnnotationInput) -> Result<Annotation> {
        self.write(|tx| {
            own(tx, id, "edit")?;
            update(tx, id, input)
        })
    }

    /// Only the author (the current person) may delete it.
    pub fn delete_annotation(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            own(tx, id, "delete")?;
            tx.execute("DELETE FROM annotations WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// A device's annotation, signed by `person_id` (the person the room admitted it as), on
    /// a decision of `meeting_id` only, stored under the device's own `client_id` so that a
    /// resend after a lost answer changes nothing: the annotation already stored under that
    /// id by the same person comes back as it is. The id taken by someone else is `forbidden`.
    /// With the annotation comes what it stamped on the running meeting (`bring_in`), if
    /// anything.
    pub fn add_annotation_as(
        &mut self,
        person_id: &str,
        meeting_id: &str,
        client_id: &str,
        decision_id: &str,
        input: &AnnotationInput,
    ) -> Result<(Annotation, Option<CustomerPulse>)> {
        let id = self::client_id(client_id)?;
        self.write(|tx| {
            match get(tx, id) {
                Ok(existing)
                    if existing.person_id.as_deref() == Some(person_id)
                        && existing.decision_id == decision_id =>
                {
                    return Ok((existing, None))
                }
                Ok(_) => {
                    return Err(Error::Forbidden(format!(
                        "the id {id} belongs to another annotation"
                    )))
                }
                Err(Error::NotFound { .. }) => {}
                Err(e) => return Err(e),
            }
            if decision_meeting(tx, decision_id)? != meeting_id {
                return Err(Error::not_found("decision", decision_id));
            }
            let me = people::get(tx, person_id)?;
            insert_with_id(tx, id, decision_id, &me, input)?;
            let annotation = get(tx, id)?;
            let pulse = bring_in(tx, &annotation)?;
            Ok((annotation, pulse))
        })
    }

    /// Only the author (`person_id`) may edit it, from their device.
    pub fn update_annotation_as(
        &mut self,
        person_id: &str,
        id: &str,
        input: &AnnotationInput,
    ) -> Result<Annotation> {
        self.write(|tx| {
            own_by(tx, id, Some(person_id), "edit")?;
            update(tx, id, input)
        })
    }

    /// Only the author (`person_id`) may delete it, from their device.
    pub fn delete_annotation_as(&mut self, person_id: &str, id: &str) -> Result<()> {
        self.write(|tx| {
            own_by(tx, id, Some(person_id), "delete")?;
            tx.execute("DELETE FROM annotations WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}
