//! What travels: a filtered export on its own, two sample workspaces merged, the room's customer references.

use super::*;

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
    let json = json_of(&file);
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
    let file = exported(&a);
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
