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

use chair_core::model::{AnswerInput, DeckInput, NewMeeting, PromptInput};
use chair_core::Db;

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
            title: "Returns policy review".into(),
            deck_id: deck.as_ref().map(|d| d.id.clone()),
            ..Default::default()
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
