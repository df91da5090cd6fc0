//! Merging meetings: the meeting itself with its chair and room (which follow it, having no
//! date of their own), its agenda items, answers and the anecdotes consulted in it.

use rusqlite::params;

use super::{at, check_stamp, mapped, Merge};
use crate::db::record::{add, set, Record};
use crate::db::transfer::file::{
    AgendaRec, AnswerRec, AttendeeRec, ConsultedRec, LogFile, MeetingRec,
};
use crate::Result;

impl Merge<'_> {
    pub(super) fn meetings(&mut self, file: &LogFile) -> Result<()> {
        for (i, m) in file.meetings.iter().enumerate() {
            let path = format!("meetings[{i}]");
            check_stamp(&format!("{path}.createdAt"), &m.created_at)?;
            let verdict = self.judge("meeting", &path, m, &m.title)?;
            if verdict.writes() {
                self.meeting(&path, m)?;
                self.room(&path, m)?;
            }
            self.agenda(&path, m)?;
            if let Some(item) = &m.current_agenda_item_id {
                self.require(
                    "agenda_items",
                    "agenda item",
                    &format!("{path}.currentAgendaItemId"),
                    item,
                )?;
            }
        }
        Ok(())
    }

    /// Writes the meeting's own row, with the workspace's copy of its deck.
    fn meeting(&mut self, path: &str, m: &MeetingRec) -> Result<()> {
        let deck_id = m
            .deck_id
            .as_ref()
            .map(|d| self.same_deck.get(d).unwrap_or(d).clone());
        if let Some(deck) = &deck_id {
            self.require(
                "prompt_decks",
                "prompt deck",
                &format!("{path}.deckId"),
                deck,
            )?;
        }
        let mut values = m.values();
        set(&mut values, "deck_id", deck_id);
        self.upsert(MeetingRec::TABLE, &values).map_err(at(path))
    }

    /// Replaces the written meeting's personas and attendees with the file's, in its order.
    fn room(&mut self, path: &str, m: &MeetingRec) -> Result<()> {
        self.conn.execute(
            "DELETE FROM meeting_personas WHERE meeting_id = ?1",
            [&m.id],
        )?;
        for (j, p) in m.persona_ids.iter().enumerate() {
            let ppath = format!("{path}.personaIds[{j}]");
            self.require("personas", "persona", &ppath, p)?;
            self.conn
                .execute(
                    "INSERT OR IGNORE INTO meeting_personas (meeting_id, persona_id, position)
                     VALUES (?1, ?2, ?3)",
                    params![m.id, p, j as u32],
                )
                .map_err(|e| at(&ppath)(e.into()))?;
        }
        self.conn.execute(
            "DELETE FROM meeting_attendees WHERE meeting_id = ?1",
            [&m.id],
        )?;
        for (j, a) in m.attendees.iter().enumerate() {
            let apath = format!("{path}.attendees[{j}]");
            let mut values = a.values();
            add(&mut values, "meeting_id", &m.id);
            add(&mut values, "position", j as u32);
            self.insert("INSERT", AttendeeRec::TABLE, &values)
                .map_err(at(&apath))?;
        }
        Ok(())
    }

    /// The meeting's agenda items, each compared by its own date.
    fn agenda(&mut self, path: &str, m: &MeetingRec) -> Result<()> {
        for (j, a) in m.agenda.iter().enumerate() {
            let apath = format!("{path}.agenda[{j}]");
            let verdict = self.judge_child(
                "agenda item",
                (AgendaRec::TABLE, Some(("meeting_id", m.id.as_str()))),
                &apath,
                &a.id,
                &a.updated_at,
                &a.title,
            )?;
            if verdict.writes() {
                let mut values = a.values();
                add(&mut values, "meeting_id", &m.id);
                self.upsert(AgendaRec::TABLE, &values).map_err(at(&apath))?;
            }
        }
        Ok(())
    }

    /// The meetings' answers and consulted anecdotes, once the decisions they name are in.
    pub(super) fn answers(&mut self, file: &LogFile) -> Result<()> {
        for (i, m) in file.meetings.iter().enumerate() {
            for (j, a) in m.answers.iter().enumerate() {
                self.answer(&format!("meetings[{i}].answers[{j}]"), m, a)?;
            }
            for (j, c) in m.consulted.iter().enumerate() {
                self.consulted(&format!("meetings[{i}].consulted[{j}]"), m, c)?;
            }
        }
        Ok(())
    }

    fn answer(&mut self, path: &str, m: &MeetingRec, a: &AnswerRec) -> Result<()> {
        let verdict = self.judge_child(
            "answer",
            (AnswerRec::TABLE, Some(("meeting_id", m.id.as_str()))),
            path,
            &a.id,
            &a.updated_at,
            &a.answer,
        )?;
        if !verdict.writes() {
            return Ok(());
        }
        let prompt = self.same_prompt.get(&a.prompt_id).unwrap_or(&a.prompt_id);
        self.require("prompts", "prompt", &format!("{path}.promptId"), prompt)?;
        if let Some(d) = &a.decision_id {
            self.require("decisions", "decision", &format!("{path}.decisionId"), d)?;
        }
        let mut values = a.values();
        set(&mut values, "prompt_id", prompt);
        add(&mut values, "meeting_id", &m.id);
        self.upsert(AnswerRec::TABLE, &values).map_err(at(path))
    }

    fn consulted(&mut self, path: &str, m: &MeetingRec, c: &ConsultedRec) -> Result<()> {
        let anecdote = mapped(&self.same_anecdote, &c.anecdote_id);
        self.require(
            "anecdotes",
            "anecdote",
            &format!("{path}.anecdoteId"),
            anecdote,
        )?;
        let mut values = c.values();
        set(&mut values, "anecdote_id", anecdote);
        add(&mut values, "meeting_id", &m.id);
        self.insert("INSERT OR IGNORE", ConsultedRec::TABLE, &values)
            .map_err(at(path))
    }
}
