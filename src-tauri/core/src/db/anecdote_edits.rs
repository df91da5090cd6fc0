//! One anecdote at a time, as the user writes, edits, deletes and undeletes it in the
//! library; an undo puts back its persona links, its place as evidence, its consultations and
//! its escalations. The rows themselves, and many at a time, are `anecdotes.rs`'s.

use std::collections::HashSet;

use rusqlite::{params, Connection, OptionalExtension};

use super::anecdotes::{
    attach_personas, check, from_row, insert_row, link_personas, text_hash, NewAnecdote, COLUMNS,
};
use super::{date_text, escalations, personas, to_json, Db};
use crate::model::{
    Anecdote, AnecdoteInput, Consultation, CustomerReferenceKind, DeletedAnecdote, Provenance,
    Sentiment,
};
use crate::time::{new_id, now};
use crate::{Error, Result};

/// The anecdote `input` describes, with the defaults filled in and tidied as stored: text,
/// channel, product area, segment and source reference trimmed; tags trimmed, lowercased and
/// without repeats; personas without repeats and checked to exist.
fn from_input(conn: &Connection, input: &AnecdoteInput) -> Result<NewAnecdote> {
    let text = |v: &Option<String>| v.as_deref().unwrap_or("").trim().to_owned();
    let mut seen = HashSet::new();
    let tags = input
        .tags
        .iter()
        .flatten()
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty() && seen.insert(t.clone()))
        .collect();
    let anecdote = NewAnecdote {
        text: input.text.trim().to_owned(),
        said_on: input.said_on,
        channel: text(&input.channel),
        product_area: text(&input.product_area),
        segment: text(&input.segment),
        sentiment: input.sentiment.unwrap_or(Sentiment::Unknown),
        severity: input.severity.unwrap_or(3),
        customer_count: input.customer_count.unwrap_or(1),
        tags,
        source_ref: Some(text(&input.source_ref)).filter(|s| !s.is_empty()),
        provenance: input.provenance.unwrap_or(Provenance::Real),
        persona_ids: Vec::new(),
    };
    check(&anecdote)?;
    let mut persona_ids: Vec<String> = Vec::new();
    for persona in input.persona_ids.iter().flatten() {
        if !persona_ids.contains(persona) {
            personas::require(conn, persona)?;
            persona_ids.push(persona.clone());
        }
    }
    Ok(NewAnecdote {
        persona_ids,
        ..anecdote
    })
}

fn get(conn: &Connection, id: &str) -> Result<Anecdote> {
    let mut found = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM anecdotes a WHERE a.id = ?1"
        ))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("anecdote", id))?;
    attach_personas(conn, std::slice::from_mut(&mut found))?;
    Ok(found)
}

fn exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM anecdotes WHERE id = ?1)")?
        .query_row([id], |r| r.get(0))?)
}

/// Refuses a timestamp that is not RFC 3339 (an undo carries them back from the UI).
fn check_stamp(field: &str, stamp: &str) -> Result<()> {
    chrono::DateTime::parse_from_rfc3339(stamp)
        .map(|_| ())
        .map_err(|_| Error::invalid(field, format!("{stamp:?} is not an RFC 3339 timestamp")))
}

impl Db {
    /// Adds one anecdote the user wrote. Only the text is required; see `AnecdoteInput`.
    pub fn create_anecdote(&mut self, input: &AnecdoteInput) -> Result<Anecdote> {
        self.write(|tx| {
            let anecdote = from_input(tx, input)?;
            let id = new_id();
            let at = now();
            insert_row(tx, &id, &anecdote, &at, &at)?;
            get(tx, &id)
        })
    }

    /// Replaces every field of the anecdote and its persona links with `input`'s.
    pub fn update_anecdote(&mut self, id: &str, input: &AnecdoteInput) -> Result<Anecdote> {
        self.write(|tx| {
            if !exists(tx, id)? {
                return Err(Error::not_found("anecdote", id));
            }
            let a = from_input(tx, input)?;
            tx.execute(
                "UPDATE anecdotes SET text = ?2, said_on = ?3, channel = ?4, product_area = ?5,
                     segment = ?6, sentiment = ?7, severity = ?8, customer_count = ?9,
                     tags = ?10, source_ref = ?11, provenance = ?12, text_hash = ?13,
                     updated_at = ?14
                 WHERE id = ?1",
                params![
                    id,
                    a.text,
                    date_text(a.said_on),
                    a.channel,
                    a.product_area,
                    a.segment,
                    a.sentiment,
                    a.severity,
                    a.customer_count,
                    to_json(&a.tags),
                    a.source_ref,
                    a.provenance,
                    text_hash(&a.text),
                    now()
                ],
            )?;
            tx.execute("DELETE FROM anecdote_personas WHERE anecdote_id = ?1", [id])?;
            link_personas(tx, id, &a.persona_ids)?;
            get(tx, id)
        })
    }

