//! The meeting as the room runs it: the agenda clock, customer references, prompt answers,
//! the decision draft, the one-way-door gate, decision edits and the empty-chair score.

mod clock;
mod consulted;
mod edits;
mod gate;
mod prompts;
mod references;
mod score;

use std::path::PathBuf;

use chair_core::model::{
    AnswerInput, CustomerReference, CustomerReferenceKind, DecisionInput, DecisionStatus,
    ImpactDirection, MeetingStatus, MeetingView, NewAgendaItem, NewAttendee, NewDecision,
    NewImpact, NewMeeting, Prompt, Reversibility, Role,
};
use chair_core::Db;
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use crate::storage::tempdir;
use crate::{
    decide, listed_anecdote_ids, meeting_titled, sample_db, sample_db_at, stating, titled,
};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap()
}

fn at(seconds: i64) -> DateTime<Utc> {
    t0() + Duration::seconds(seconds)
}

/// The five-questions deck (five prompts).
fn five_questions(db: &Db) -> String {
    let decks = db.list_decks().unwrap();
    let deck = decks
        .iter()
        .find(|d| d.name == "The five customer questions")
        .unwrap();
    assert_eq!(deck.prompts.len(), 5);
    deck.id.clone()
}

/// A planned meeting with three agenda items and the five-questions deck.
fn planned(db: &mut Db) -> String {
    let deck = five_questions(db);
    let persona = db.list_personas(false).unwrap()[0].id.clone();
    db.create_meeting(&NewMeeting {
        held_on: Some(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()),
        deck_id: Some(deck),
        persona_ids: Some(vec![persona]),
        agenda: Some(vec![
            NewAgendaItem {
                title: "Guest checkout".into(),
                planned_minutes: Some(10),
            },
            NewAgendaItem {
                title: "Saved cards".into(),
                planned_minutes: Some(15),
            },
            "Wrap up".into(),
        ]),
        attendees: Some(vec![
            NewAttendee {
                name: "Lena".into(),
                role: Some(Role::Facilitator),
            },
            NewAttendee {
                name: "Sam".into(),
                role: Some(Role::Ambassador),
            },
            NewAttendee {
                name: "Kim".into(),
                role: None,
            },
        ]),
        nudge_minutes: Some(7),
        planned: Some(true),
        ..titled("Checkout review")
    })
    .unwrap()
    .id
}

/// A planned meeting (see `planned`) started at `at(0)`, then opened: its id and view.
fn started(db: &mut Db) -> (String, MeetingView) {
    let id = planned(db);
    db.start_meeting(&id, at(0)).unwrap();
    let v = db.open_meeting(&id).unwrap();
    (id, v)
}

/// A planned meeting (see `planned`) in the sample workspace in a file: the file, the open
/// workspace and the meeting's id.
fn planned_in_file() -> (PathBuf, Db, String) {
    let path = tempdir().join("w.db");
    let mut db = sample_db_at(&path);
    let id = planned(&mut db);
    (path, db, id)
}

/// The prompts of the deck of the meeting `id`.
fn deck_prompts(db: &mut Db, id: &str) -> Vec<Prompt> {
    db.open_meeting(id).unwrap().deck.unwrap().prompts
}

/// Answers each of `prompts` in the meeting `id` with "answered".
fn answer_each(db: &mut Db, id: &str, prompts: &[Prompt]) {
    for p in prompts {
        db.answer_prompt(&answer(id, &p.id, "answered")).unwrap();
    }
}

fn item(view: &MeetingView, i: usize) -> &chair_core::model::AgendaItem {
    &view.agenda[i]
}

fn answer(meeting: &str, prompt: &str, text: &str) -> AnswerInput {
    AnswerInput {
        meeting_id: meeting.into(),
        prompt_id: prompt.into(),
        answer: text.into(),
        ..Default::default()
    }
}

fn impact(direction: ImpactDirection, what: &str) -> NewImpact {
    NewImpact {
        persona_id: None,
        segment: Some("Guests".into()),
        direction,
        magnitude: Some(3),
        confidence: None,
        reach: None,
        what_changes: what.into(),
    }
}

fn one_way(db: &mut Db, meeting: &str, evidence: Vec<String>) -> chair_core::model::Decision {
    db.record_decision(&NewDecision {
        reversibility: Some(Reversibility::OneWay),
        evidence_ids: Some(evidence),
        ..stating(meeting, "Delete stored cards after a year")
    })
    .unwrap()
}
