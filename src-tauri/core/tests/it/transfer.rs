//! The JSON export coming back: a round trip into an empty workspace is byte-equal, merging
//! by id adds, updates and keeps the newer, a dry run changes nothing, and a bad file is
//! refused naming the place.

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

#[test]
fn export_import_export_into_an_empty_workspace_is_byte_equal() {
    let a = rich_sample();
    let dir = tempdir();
    let file = dir.join("a.json");
    let bytes = export_json(&a, &file);
    let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(json["schema"], "empty-chair/decision-log");
    assert_eq!(json["version"], 2);
    let twice = json["anecdotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["text"] == "Typed in twice by hand")
        .count();
    assert_eq!(twice, 2);
    for part in [
        "people",
        "personas",
        "anecdotes",
        "escalations",
        "decks",
        "meetings",
    ] {
        assert!(!json[part].as_array().unwrap().is_empty(), "no {part}");
    }
    assert!(json["escalations"][0]["resolvedAt"].is_string());
    assert!(json["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| !d["annotations"].as_array().unwrap().is_empty()));

    let mut b = empty_db();
    let decks_before = deck_names(&b);
    let report = b.import_json(&file, false).unwrap();
    assert!(!report.dry_run);
    assert!(report.added > 0);
    assert_eq!((report.updated, report.kept_newer), (0, 0));
    assert!(report
        .changes
        .iter()
        .all(|c| c.action == MergeAction::Added));
    for kind in [
        "person",
        "persona",
        "anecdote",
        "escalation",
        "deck",
        "prompt",
        "meeting",
        "agenda item",
        "decision",
        "answer",
        "annotation",
    ] {
        assert!(
            report.changes.iter().any(|c| c.kind == kind),
            "nothing of kind {kind}"
        );
    }
    // The built-in deck the sample meeting used took the place of the empty workspace's own.
    assert_eq!(deck_names(&b), decks_before);

    let again = export_json(&b, &dir.join("b.json"));
    assert!(
        bytes == again,
        "the round trip changed the export:\n{}",
        first_difference(&bytes, &again)
    );
    // The other formats follow, since they are read from the same records.
    for format in [
        ExportFormat::Markdown,
        ExportFormat::Csv,
        ExportFormat::Html,
    ] {
        let pa = dir.join(format!("a.{}", format.as_str()));
        let pb = dir.join(format!("b.{}", format.as_str()));
        a.export_decision_log(&DecisionFilter::default(), format, &pa, false)
            .unwrap();
        b.export_decision_log(&DecisionFilter::default(), format, &pb, false)
            .unwrap();
        assert_eq!(
            std::fs::read(pa).unwrap(),
            std::fs::read(pb).unwrap(),
            "{format:?}"
        );
    }

    // Importing the same file again changes nothing.
    let twice = b.import_json(&file, false).unwrap();
    assert!(no_change(&twice), "{twice:?}");
    assert_eq!(twice.unchanged, report.added);
    assert_eq!(
        b.summary().unwrap().anecdote_count,
        json["anecdotes"].as_array().unwrap().len() as u32
    );

    // Anecdotes went through the insert path: the search index has them.
    let word = "audiobook";
    let hits = b
        .search_anecdotes(&AnecdoteQuery {
            text: word.into(),
            ..Default::default()
        })
        .unwrap();
    let evidence_ids: Vec<&str> = json["anecdotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["text"].as_str().unwrap().to_lowercase().contains(word))
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert!(!evidence_ids.is_empty());
    for id in evidence_ids {
        assert!(
            hits.iter().any(|h| h.anecdote.id == id),
            "{id} not found by search"
        );
    }
}

fn first_difference(a: &[u8], b: &[u8]) -> String {
    let a = String::from_utf8_lossy(a);
    let b = String::from_utf8_lossy(b);
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}:\n- {x}\n+ {y}", i + 1);
        }
    }
    format!("lengths {} and {}", a.len(), b.len())
}

#[test]
fn merging_updates_what_the_file_has_newer_and_keeps_what_the_workspace_has_newer() {
    let mut a = rich_sample();
    let dir = tempdir();
    let original = dir.join("a.json");
    export_json(&a, &original);
    let mut b = empty_db();
    b.import_json(&original, false).unwrap();

    // Copy B edits one decision.
    let log = b.decision_log(&DecisionFilter::default()).unwrap();
    let edited = log.meetings[0].decisions[1].clone();
    std::thread::sleep(std::time::Duration::from_millis(5));
    b.update_decision(
        &edited.id,
        &DecisionInput {
            statement: "Refund unreadable e-books within a day".into(),
            rationale: Some(edited.rationale.clone()),
            owner: Some(edited.owner.clone()),
            status: Some(edited.status),
            reversibility: Some(edited.reversibility),
            review_on: edited.review_on,
            evidence_ids: Some(edited.evidence_ids.clone()),
            ..Default::default()
        },
    )
    .unwrap();
    let from_b = dir.join("b.json");
    export_json(&b, &from_b);

    let dry = a.import_json(&from_b, true).unwrap();
    assert!(dry.dry_run);
    assert_eq!(
        a.get_decision(&edited.id).unwrap().statement,
        edited.statement,
        "dry run wrote"
    );
    let report = a.import_json(&from_b, false).unwrap();
    // The decision, and its meeting: editing a decision that names customers stamps the
    // meeting's last reference to them, which is a change of the meeting too.
    assert_eq!(report.updated, 2, "{report:?}");
    assert_eq!(report.added, 0);
    assert_eq!(report.kept_newer, 0);
    assert_eq!(
        (
            dry.added,
            dry.updated,
            dry.unchanged,
            dry.kept_newer,
            dry.changes.len()
        ),
        (
            report.added,
            report.updated,
            report.unchanged,
            report.kept_newer,
            report.changes.len()
        ),
        "a dry run reports what the real run does"
    );
    assert_eq!(report.changes[0].kind, "meeting");
    assert_eq!(report.changes[0].action, MergeAction::Updated);
    let change = &report.changes[1];
    assert_eq!(
        (change.kind.as_str(), change.id.as_str(), change.action),
        ("decision", edited.id.as_str(), MergeAction::Updated)
    );
    assert_eq!(change.label, "Refund unreadable e-books within a day");
    let merged = a.get_decision(&edited.id).unwrap();
    assert_eq!(merged.statement, "Refund unreadable e-books within a day");
    assert!(
        merged.impacts.is_empty(),
        "the impacts follow the newer decision"
    );

    // The older file now loses against the workspace.
    let older = a.import_json(&original, false).unwrap();
    assert_eq!(older.updated, 0);
    assert_eq!(older.kept_newer, 2);
    assert!(older
        .changes
        .iter()
        .all(|c| c.action == MergeAction::KeptNewer));
    assert_eq!(
        a.get_decision(&edited.id).unwrap().statement,
        "Refund unreadable e-books within a day"
    );
}

#[test]
fn a_dry_run_reports_everything_and_changes_nothing() {
    let a = rich_sample();
    let file = tempdir().join("a.json");
    export_json(&a, &file);
    let mut b = empty_db();
    let before = b.summary().unwrap();
    let dry = b.import_json(&file, true).unwrap();
    assert!(dry.dry_run && dry.added > 0);
    assert_eq!(b.summary().unwrap(), before);
    let real = b.import_json(&file, false).unwrap();
    assert_eq!(real.added, dry.added);
    assert_eq!(real.changes, dry.changes);
}

/// A copy of `file` with `edit` applied to its JSON.
fn edited(file: &Path, name: &str, edit: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    edit(&mut json);
    let out = file.with_file_name(name);
    std::fs::write(&out, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
    out
}

#[test]
fn a_bad_file_is_refused_naming_the_place_and_changes_nothing() {
    let a = rich_sample();
    let file = tempdir().join("a.json");
    export_json(&a, &file);
    let mut b = empty_db();
    let before = b.summary().unwrap();
    let refuse = |b: &mut Db, path: &Path, field: &str| {
        let err = b.import_json(path, false).unwrap_err();
        assert_eq!(err.code(), "invalid", "{err}");
        assert!(
            err.to_string().starts_with(field),
            "{err} does not name {field}"
        );
    };

    let bad_status = edited(&file, "status.json", |j| {
        j["decisions"][2]["status"] = "maybe".into()
    });
    refuse(&mut b, &bad_status, "decisions[2].status");
    let bad_magnitude = edited(&file, "magnitude.json", |j| {
        j["decisions"][0]["impacts"][0]["magnitude"] = 9.into()
    });
    refuse(&mut b, &bad_magnitude, "decisions[0].impacts[0]");
    let missing_meeting = edited(&file, "meeting.json", |j| {
        j["decisions"][3]["meetingId"] = "nope".into()
    });
    refuse(&mut b, &missing_meeting, "decisions[3].meetingId");
    let bad_stamp = edited(&file, "stamp.json", |j| {
        j["personas"][0]["updatedAt"] = "yesterday".into()
    });
    refuse(&mut b, &bad_stamp, "personas[0].updatedAt");
    // A valid RFC 3339 stamp in another form would compare wrongly as text.
    let other_form = edited(&file, "offset.json", |j| {
        j["decisions"][1]["updatedAt"] = "2026-11-18T16:03:21+02:00".into()
    });
    refuse(&mut b, &other_form, "decisions[1].updatedAt");
    let unknown_field = edited(&file, "field.json", |j| {
        j["meetings"][0]["colour"] = "red".into()
    });
    refuse(&mut b, &unknown_field, "meetings[0]");
    let other_schema = edited(&file, "schema.json", |j| {
        j["schema"] = "something-else".into()
    });
    refuse(&mut b, &other_schema, "schema");
    let newer = edited(&file, "version.json", |j| j["version"] = 3.into());
    refuse(&mut b, &newer, "version");
    let not_json = file.with_file_name("not.json");
    std::fs::write(&not_json, "{ nope").unwrap();
    refuse(&mut b, &not_json, "file");
    assert_eq!(b.summary().unwrap(), before);
    assert_eq!(
        b.import_json(&file.with_file_name("absent.json"), false)
            .unwrap_err()
            .code(),
        "io"
    );
}

#[test]
fn a_filtered_export_imports_on_its_own() {
    let mut a = rich_sample();
    // The third sample decision is superseded by the first; export only the superseded one.
    let log = a.decision_log(&DecisionFilter::default()).unwrap();
    let (first, third) = (&log.meetings[0].decisions[0], &log.meetings[0].decisions[2]);
    a.update_decision(
        &third.id,
        &DecisionInput {
            statement: third.statement.clone(),
            status: Some(chair_core::model::DecisionStatus::Superseded),
            superseded_by: Some(first.id.clone()),
            ..Default::default()
        },
    )
    .unwrap();
    let file = tempdir().join("superseded.json");
    a.export_decision_log(
        &DecisionFilter {
            status: Some(chair_core::model::DecisionStatus::Superseded),
            ..Default::default()
        },
        ExportFormat::Json,
        &file,
        false,
    )
    .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(json["decisions"].as_array().unwrap().len(), 1);
    assert!(json["meetings"][0]["answers"]
        .as_array()
        .unwrap()
        .iter()
        .all(|an| an["decisionId"].is_null() || an["decisionId"] == third.id.as_str()));

    let mut b = empty_db();
    let report = b.import_json(&file, false).unwrap();
    assert!(report.added > 0);
    let imported = b.get_decision(&third.id).unwrap();
    assert_eq!(
        imported.superseded_by, None,
        "the superseding decision was not in the file"
    );
    assert_eq!(b.summary().unwrap().decision_count, 1);
    // Merging the same file into the workspace it came from changes nothing there.
    let back = a.import_json(&file, false).unwrap();
    assert!(no_change(&back), "{back:?}");
    assert_eq!(
        a.get_decision(&third.id).unwrap().superseded_by.as_deref(),
        Some(first.id.as_str())
    );
}

#[test]
fn two_workspaces_that_started_from_the_sample_merge() {
    // Each laptop loaded the sample: same names, their own ids (people, decks, everything).
    let a = rich_sample();
    let mut b = sample_db();
    let file = tempdir().join("a.json");
    export_json(&a, &file);
    let own = b.decision_log(&DecisionFilter::default()).unwrap().meetings[0].decisions[1]
        .annotations[0]
        .clone();
    let anecdotes_before = b.summary().unwrap().anecdote_count;
    let report = b.import_json(&file, false).unwrap();
    assert!(report.added > 0, "{report:?}");
    // The same customer anecdotes (same source references) are not added a second time, only
    // the two A typed in by hand...
    assert_eq!(b.summary().unwrap().anecdote_count, anecdotes_before + 2);
    let added: Vec<&str> = report
        .changes
        .iter()
        .filter(|c| c.kind == "anecdote")
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(added, ["Typed in twice by hand", "Typed in twice by hand"]);
    // ...and A's decisions cite B's copies.
    let a_decisions = a.decision_log(&DecisionFilter::default()).unwrap();
    let a_first = &a_decisions.meetings[0].decisions[0];
    let in_b = b.get_decision(&a_first.id).unwrap();
    assert_eq!(in_b.evidence_ids.len(), a_first.evidence_ids.len());
    assert!(b.get_anecdotes(&in_b.evidence_ids).unwrap().len() == in_b.evidence_ids.len());
    assert!(in_b
        .evidence_ids
        .iter()
        .all(|id| !a_first.evidence_ids.contains(id)));
    // The sample's ambassador is one person in B, not refused as a duplicate name...
    let people = b.list_people(false).unwrap();
    let sam = people.iter().find(|p| p.name == own.author).unwrap();
    assert_eq!(people.iter().filter(|p| p.name == own.author).count(), 1);
    assert_eq!(own.person_id.as_deref(), Some(sam.id.as_str()));
    // ...and A's annotations by that name are signed by B's person.
    let log = b.decision_log(&DecisionFilter::default()).unwrap();
    let imported_by_sam: Vec<_> = log
        .meetings
        .iter()
        .flat_map(|m| &m.decisions)
        .flat_map(|d| &d.annotations)
        .filter(|an| an.author == sam.name)
        .collect();
    assert!(
        imported_by_sam.len() >= 2,
        "B's and A's annotations by {}",
        sam.name
    );
    for an in imported_by_sam {
        assert_eq!(an.person_id.as_deref(), Some(sam.id.as_str()));
    }
    // B's own copy of the built-in deck, which its meeting uses, serves A's meeting too.
    assert_eq!(deck_names(&b), deck_names(&empty_db()));
    let a_meeting = &a.decision_log(&DecisionFilter::default()).unwrap().meetings[0].meeting;
    let view = b.meeting_view(&a_meeting.id).unwrap();
    let deck = view.deck.expect("A's meeting has its deck in B");
    assert!(b.list_decks().unwrap().iter().any(|d| d.id == deck.id));
    assert!(!view.answers.is_empty());
    for answer in &view.answers {
        assert!(deck.prompts.iter().any(|p| p.id == answer.prompt_id));
    }
    let again = b.import_json(&file, false).unwrap();
    assert!(no_change(&again), "{again:?}");
}

#[test]
fn the_room_referring_to_the_customer_travels_with_the_meeting() {
    let a = sample_db();
    let dir = tempdir();
    let original = dir.join("a.json");
    export_json(&a, &original);
    let mut b = empty_db();
    b.import_json(&original, false).unwrap();
    let meeting = b.list_meetings().unwrap()[0].id.clone();
    let anecdote = b
        .search_anecdotes(&AnecdoteQuery::default())
        .unwrap()
        .remove(0)
        .anecdote
        .id;

    // Copy B's room refers to the customer (later than anything in the file).
    b.record_customer_reference(
        &CustomerReference {
            meeting_id: meeting.clone(),
            kind: CustomerReferenceKind::AnecdoteOpened,
            anecdote_id: Some(anecdote),
        },
        chrono::Utc::now(),
    )
    .unwrap();
    b.record_customer_reference(
        &CustomerReference {
            meeting_id: meeting.clone(),
            kind: CustomerReferenceKind::SpokeForCustomer,
            anecdote_id: None,
        },
        chrono::Utc::now(),
    )
    .unwrap();
    let stamped = b
        .open_meeting(&meeting)
        .unwrap()
        .meeting
        .last_customer_reference_at;
    assert!(stamped.is_some());
    let from_b = dir.join("b.json");
    export_json(&b, &from_b);

    // Merged back into copy A, the meeting is the newer one and carries the reference.
    let mut a = a;
    let report = a.import_json(&from_b, false).unwrap();
    assert!(
        report
            .changes
            .iter()
            .any(|c| c.kind == "meeting" && c.id == meeting && c.action == MergeAction::Updated),
        "{report:?}"
    );
    assert_eq!(
        a.open_meeting(&meeting)
            .unwrap()
            .meeting
            .last_customer_reference_at,
        stamped
    );
    let score = a.meeting_summary(&meeting).unwrap().score;
    assert_eq!(
        score.spoken_for_customer, 1,
        "someone spoke for the customer in copy B"
    );
}

/// The index of the first decision of the exported `json` whose `list` is not empty.
fn first_decision_with(json: &serde_json::Value, list: &str) -> usize {
    json["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .position(|d| !d[list].as_array().unwrap().is_empty())
        .unwrap()
}

/// `refuse` of the bad-file test, for the hardening tests below: the error is `invalid`, names
/// `field` first, and the workspace is as it was.
fn refused_naming(db: &mut Db, path: &Path, field: &str) {
    let before = db.summary().unwrap();
    let err = db.import_json(path, false).unwrap_err();
    assert_eq!(err.code(), "invalid", "{err}");
    assert!(
        err.to_string().starts_with(field),
        "{err} does not name {field}"
    );
    assert_eq!(db.summary().unwrap(), before);
}

#[test]
fn a_file_from_the_future_or_with_made_up_ids_or_timers_is_refused() {
    let a = rich_sample();
    let file = tempdir().join("a.json");
    export_json(&a, &file);
    let mut b = empty_db();
    // A decision dated 9999 would win every later merge in every workspace it reaches.
    let future = edited(&file, "future.json", |j| {
        j["decisions"][0]["updatedAt"] = "9999-12-31T23:59:59.999Z".into()
    });
    refused_naming(&mut b, &future, "decisions[0].updatedAt");
    let in_two_days = chair_core::time::stamp(chrono::Utc::now() + chrono::Duration::days(2));
    let nested = edited(&file, "nested.json", |j| {
        j["meetings"][0]["agenda"][0]["doneAt"] = in_two_days.clone().into()
    });
    refused_naming(&mut b, &nested, "meetings[0].agenda[0].doneAt");
    // Within a day ahead is another laptop's clock, and is accepted.
    let soon = chair_core::time::stamp(chrono::Utc::now() + chrono::Duration::hours(2));
    let skewed = edited(&file, "skewed.json", |j| {
        j["people"][0]["updatedAt"] = soon.clone().into()
    });
    b.import_json(&skewed, true).unwrap();

    let timer = edited(&file, "elapsed.json", |j| {
        j["meetings"][0]["agenda"][0]["elapsedMs"] = (-5).into()
    });
    refused_naming(&mut b, &timer, "meetings[0].agenda[0].elapsedMs");
    let forever = edited(&file, "forever.json", |j| {
        j["meetings"][0]["agenda"][0]["elapsedMs"] = 9_000_000_000_i64.into()
    });
    refused_naming(&mut b, &forever, "meetings[0].agenda[0].elapsedMs");
    let running = edited(&file, "running.json", |j| {
        j["meetings"][0]["agenda"][0]["runningSince"] = "2001-01-01T00:00:00.000Z".into()
    });
    refused_naming(&mut b, &running, "meetings[0].agenda[0].runningSince");

    // Ids are the app's own (UUIDs): anything else is refused with its record and field.
    let odd_id = edited(&file, "id.json", |j| {
        j["decisions"][1]["id"] = "../../\u{1b}[2Jx".into()
    });
    refused_naming(&mut b, &odd_id, "decisions[1].id");
    let odd_ref = edited(&file, "ref.json", |j| {
        j["meetings"][0]["answers"][0]["promptId"] = "prompt-1".into()
    });
    refused_naming(&mut b, &odd_ref, "meetings[0].answers[0].promptId");
}

#[test]
fn an_action_item_too_long_or_with_a_made_up_id_is_refused() {
    let mut a = sample_db();
    let meeting = a.summary().unwrap().last_meeting_id.unwrap();
    let decision = a.list_decisions(&meeting).unwrap()[0].id.clone();
    add_action_items(&mut a, &meeting, &decision, "Call the carrier", "Priya");
    let file = tempdir().join("a.json");
    export_json(&a, &file);
    let mut b = empty_db();
    // The app refuses more than 2,000 characters as it is typed; a file cannot bring more.
    let long = edited(&file, "long.json", |j| {
        j["actionItems"][0]["what"] = "x".repeat(2001).into()
    });
    refused_naming(&mut b, &long, "actionItems[0].what");
    let just = edited(&file, "just.json", |j| {
        j["actionItems"][0]["what"] = "é".repeat(2000).into()
    });
    b.import_json(&just, true).unwrap();
    let odd = edited(&file, "odd.json", |j| {
        j["actionItems"][1]["id"] = "item-1".into()
    });
    refused_naming(&mut b, &odd, "actionItems[1].id");
    let done = edited(&file, "done.json", |j| {
        j["actionItems"][1]["doneAt"] = "9999-01-01T00:00:00.000Z".into()
    });
    refused_naming(&mut b, &done, "actionItems[1].doneAt");
}

#[test]
fn a_record_is_never_moved_to_another_parent() {
    let mut a = rich_sample();
    let file = tempdir().join("a.json");
    export_json(&a, &file);
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let count = json["decisions"].as_array().unwrap().len();
    let i = first_decision_with(&json, "impacts");
    let other = (i + 1) % count;
    // The impact of decision i, newer, listed under another decision.
    let stamp = chair_core::time::now();
    let moved = edited(&file, "moved.json", |j| {
        let mut impact = j["decisions"][i]["impacts"][0].clone();
        impact["updatedAt"] = stamp.clone().into();
        j["decisions"][other]["impacts"]
            .as_array_mut()
            .unwrap()
            .push(impact);
    });
    let n = json["decisions"][other]["impacts"]
        .as_array()
        .unwrap()
        .len();
    refused_naming(
        &mut a,
        &moved,
        &format!("decisions[{other}].impacts[{n}].id"),
    );
    // An annotation moved the same way.
    let j_annotated = first_decision_with(&json, "annotations");
    let elsewhere = (j_annotated + 1) % count;
    let moved_note = edited(&file, "note.json", |j| {
        let mut note = j["decisions"][j_annotated]["annotations"][0].clone();
        note["updatedAt"] = stamp.clone().into();
        j["decisions"][elsewhere]["annotations"] = serde_json::json!([note]);
    });
    refused_naming(
        &mut a,
        &moved_note,
        &format!("decisions[{elsewhere}].annotations[0].id"),
    );
    // An agenda item moved to another meeting.
    assert!(json["meetings"].as_array().unwrap().len() >= 2);
    let moved_item = edited(&file, "item.json", |j| {
        let mut item = j["meetings"][0]["agenda"][0].clone();
        item["updatedAt"] = stamp.clone().into();
        j["meetings"][1]["agenda"]
            .as_array_mut()
            .unwrap()
            .push(item);
    });
    let items = json["meetings"][1]["agenda"].as_array().unwrap().len();
    refused_naming(
        &mut a,
        &moved_item,
        &format!("meetings[1].agenda[{items}].id"),
    );
}

#[test]
fn impacts_are_compared_by_date_and_reported() {
    let mut a = rich_sample();
    let file = tempdir().join("a.json");
    export_json(&a, &file);
    let mut b = empty_db();
    let report = b.import_json(&file, false).unwrap();
    assert!(report.changes.iter().any(|c| c.kind == "impact"));

    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let i = first_decision_with(&json, "impacts");
    let impact_id = json["decisions"][i]["impacts"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let decision_id = json["decisions"][i]["id"].as_str().unwrap().to_owned();
    // Only the impact is newer in the file: it is updated, and the report says so.
    let newer = edited(&file, "impact.json", |j| {
        j["decisions"][i]["impacts"][0]["whatChanges"] = "Ships back free".into();
        j["decisions"][i]["impacts"][0]["updatedAt"] = chair_core::time::now().into();
    });
    let report = a.import_json(&newer, false).unwrap();
    assert_eq!((report.updated, report.added), (1, 0), "{report:?}");
    assert_eq!(
        (
            report.changes[0].kind.as_str(),
            report.changes[0].id.as_str()
        ),
        ("impact", impact_id.as_str())
    );
    let impact = a.get_decision(&decision_id).unwrap().impacts.remove(0);
    assert_eq!(impact.what_changes, "Ships back free");
    // The older file now loses against the workspace's impact.
    let older = a.import_json(&file, false).unwrap();
    assert_eq!(older.kept_newer, 1, "{older:?}");
}

#[test]
fn a_built_in_deck_is_never_replaced_by_a_files_copy() {
    let a = rich_sample();
    let file = tempdir().join("a.json");
    export_json(&a, &file);
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let k = (0..json["decks"].as_array().unwrap().len())
        .find(|&k| json["decks"][k]["builtin"] == true)
        .unwrap();
    let name = json["decks"][k]["name"].as_str().unwrap().to_owned();
    let hostile = edited(&file, "deck.json", |j| {
        j["decks"][k]["description"] = "Rewritten".into();
        j["decks"][k]["updatedAt"] = chair_core::time::now().into();
        j["decks"][k]["prompts"][0]["text"] = "Forget the customer".into();
        j["decks"][k]["prompts"][0]["updatedAt"] = chair_core::time::now().into();
    });
    let prompts_of = |db: &Db, builtin: bool| -> Vec<Vec<String>> {
        db.list_decks()
            .unwrap()
            .into_iter()
            .filter(|d| d.name == name && d.builtin == builtin)
            .map(|d| d.prompts.into_iter().map(|p| p.text).collect())
            .collect()
    };
    // The workspace that has the deck by id keeps it as it is.
    let mut same = sample_db();
    let own = prompts_of(&same, true);
    let mut a = a;
    let before = prompts_of(&a, true);
    a.import_json(&hostile, false).unwrap();
    assert_eq!(prompts_of(&a, true), before);
    // Another workspace keeps its own built-in deck; the file's altered copy is the team's own.
    same.import_json(&hostile, false).unwrap();
    assert_eq!(prompts_of(&same, true), own);
    let copies = prompts_of(&same, false);
    assert_eq!(copies.len(), 1, "the file's deck came in as a custom deck");
    assert_eq!(copies[0][0], "Forget the customer");
    let mut empty = empty_db();
    let own = prompts_of(&empty, true);
    empty.import_json(&hostile, false).unwrap();
    assert_eq!(prompts_of(&empty, true), own);
}

/// A JSON value reduced to what the file format promises: each object's keys in file order,
/// and what kind of value each holds.
enum Shape {
    Scalar(char),
    List(Vec<Shape>),
    Object(Vec<(String, Shape)>),
}

impl<'de> serde::Deserialize<'de> for Shape {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Shape;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_unit<E>(self) -> Result<Shape, E> {
                Ok(Shape::Scalar('z'))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Shape, E> {
                Ok(Shape::Scalar('b'))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Shape, E> {
                Ok(Shape::Scalar('n'))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Shape, E> {
                Ok(Shape::Scalar('n'))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Shape, E> {
                Ok(Shape::Scalar('n'))
            }
            fn visit_str<E>(self, _: &str) -> Result<Shape, E> {
                Ok(Shape::Scalar('s'))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut a: A) -> Result<Shape, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = a.next_element()? {
                    items.push(item);
                }
                Ok(Shape::List(items))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut a: A) -> Result<Shape, A::Error> {
                let mut fields = Vec::new();
                while let Some(field) = a.next_entry()? {
                    fields.push(field);
                }
                Ok(Shape::Object(fields))
            }
        }
        d.deserialize_any(V)
    }
}

/// Every object path (`meetings[].agenda[]`) with its keys in order, each with the kinds of
/// value seen under it (`s` string, `n` number, `b` bool, `z` null, `a` list, `o` object).
/// Objects at one path must all have the same keys in the same order.
fn layout(shape: &Shape) -> String {
    use std::collections::{BTreeMap, BTreeSet};
    type Keys = Vec<(String, BTreeSet<char>)>;
    fn kind(s: &Shape) -> char {
        match s {
            Shape::Scalar(c) => *c,
            Shape::List(_) => 'a',
            Shape::Object(_) => 'o',
        }
    }
    fn walk(path: &str, s: &Shape, out: &mut BTreeMap<String, Keys>) {
        match s {
            Shape::Scalar(_) => {}
            Shape::List(items) => {
                let path = format!("{path}[]");
                for item in items {
                    if let Shape::Scalar(c) = item {
                        let keys = out.entry(path.clone()).or_default();
                        if keys.is_empty() {
                            keys.push((String::new(), BTreeSet::new()));
                        }
                        keys[0].1.insert(*c);
                    }
                    walk(&path, item, out);
                }
            }
            Shape::Object(fields) => {
                let names: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
                let keys = out.entry(path.to_owned()).or_insert_with(|| {
                    names
                        .iter()
                        .map(|n| (n.to_string(), BTreeSet::new()))
                        .collect()
                });
                let known: Vec<&str> = keys.iter().map(|(k, _)| k.as_str()).collect();
                assert_eq!(known, names, "objects at {path} differ in their keys");
                for ((_, kinds), (_, value)) in keys.iter_mut().zip(fields) {
                    kinds.insert(kind(value));
                }
                for (k, value) in fields {
                    let sep = if path.is_empty() { "" } else { "." };
                    walk(&format!("{path}{sep}{k}"), value, out);
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    walk("", shape, &mut out);
    let mut text = String::new();
    for (path, keys) in out {
        let keys: Vec<String> = keys
            .iter()
            .map(|(k, kinds)| {
                let kinds: String = kinds.iter().collect();
                if k.is_empty() {
                    kinds
                } else {
                    format!("{k}:{kinds}")
                }
            })
            .collect();
        let path = if path.is_empty() { "(file)" } else { &path };
        text.push_str(&format!("{path}: {}\n", keys.join(" ")));
    }
    text
}

/// The file format, pinned: every record's field names, their order in the file and the kind
/// of value each holds. A change here is a change of the file users keep and exchange.
#[test]
fn the_export_file_keeps_its_field_names_order_and_kinds() {
    let mut db = rich_sample();
    let meeting = db.summary().unwrap().last_meeting_id.unwrap();
    let decision = db.list_decisions(&meeting).unwrap()[0].id.clone();
    add_action_items(&mut db, &meeting, &decision, "Call the carrier", "Priya");
    let file = tempdir().join("a.json");
    let bytes = export_json(&db, &file);
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with("{\n  \"schema\": \"empty-chair/decision-log\",\n  \"version\": 2,"));
    assert!(text.ends_with("}\n"));
    let shape: Shape = serde_json::from_str(&text).unwrap();
    let expected = "\
(file): schema:s version:n filter:o people:a personas:a anecdotes:a escalations:a decks:a \
        meetings:a decisions:a actionItems:a\n\
actionItems[]: id:s meetingId:s decisionId:sz what:s owner:s ownerPersonId:z dueOn:sz \
        doneAt:sz createdAt:s updatedAt:s\n\
anecdotes[]: id:s text:s saidOn:s channel:s productArea:s segment:s sentiment:s \
        severity:n customerCount:n tags:a sourceRef:sz provenance:s personaIds:a createdAt:s \
        updatedAt:s\n\
anecdotes[].personaIds[]: s\n\
anecdotes[].tags[]: s\n\
decisions[]: id:s meetingId:s agendaItemId:sz statement:s rationale:s \
        optionsConsidered:s owner:s status:s reversibility:s reviewOn:sz supersededBy:z \
        gateOverriddenBy:z gateOverriddenAt:z reviewedAt:z reviewHappened:z reviewNote:s \
        createdAt:s updatedAt:s impacts:a evidence:a annotations:a\n\
decisions[].annotations[]: id:s personId:s author:s role:s stance:s feeling:n comment:s \
        flags:a createdAt:s updatedAt:s\n\
decisions[].annotations[].flags[]: s\n\
decisions[].evidence[]: anecdoteId:s createdAt:s\n\
decisions[].impacts[]: id:s personaId:s segment:s direction:s magnitude:n confidence:sz \
        reach:s whatChanges:s createdAt:s updatedAt:s\n\
decks[]: id:s name:s description:s builtin:b position:n createdAt:s updatedAt:s \
        prompts:a\n\
decks[].prompts[]: id:s position:n text:s help:s createdAt:s updatedAt:s\n\
escalations[]: id:s anecdoteId:s owner:s note:s raisedBy:s meetingId:s deadlineHours:n \
        dueAt:s resolvedAt:s resolvedBy:s rootCause:s fix:s reportedInMeetingId:z createdAt:s \
        updatedAt:s\n\
filter: from:z to:z meetingId:z personaId:z status:z reversibility:z direction:z query:z \
        reviewDue:z\n\
meetings[]: id:s title:s heldOn:s goal:s status:s deckId:sz promptIndex:n nudgeMinutes:n \
        currentAgendaItemId:z lastCustomerReferenceAt:s spokenForCustomer:n startedAt:s \
        endedAt:sz createdAt:s updatedAt:s personaIds:a attendees:a agenda:a answers:a \
        consulted:a\n\
meetings[].agenda[]: id:s position:n title:s plannedMinutes:n elapsedMs:n startedAt:s \
        runningSince:z doneAt:s lastCustomerReferenceAt:z createdAt:s updatedAt:s\n\
meetings[].answers[]: id:s promptId:s agendaItemId:s decisionId:z answer:s createdAt:s \
        updatedAt:s\n\
meetings[].attendees[]: id:s name:s role:s createdAt:s\n\
meetings[].consulted[]: anecdoteId:s kind:s at:s\n\
meetings[].personaIds[]: s\n\
people[]: id:s name:s role:s archivedAt:z createdAt:s updatedAt:s\n\
personas[]: id:s name:s segment:s bio:s goals:a frustrations:a needs:a quote:s \
        successMeasure:s archivedAt:z createdAt:s updatedAt:s\n\
personas[].frustrations[]: s\n\
personas[].goals[]: s\n\
personas[].needs[]: s\n\
";
    assert_eq!(layout(&shape), expected);
}