    /// Deletes the anecdote, its persona links, its place as evidence and its escalations;
    /// returns all of it so that `restore_anecdote` can undo the delete.
    pub fn delete_anecdote(&mut self, id: &str) -> Result<DeletedAnecdote> {
        self.write(|tx| {
            let anecdote = get(tx, id)?;
            let evidence_decision_ids = tx
                .prepare_cached(
                    "SELECT decision_id FROM decision_evidence WHERE anecdote_id = ?1
                     ORDER BY decision_id",
                )?
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let consulted_in = tx
                .prepare_cached(
                    "SELECT meeting_id, first_kind, first_at FROM meeting_anecdotes
                     WHERE anecdote_id = ?1 ORDER BY meeting_id",
                )?
                .query_map([id], |r| {
                    Ok(Consultation {
                        meeting_id: r.get(0)?,
                        kind: r.get(1)?,
                        at: r.get(2)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            let escalations = escalations::for_anecdote(tx, id)?;
            // Links, evidence, consultations and escalations go with it (ON DELETE CASCADE).
            tx.execute("DELETE FROM anecdotes WHERE id = ?1", [id])?;
            Ok(DeletedAnecdote {
                anecdote,
                evidence_decision_ids,
                consulted_in,
                escalations,
            })
        })
    }

    /// Undoes `delete_anecdote`: the anecdote comes back with its id, text and timestamps, its
    /// links to the personas that still exist, its place as evidence in the decisions that
    /// still exist, and its escalations as they were (their links to meetings that no longer
    /// exist left empty). Refused (`invalid`, field `id`) if an anecdote with its id is stored.
    pub fn restore_anecdote(&mut self, deleted: &DeletedAnecdote) -> Result<Anecdote> {
        let a = &deleted.anecdote;
        if a.id.trim().is_empty() {
            return Err(Error::invalid("id", "must not be empty"));
        }
        check_stamp("createdAt", &a.created_at)?;
        check_stamp("updatedAt", &a.updated_at)?;
        self.write(|tx| {
            if exists(tx, &a.id)? {
                return Err(Error::invalid(
                    "id",
                    format!(
                        "an anecdote with id {} already exists; nothing to undo",
                        a.id
                    ),
                ));
            }
            let mut persona_ids = Vec::new();
            for persona in &a.persona_ids {
                if !persona_ids.contains(persona) && personas::require(tx, persona).is_ok() {
                    persona_ids.push(persona.clone());
                }
            }
            let anecdote = NewAnecdote {
                persona_ids,
                ..NewAnecdote::from(a)
            };
            check(&anecdote)?;
            insert_row(tx, &a.id, &anecdote, &a.created_at, &a.updated_at)?;
            // Evidence is pinned when a decision is recorded, so the decision's own timestamp
            // puts the anecdote back where it was in the decision's evidence list.
            let mut pin = tx.prepare_cached(
                "INSERT OR IGNORE INTO decision_evidence (decision_id, anecdote_id, created_at)
                 SELECT id, ?2, created_at FROM decisions WHERE id = ?1",
            )?;
            for decision in &deleted.evidence_decision_ids {
                pin.execute([decision, &a.id])?;
            }
            let mut consulted = tx.prepare_cached(
                "INSERT OR IGNORE INTO meeting_anecdotes (meeting_id, anecdote_id, first_kind,
                     first_at)
                 SELECT id, ?2, ?3, ?4 FROM meetings WHERE id = ?1",
            )?;
            for c in &deleted.consulted_in {
                if !matches!(
                    c.kind,
                    CustomerReferenceKind::AnecdoteOpened | CustomerReferenceKind::AnecdotePinned
                ) {
                    return Err(Error::invalid(
                        "consultedIn.kind",
                        "must be anecdote_opened or anecdote_pinned",
                    ));
                }
                check_stamp("consultedIn.at", &c.at)?;
                consulted.execute(params![c.meeting_id, a.id, c.kind, c.at])?;
            }
            for (i, e) in deleted.escalations.iter().enumerate() {
                escalations::restore(tx, &a.id, i, e)?;
            }
            get(tx, &a.id)
        })
    }
}
