//! The decision log and its exports: what a filter takes, in which order, and that every
//! format keeps hostile customer text inert, is deterministic and refuses to replace files.
//! The hostile text is the corpus the end-to-end test imports into the real app
//! (`tests/fixtures/hostile.json`), every entry in every field of every format.

mod adr;
mod corpus;
mod every_format;
mod formats;
mod plant;
mod slots;

pub(crate) use plant::add_action_items;
use plant::*;
use slots::*;

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use chair_core::model::{
    ActionItemInput, AnecdoteInput, AnnotationFlag, AnnotationInput, DecisionFilter,
    DecisionStatus, ExportFormat, ExportReport, ImpactDirection, NewAttendee, NewDecision,
    NewImpact, NewMeeting, Reversibility, Role, Stance,
};
use chair_core::Db;
use serde_json::Value;

use crate::storage::tempdir;
use crate::{
    add_person, add_persona, day, decide, empty_db, meeting_held, persona_where, sample_db,
    stating, supersede, titled,
};

/// The hostile corpus, shared with the end-to-end test `tests/e2e/hostile.rs`: markup and
/// script, `javascript:` and `data:` links, CSS, template tricks, Unicode tricks, spreadsheet
/// formulas, Markdown and YAML structure, quotes.
const CORPUS: &str = include_str!("../../../../../tests/fixtures/hostile.json");

#[derive(serde::Deserialize)]
struct Entry {
    id: String,
    kind: String,
    text: String,
}

fn corpus() -> &'static [Entry] {
    static ENTRIES: LazyLock<Vec<Entry>> =
        LazyLock::new(|| serde_json::from_str(CORPUS).expect("tests/fixtures/hostile.json"));
    &ENTRIES
}

/// The text of the corpus entry `id`.
fn hostile(id: &str) -> &'static str {
    &corpus()
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no corpus entry {id}"))
        .text
}

/// The corpus entry that tries every format at once: a formula, a script, a heading, a
/// thematic break, a YAML key, a `javascript:` link and a table cell.
fn kitchen_sink() -> &'static str {
    hostile("kitchen-sink")
}

/// The sample plus a later meeting with one hostile decision (impact on the first persona,
/// hurts, one-way door) annotated by an ambassador in hostile words. Returns its decision id.
pub fn with_hostile_decision(db: &mut Db) -> String {
    let text = kitchen_sink();
    let persona = db.list_personas(false).unwrap()[0].id.clone();
    let meeting = db
        .create_meeting(&NewMeeting {
            held_on: Some(day(2026, 12, 2)),
            attendees: Some(vec![NewAttendee {
                name: "Ana <b>".into(),
                role: Some(Role::Facilitator),
            }]),
            ..titled(&format!("Later {text}"))
        })
        .unwrap();
    let decision = db
        .record_decision(&NewDecision {
            rationale: Some(text.into()),
            owner: Some("Sam\n---".into()),
            reversibility: Some(Reversibility::OneWay),
            impacts: Some(vec![NewImpact {
                persona_id: Some(persona),
                segment: None,
                direction: ImpactDirection::Hurts,
                magnitude: Some(4),
                confidence: None,
                reach: None,
                what_changes: text.into(),
            }]),
            ..stating(&meeting.id, &format!("Drop {text}"))
        })
        .unwrap();
    annotate(db, &decision.id, "Kim \"the voice\"", text);
    decision.id
}

/// An annotation by a new ambassador (who becomes the current person).
pub fn annotate(db: &mut Db, decision_id: &str, author: &str, comment: &str) {
    let person = add_person(db, author, Some(Role::Ambassador));
    db.set_current_person(Some(&person.id)).unwrap();
    db.add_annotation(
        decision_id,
        &AnnotationInput {
            stance: Stance::Opposes,
            feeling: Some(1),
            comment: comment.into(),
            flags: vec![AnnotationFlag::WouldLeave],
        },
    )
    .unwrap();
}

/// The names of what is in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The whole log exported as ADRs into `dir`, replacing what is there when `overwrite`.
fn export_adrs(db: &Db, dir: &Path, overwrite: bool) -> ExportReport {
    db.export_decision_log(
        &DecisionFilter::default(),
        ExportFormat::Adr,
        dir,
        overwrite,
    )
    .unwrap()
}

fn export(db: &Db, format: ExportFormat, path: &Path) -> String {
    let report = db
        .export_decision_log(&DecisionFilter::default(), format, path, false)
        .unwrap();
    assert_eq!(report.format, format);
    std::fs::read_to_string(path).unwrap()
}

fn statements(db: &Db, filter: DecisionFilter) -> Vec<String> {
    db.decision_log(&filter)
        .unwrap()
        .meetings
        .iter()
        .flat_map(|m| m.decisions.iter().map(|d| d.statement.clone()))
        .collect()
}
