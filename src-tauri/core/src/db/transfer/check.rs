//! Checks a parsed decision-log file as a whole before anything is merged: every id is one the
//! app could have made (a UUID), no timestamp lies more than a day in the future (a record
//! dated 9999 would win every later merge), and an agenda item's timer is in range. An error
//! names the record and field (`decisions[2].updatedAt`) and nothing is written.

use chrono::{DateTime, Duration, Utc};

use super::file::{AgendaRec, DecisionRec, LogFile, MeetingRec};
use crate::db::action_items;
use crate::{Error, Result};

/// How far ahead of this computer's clock a file's timestamp may be (another laptop's clock
/// may run ahead, by hours but not by days).
pub const FUTURE_SKEW_HOURS: i64 = 24;

/// The longest an agenda item's timer can have run, in milliseconds (a day).
pub const MAX_ELAPSED_MS: i64 = 24 * 60 * 60 * 1000;

struct Check {
    now: DateTime<Utc>,
    latest: DateTime<Utc>,
}

impl Check {
    fn id(&self, path: &str, field: &str, id: &str) -> Result<()> {
        if uuid::Uuid::try_parse(id).is_ok() {
            return Ok(());
        }
        let shown: String = id.chars().take(60).collect();
        Err(Error::invalid(
            format!("{path}.{field}"),
            format!("{shown:?} is not an id Empty Chair makes (a UUID)"),
        ))
    }

    fn ids<'a>(
        &self,
        path: &str,
        field: &str,
        ids: impl IntoIterator<Item = &'a String>,
    ) -> Result<()> {
        for (j, id) in ids.into_iter().enumerate() {
            self.id(path, &format!("{field}[{j}]"), id)?;
        }
        Ok(())
    }

    fn opt_id(&self, path: &str, field: &str, id: Option<&String>) -> Result<()> {
        id.map_or(Ok(()), |id| self.id(path, field, id))
    }

    /// A timestamp that parses must not be past the allowed skew; its form is checked where
    /// it is compared (`merge::check_stamp`).
    fn stamp(&self, path: &str, field: &str, stamp: Option<&String>) -> Result<()> {
        let Some(stamp) = stamp else { return Ok(()) };
        match DateTime::parse_from_rfc3339(stamp) {
            Ok(t) if t.with_timezone(&Utc) > self.latest => Err(Error::invalid(
                format!("{path}.{field}"),
                format!(
                    "{stamp:?} is more than {FUTURE_SKEW_HOURS} hours in the future; a record \
                     dated ahead would win every later merge"
                ),
            )),
            _ => Ok(()),
        }
    }

    /// `created_at` and `updated_at`, the pair every record has.
    fn stamps(&self, path: &str, created: &String, updated: &String) -> Result<()> {
        self.stamp(path, "createdAt", Some(created))?;
        self.stamp(path, "updatedAt", Some(updated))
    }
}

/// Refuses the file if one of its ids, timestamps or timers is out of range, naming the first.
pub(super) fn check_file(file: &LogFile, now: DateTime<Utc>) -> Result<()> {
    let c = Check {
        now,
        latest: now + Duration::hours(FUTURE_SKEW_HOURS),
    };
    c.people(file)?;
    c.anecdotes(file)?;
    c.decks(file)?;
    for (i, m) in file.meetings.iter().enumerate() {
        c.meeting(&format!("meetings[{i}]"), m)?;
    }
    for (i, d) in file.decisions.iter().enumerate() {
        c.decision(&format!("decisions[{i}]"), d)?;
    }
    c.action_items(file)
}

impl Check {
    /// The people and the personas.
    fn people(&self, file: &LogFile) -> Result<()> {
        for (i, p) in file.people.iter().enumerate() {
            let path = format!("people[{i}]");
            self.id(&path, "id", &p.id)?;
            self.stamps(&path, &p.created_at, &p.updated_at)?;
            self.stamp(&path, "archivedAt", p.archived_at.as_ref())?;
        }
        for (i, p) in file.personas.iter().enumerate() {
            let path = format!("personas[{i}]");
            self.id(&path, "id", &p.id)?;
            self.stamps(&path, &p.created_at, &p.updated_at)?;
            self.stamp(&path, "archivedAt", p.archived_at.as_ref())?;
        }
        Ok(())
    }

    /// The anecdotes and their escalations.
    fn anecdotes(&self, file: &LogFile) -> Result<()> {
        for (i, a) in file.anecdotes.iter().enumerate() {
            let path = format!("anecdotes[{i}]");
            self.id(&path, "id", &a.id)?;
            self.ids(&path, "personaIds", &a.persona_ids)?;
            self.stamps(&path, &a.created_at, &a.updated_at)?;
        }
        for (i, e) in file.escalations.iter().enumerate() {
            let path = format!("escalations[{i}]");
            self.id(&path, "id", &e.id)?;
            self.id(&path, "anecdoteId", &e.anecdote_id)?;
            self.opt_id(&path, "meetingId", e.meeting_id.as_ref())?;
            self.opt_id(
                &path,
                "reportedInMeetingId",
                e.reported_in_meeting_id.as_ref(),
            )?;
            self.stamps(&path, &e.created_at, &e.updated_at)?;
            self.stamp(&path, "resolvedAt", e.resolved_at.as_ref())?;
        }
        Ok(())
    }

    fn decks(&self, file: &LogFile) -> Result<()> {
        for (i, d) in file.decks.iter().enumerate() {
            let path = format!("decks[{i}]");
            self.id(&path, "id", &d.id)?;
            self.stamps(&path, &d.created_at, &d.updated_at)?;
            for (j, p) in d.prompts.iter().enumerate() {
                let path = format!("{path}.prompts[{j}]");
                self.id(&path, "id", &p.id)?;
                self.stamps(&path, &p.created_at, &p.updated_at)?;
            }
        }
        Ok(())
    }

