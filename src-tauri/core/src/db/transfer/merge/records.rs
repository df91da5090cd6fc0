//! Merging the records that stand on their own: people (one the workspace has under another
//! id, by name, is that one), personas, anecdotes (through the anecdotes' own insert path),
//! action items and escalations.

use rusqlite::OptionalExtension;

use super::{at, check_stamp, mapped, Merge, Verdict};
use crate::db::anecdotes;
use crate::db::record::{set, Record};
use crate::db::transfer::file::{EscalationRec, LogFile, PersonaRec};
use crate::model::{ActionItem, Person};
use crate::{Error, Result};

impl Merge<'_> {
    /// The active person of the workspace with `p`'s name under another id, when `p` is
    /// active and not in the workspace: two active people cannot share a name, and two laptops
    /// that each added "Sam" mean the same Sam.
    fn namesake(&self, p: &Person) -> Result<Option<String>> {
        if p.archived_at.is_some() || self.exists("people", &p.id)? {
            return Ok(None);
        }
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM people
                 WHERE archived_at IS NULL AND lower(trim(name)) = lower(trim(?1))",
                [&p.name],
                |r| r.get(0),
            )
            .optional()?)
    }

    pub(super) fn people(&mut self, file: &LogFile) -> Result<()> {
        for (i, p) in file.people.iter().enumerate() {
            let path = format!("people[{i}]");
            if let Some(existing) = self.namesake(p)? {
                self.report.unchanged += 1;
                self.same_person.insert(p.id.clone(), existing);
                continue;
            }
            let verdict = self.judge("person", &path, p, &p.name)?;
            if verdict.writes() {
                self.upsert(Person::TABLE, &p.values()).map_err(at(&path))?;
            }
        }
        Ok(())
    }

    pub(super) fn personas(&mut self, file: &LogFile) -> Result<()> {
        for (i, p) in file.personas.iter().enumerate() {
            let path = format!("personas[{i}]");
            let verdict = self.judge("persona", &path, p, &p.name)?;
            if verdict.writes() {
                self.upsert(PersonaRec::TABLE, &p.values())
                    .map_err(at(&path))?;
            }
        }
        Ok(())
    }

    /// Anecdotes go through the anecdotes' own insert path, which checks them and feeds the
    /// search index's queue. One the workspace already holds under another id is not added
    /// again; only anecdotes that were there before the import count (two equal ones within the
    /// file both come in, as they were).
    pub(super) fn anecdotes(&mut self, file: &LogFile) -> Result<()> {
        for a in &file.anecdotes {
            if !self.exists("anecdotes", &a.id)? {
                if let Some(own) = anecdotes::duplicate_of(self.conn, a)? {
                    self.same_anecdote.insert(a.id.clone(), own);
                }
            }
        }
        for (i, a) in file.anecdotes.iter().enumerate() {
            let path = format!("anecdotes[{i}]");
            check_stamp(&format!("{path}.createdAt"), &a.created_at)?;
            if self.same_anecdote.contains_key(&a.id) {
                // Both workspaces imported the same customer export: one anecdote.
                self.report.unchanged += 1;
                continue;
            }
            let verdict = self.judge("anecdote", &path, a, &a.text)?;
            if verdict.writes() {
                for (j, p) in a.persona_ids.iter().enumerate() {
                    self.require("personas", "persona", &format!("{path}.personaIds[{j}]"), p)?;
                }
                anecdotes::store_exact(self.conn, a, verdict == Verdict::Update).map_err(|e| {
                    match e {
                        Error::Invalid { field, message } => {
                            Error::invalid(format!("{path}.{field}"), message)
                        }
                        other => at(&path)(other),
                    }
                })?;
            }
        }
        Ok(())
    }

    pub(super) fn action_items(&mut self, file: &LogFile) -> Result<()> {
        for (i, a) in file.action_items.iter().enumerate() {
            let path = format!("actionItems[{i}]");
            check_stamp(&format!("{path}.createdAt"), &a.created_at)?;
            let verdict = self.judge("action item", &path, a, &a.what)?;
            if !verdict.writes() {
                continue;
            }
            self.require(
                "meetings",
                "meeting",
                &format!("{path}.meetingId"),
                &a.meeting_id,
            )?;
            if let Some(d) = &a.decision_id {
                self.require("decisions", "decision", &format!("{path}.decisionId"), d)?;
            }
            let person =
                self.person(&format!("{path}.ownerPersonId"), a.owner_person_id.as_ref())?;
            let mut values = a.values();
            set(&mut values, "owner_person_id", person);
            self.upsert(ActionItem::TABLE, &values).map_err(at(&path))?;
        }
        Ok(())
    }

    pub(super) fn escalations(&mut self, file: &LogFile) -> Result<()> {
        for (i, e) in file.escalations.iter().enumerate() {
            let path = format!("escalations[{i}]");
            let text = format!("{} {}", e.owner, e.note);
            let verdict = self.judge("escalation", &path, e, &text)?;
            if verdict.writes() {
                let anecdote = mapped(&self.same_anecdote, &e.anecdote_id);
                self.require(
                    "anecdotes",
                    "anecdote",
                    &format!("{path}.anecdoteId"),
                    anecdote,
                )?;
                // The meetings it names may be outside the export: then it names none here.
                let known = |id: &Option<String>| -> Result<Option<String>> {
                    Ok(match id {
                        Some(m) if self.exists("meetings", m)? => Some(m.clone()),
                        _ => None,
                    })
                };
                let mut values = e.values();
                set(&mut values, "anecdote_id", anecdote);
                set(&mut values, "meeting_id", known(&e.meeting_id)?);
                set(
                    &mut values,
                    "reported_in_meeting_id",
                    known(&e.reported_in_meeting_id)?,
                );
                self.upsert(EscalationRec::TABLE, &values)
                    .map_err(at(&path))?;
            }
        }
        Ok(())
    }
}
