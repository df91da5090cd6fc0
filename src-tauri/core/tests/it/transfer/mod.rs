//! The JSON export coming back: a round trip into an empty workspace is byte-equal, merging
//! by id adds, updates and keeps the newer, a dry run changes nothing, and a bad file is
//! refused naming the place.

mod forged;
mod forging;
mod layout;
mod merge;
mod refused;
mod round_trip;
mod travel;

use forging::*;

use std::path::{Path, PathBuf};

use chair_core::model::{
    AnecdoteInput, AnecdoteQuery, CustomerReference, CustomerReferenceKind, DecisionFilter,
    DecisionInput, EscalationResolution, ExportFormat, MergeAction, MergeReport, NewEscalation,
};
use chair_core::Db;

use crate::exports::{add_action_items, annotate, with_hostile_decision};

use crate::storage::tempdir;
use crate::{empty_db, sample_db};

fn export_json(db: &Db, path: &Path) -> Vec<u8> {
    db.export_decision_log(&DecisionFilter::default(), ExportFormat::Json, path, true)
        .unwrap();
    std::fs::read(path).unwrap()
}

/// `db`'s whole log exported as JSON to `a.json` in a new temporary folder; the file's path.
fn exported(db: &Db) -> PathBuf {
    let file = tempdir().join("a.json");
    export_json(db, &file);
    file
}

/// The rich sample's whole log exported (see `exported`); the file's path.
fn rich_sample_exported() -> PathBuf {
    exported(&rich_sample())
}

/// The sample with a second meeting, a hostile decision and annotations on a sample decision.
fn rich_sample() -> Db {
    let mut db = sample_db();
    with_hostile_decision(&mut db);
    let first = db
        .decision_log(&DecisionFilter::default())
        .unwrap()
        .meetings[0]
        .decisions[0]
        .id
        .clone();
    annotate(
        &mut db,
        &first,
        "Lee",
        "Finally, no freight fees for heavy things.",
    );
    // An escalation of an evidence anecdote, raised in the meeting and resolved.
    let log = db.decision_log(&DecisionFilter::default()).unwrap();
    let meeting = &log.meetings[0];
    let escalation = db
        .escalate_anecdote(&NewEscalation {
            anecdote_id: meeting.decisions[0].evidence_ids[0].clone(),
            owner: "Returns team".into(),
            deadline_hours: 48,
            note: None,
            meeting_id: Some(meeting.meeting.id.clone()),
        })
        .unwrap();
    db.resolve_escalation(&EscalationResolution {
        escalation_id: escalation.id,
        root_cause: "The freight rule ignored defects".into(),
        fix: "Defective heavy items ship back free".into(),
    })
    .unwrap();
    // The same words typed in twice, both consulted in the meeting: two anecdotes, kept two.
    let evidence = db
        .get_anecdotes(&meeting.decisions[0].evidence_ids[..1])
        .unwrap()
        .remove(0);
    for _ in 0..2 {
        let copy = db
            .create_anecdote(&AnecdoteInput {
                text: "Typed in twice by hand".into(),
                said_on: evidence.said_on,
                ..Default::default()
            })
            .unwrap();
        db.record_customer_reference(
            &CustomerReference {
                meeting_id: meeting.meeting.id.clone(),
                kind: CustomerReferenceKind::AnecdoteOpened,
                anecdote_id: Some(copy.id),
            },
            chrono::Utc::now(),
        )
        .unwrap();
    }
    db
}

/// Priya's two action items "Call the carrier" (see `add_action_items`), on the first decision
/// of the last meeting and on that meeting.
fn with_carrier_call(db: &mut Db) {
    let meeting = db.summary().unwrap().last_meeting_id.unwrap();
    let decision = db.list_decisions(&meeting).unwrap()[0].id.clone();
    add_action_items(db, &meeting, &decision, "Call the carrier", "Priya");
}

fn deck_names(db: &Db) -> Vec<String> {
    let mut names: Vec<String> = db
        .list_decks()
        .unwrap()
        .into_iter()
        .map(|d| d.name)
        .collect();
    names.sort();
    names
}

fn no_change(r: &MergeReport) -> bool {
    r.added == 0 && r.updated == 0 && r.kept_newer == 0 && r.changes.is_empty()
}