    /// A meeting with its room, agenda, answers and consultations.
    fn meeting(&self, path: &str, m: &MeetingRec) -> Result<()> {
        self.id(path, "id", &m.id)?;
        self.opt_id(path, "deckId", m.deck_id.as_ref())?;
        self.opt_id(
            path,
            "currentAgendaItemId",
            m.current_agenda_item_id.as_ref(),
        )?;
        self.ids(path, "personaIds", &m.persona_ids)?;
        self.stamps(path, &m.created_at, &m.updated_at)?;
        for (field, stamp) in [
            ("lastCustomerReferenceAt", &m.last_customer_reference_at),
            ("startedAt", &m.started_at),
            ("endedAt", &m.ended_at),
        ] {
            self.stamp(path, field, stamp.as_ref())?;
        }
        for (j, a) in m.attendees.iter().enumerate() {
            let path = format!("{path}.attendees[{j}]");
            self.id(&path, "id", &a.id)?;
            self.stamp(&path, "createdAt", Some(&a.created_at))?;
        }
        for (j, a) in m.agenda.iter().enumerate() {
            self.agenda_item(&format!("{path}.agenda[{j}]"), a)?;
        }
        for (j, a) in m.answers.iter().enumerate() {
            let path = format!("{path}.answers[{j}]");
            self.id(&path, "id", &a.id)?;
            self.id(&path, "promptId", &a.prompt_id)?;
            self.opt_id(&path, "agendaItemId", a.agenda_item_id.as_ref())?;
            self.opt_id(&path, "decisionId", a.decision_id.as_ref())?;
            self.stamps(&path, &a.created_at, &a.updated_at)?;
        }
        for (j, r) in m.consulted.iter().enumerate() {
            let path = format!("{path}.consulted[{j}]");
            self.id(&path, "anecdoteId", &r.anecdote_id)?;
            self.stamp(&path, "at", Some(&r.at))?;
        }
        Ok(())
    }

    /// An agenda item, whose timer must be in range and, if running, started between the
    /// item's creation and now.
    fn agenda_item(&self, path: &str, a: &AgendaRec) -> Result<()> {
        self.id(path, "id", &a.id)?;
        self.stamps(path, &a.created_at, &a.updated_at)?;
        for (field, stamp) in [
            ("startedAt", &a.started_at),
            ("runningSince", &a.running_since),
            ("doneAt", &a.done_at),
            ("lastCustomerReferenceAt", &a.last_customer_reference_at),
        ] {
            self.stamp(path, field, stamp.as_ref())?;
        }
        if !(0..=MAX_ELAPSED_MS).contains(&a.elapsed_ms) {
            return Err(Error::invalid(
                format!("{path}.elapsedMs"),
                format!(
                    "{} is out of range (0 to {MAX_ELAPSED_MS} ms, a day)",
                    a.elapsed_ms
                ),
            ));
        }
        if let Some(since) = &a.running_since {
            let ok = DateTime::parse_from_rfc3339(since)
                .is_ok_and(|t| t.with_timezone(&Utc) <= self.now && since >= &a.created_at);
            if !ok {
                return Err(Error::invalid(
                    format!("{path}.runningSince"),
                    format!(
                        "{since:?} is out of range: a running timer started after the item \
                         was created and not after now"
                    ),
                ));
            }
        }
        Ok(())
    }

    /// A decision with its impacts, evidence and annotations.
    fn decision(&self, path: &str, d: &DecisionRec) -> Result<()> {
        self.id(path, "id", &d.id)?;
        self.id(path, "meetingId", &d.meeting_id)?;
        self.opt_id(path, "agendaItemId", d.agenda_item_id.as_ref())?;
        self.opt_id(path, "supersededBy", d.superseded_by.as_ref())?;
        self.stamps(path, &d.created_at, &d.updated_at)?;
        self.stamp(path, "gateOverriddenAt", d.gate_overridden_at.as_ref())?;
        self.stamp(path, "reviewedAt", d.reviewed_at.as_ref())?;
        for (j, im) in d.impacts.iter().enumerate() {
            let path = format!("{path}.impacts[{j}]");
            self.id(&path, "id", &im.id)?;
            self.opt_id(&path, "personaId", im.persona_id.as_ref())?;
            self.stamps(&path, &im.created_at, &im.updated_at)?;
        }
        for (j, e) in d.evidence.iter().enumerate() {
            let path = format!("{path}.evidence[{j}]");
            self.id(&path, "anecdoteId", &e.anecdote_id)?;
            self.stamp(&path, "createdAt", Some(&e.created_at))?;
        }
        for (j, a) in d.annotations.iter().enumerate() {
            let path = format!("{path}.annotations[{j}]");
            self.id(&path, "id", &a.id)?;
            self.opt_id(&path, "personId", a.person_id.as_ref())?;
            self.stamps(&path, &a.created_at, &a.updated_at)?;
        }
        Ok(())
    }

    fn action_items(&self, file: &LogFile) -> Result<()> {
        for (i, a) in file.action_items.iter().enumerate() {
            let path = format!("actionItems[{i}]");
            self.id(&path, "id", &a.id)?;
            self.id(&path, "meetingId", &a.meeting_id)?;
            self.opt_id(&path, "decisionId", a.decision_id.as_ref())?;
            self.opt_id(&path, "ownerPersonId", a.owner_person_id.as_ref())?;
            self.stamps(&path, &a.created_at, &a.updated_at)?;
            self.stamp(&path, "doneAt", a.done_at.as_ref())?;
            action_items::check_length(&format!("{path}.what"), &a.what)?;
        }
        Ok(())
    }
}
