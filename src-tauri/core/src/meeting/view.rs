//! What the meeting screen and the summary show: a meeting with its agenda, decisions,
//! answers, escalations and score, read in one go from the tables below.

use rusqlite::Connection;

use super::empty_chair_score;
use crate::db::{
    action_items, agenda, answers, decision_links, decisions, escalations, meeting_decks, meetings,
    personas, references, settings,
};
use crate::model::{EmptyChairScore, MeetingStatus, MeetingSummary, MeetingView, ScorePoint};
use crate::{Db, Result};

/// Everything the meeting screen shows.
pub(crate) fn view(conn: &Connection, id: &str) -> Result<MeetingView> {
    let meeting = meetings::get(conn, id)?;
    let personas = meeting
        .persona_ids
        .iter()
        .map(|p| personas::get(conn, p))
        .collect::<Result<_>>()?;
    let deck = meeting_decks::questions(conn, &meeting)?;
    let decisions = decisions::for_meeting(conn, id)?;
    Ok(MeetingView {
        agenda: agenda::for_meeting(conn, id)?,
        decision_links: decision_links::links(conn, &decisions)?,
        action_items: action_items::for_meeting(conn, id)?,
        follow_ups: action_items::follow_ups(conn, id)?,
        decisions,
        answers: answers::for_meeting(conn, id)?,
        consulted_anecdote_ids: references::consulted_anecdote_ids(conn, id)?,
        escalations: escalations::for_meeting(conn, id)?,
        personas,
        deck,
        meeting,
    })
}

/// The empty-chair score of one meeting.
fn score(conn: &Connection, meeting_id: &str) -> Result<EmptyChairScore> {
    let meeting = meetings::get(conn, meeting_id)?;
    let decisions = decisions::for_meeting(conn, meeting_id)?;
    let (answered, total) = match meeting_decks::questions(conn, &meeting)? {
        Some(deck) => {
            let answered = decisions::answered_prompt_ids(conn, meeting_id)?;
            let prompts = deck.prompts;
            let done = prompts.iter().filter(|p| answered.contains(&p.id)).count();
            (done as u32, prompts.len() as u32)
        }
        None => (0, 0),
    };
    let consulted = references::consulted_anecdote_ids(conn, meeting_id)?.len() as u32;
    let spoken = references::spoken_for_customer(conn, meeting_id)?;
    Ok(empty_chair_score(
        &decisions, answered, total, consulted, spoken,
    ))
}

impl Db {
    /// Everything the meeting screen shows; also remembers it as the meeting to reopen.
    pub fn open_meeting(&mut self, id: &str) -> Result<MeetingView> {
        self.write(|tx| {
            let view = view(tx, id)?;
            settings::set(tx, settings::LAST_MEETING, id)?;
            Ok(view)
        })
    }

    /// Everything the meeting screen shows, without remembering it.
    pub fn meeting_view(&self, id: &str) -> Result<MeetingView> {
        view(self.conn(), id)
    }

    /// The meeting with its decisions, its empty-chair score, and the score of every ended
    /// meeting (and this one) by date.
    pub fn meeting_summary(&self, meeting_id: &str) -> Result<MeetingSummary> {
        let conn = self.conn();
        let meeting = meetings::get(conn, meeting_id)?;
        let mut ids = meetings::ended_ids(conn)?;
        if meeting.status != MeetingStatus::Ended {
            ids.push(meeting.id.clone());
        }
        let mut trend = Vec::with_capacity(ids.len());
        for id in &ids {
            let m = if *id == meeting.id {
                meeting.clone()
            } else {
                meetings::get(conn, id)?
            };
            trend.push(ScorePoint {
                score: score(conn, id)?.score,
                meeting_id: m.id,
                title: m.title,
                held_on: m.held_on,
            });
        }
        // This meeting, when still open, takes its place by date among the ended ones.
        trend.sort_by_key(|p| p.held_on);
        Ok(MeetingSummary {
            decisions: decisions::for_meeting(conn, meeting_id)?,
            score: score(conn, meeting_id)?,
            trend,
            meeting,
        })
    }
}
