//! Integration tests of chair-core: one binary, one module per area, in-memory or temporary
//! databases.

mod action_items;
mod agenda_fixtures;
mod anecdotes;
mod annotation_fixtures;
mod annotations;
mod crash;
mod decision_fixtures;
mod decision_search;
mod decks;
mod escalations;
mod exports;
mod fuzzed;
mod gate_fixtures;
mod import;
mod layers;
mod library;
mod meeting_edits;
mod meeting_flow;
mod meetings;
mod people;
mod personas;
mod recovery;
mod reports;
mod reviews;
mod score_fixtures;
mod search;
mod storage;
mod transfer;
mod two_copies;
mod ui_fixtures;
mod workspace;

use std::path::Path;

use chair_core::model::{
    AnswerInput, Decision, DecisionInput, DecisionStatus, DeckInput, Meeting, NewDecision,
    NewMeeting, NewPersona, Person, PersonInput, Persona, PromptInput, Role,
};
use chair_core::Db;
use chrono::NaiveDate;

/// A fresh in-memory workspace with the sample loaded.
pub fn sample_db() -> Db {
    let mut db = Db::open_in_memory().expect("in-memory db");
    assert!(db.initialize_if_new().expect("sample loads"));
    db
}

/// A fresh in-memory workspace, empty but for the built-in prompt decks.
pub fn empty_db() -> Db {
    let mut db = Db::open_in_memory().expect("in-memory db");
    db.start_empty().expect("empty workspace");
    db
}

/// The sample workspace in a file at `path`, open.
pub fn sample_db_at(path: &Path) -> Db {
    let mut db = Db::open(path).unwrap();
    db.initialize_if_new().unwrap();
    db
}

/// A day of the calendar, written as tests write dates.
pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// What creates a meeting called `title`, all else at its default.
pub fn titled(title: &str) -> NewMeeting {
    NewMeeting {
        title: title.into(),
        ..Default::default()
    }
}

/// A new meeting called `title`, all else at its default.
pub fn meeting_titled(db: &mut Db, title: &str) -> Meeting {
    db.create_meeting(&titled(title)).unwrap()
}

/// A new meeting called `title` held `on` that day, all else at its default.
pub fn meeting_held(db: &mut Db, title: &str, on: NaiveDate) -> Meeting {
    db.create_meeting(&NewMeeting {
        held_on: Some(on),
        ..titled(title)
    })
    .unwrap()
}

/// What records a decision stating `statement` in the meeting `meeting_id`, all else at its
/// default.
pub fn stating(meeting_id: &str, statement: &str) -> NewDecision {
    NewDecision {
        meeting_id: meeting_id.into(),
        statement: statement.into(),
        ..Default::default()
    }
}

/// Records a decision stating `statement` in the meeting `meeting_id`, all else at its default.
pub fn decide(db: &mut Db, meeting_id: &str, statement: &str) -> Decision {
    db.record_decision(&stating(meeting_id, statement)).unwrap()
}

/// Marks the decision `id` (its statement kept as `statement`) superseded by the decision `by`.
pub fn supersede(db: &mut Db, id: &str, statement: &str, by: &str) -> Decision {
    let superseded = DecisionInput {
        statement: statement.into(),
        status: Some(DecisionStatus::Superseded),
        superseded_by: Some(by.into()),
        ..Default::default()
    };
    db.update_decision(id, &superseded).unwrap()
}

/// The ids of the anecdotes a search with no words lists, in its order.
pub fn listed_anecdote_ids(db: &Db) -> Vec<String> {
    db.search_anecdotes(&Default::default())
        .unwrap()
        .into_iter()
        .map(|h| h.anecdote.id)
        .collect()
}

/// A new person called `name`, with `role` (none: the default role).
pub fn add_person(db: &mut Db, name: &str, role: Option<Role>) -> Person {
    db.create_person(&PersonInput {
        name: name.into(),
        role,
    })
    .unwrap()
}

/// A new persona called `name`, all else at its default.
pub fn add_persona(db: &mut Db, name: &str) -> Persona {
    db.create_persona(&NewPersona {
        name: name.into(),
        ..Default::default()
    })
    .unwrap()
}

/// The active person called `name`.
pub fn person_named(db: &Db, name: &str) -> Person {
    db.list_people(false)
        .unwrap()
        .into_iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} is in the workspace"))
}

/// Chooses the active person called `name` as the one at the keyboard; answers their id.
pub fn be(db: &mut Db, name: &str) -> String {
    let id = person_named(db, name).id;
    db.set_current_person(Some(&id)).unwrap();
    id
}

/// The first active persona that `is` says is the one.
pub fn persona_where(db: &Db, is: impl Fn(&Persona) -> bool) -> Persona {
    db.list_personas(false)
        .unwrap()
        .into_iter()
        .find(|p| is(p))
        .expect("the persona is in the workspace")
}

/// The meeting "Returns policy review" with a deck `deck_name` of `prompts` (no deck when there
/// are none), its prompts answered where `answer(place, text)` says so; answers its id.
pub fn meeting_answering(
    db: &mut Db,
    deck_name: &str,
    prompts: &[String],
    answer: impl Fn(usize, &str) -> bool,
) -> String {
    let deck = (!prompts.is_empty()).then(|| {
        db.create_deck(&DeckInput {
            name: deck_name.into(),
            prompts: prompts
                .iter()
                .map(|text| PromptInput {
                    text: text.clone(),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        })
        .unwrap()
    });
    let meeting = db
        .create_meeting(&NewMeeting {
            deck_id: deck.as_ref().map(|d| d.id.clone()),
            ..titled("Returns policy review")
        })
        .unwrap()
        .id;
    let prompts = deck.iter().flat_map(|d| &d.prompts).enumerate();
    for (_, p) in prompts.filter(|(i, p)| answer(*i, &p.text)) {
        db.answer_prompt(&AnswerInput {
            meeting_id: meeting.clone(),
            prompt_id: p.id.clone(),
            answer: "answered".into(),
            ..Default::default()
        })
        .unwrap();
    }
    meeting
}
