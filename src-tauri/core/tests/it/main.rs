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
