//! A workspace of every earlier schema version opens with its data (and how the fixtures are written).

use super::*;

#[test]
fn every_schema_version_has_a_fixture() {
    for version in 1..=latest_schema_version() {
        assert!(fixture(version).exists(), "schema-v{version}.db is missing");
    }
}

#[test]
fn the_schema_v1_fixture_opens_with_its_data() {
    let db = open_fixture(1);
    assert_v1_data(&db);
    // Schema 1 had no people or escalations.
    assert!(db.list_people(true).unwrap().is_empty());
    assert_eq!(db.current_person().unwrap(), None);
    assert!(db.list_escalations(true).unwrap().is_empty());
}

#[test]
fn annotations_written_under_schema_v1_stay_readable_without_an_author_person() {
    let copy = tempdir().join("copy.db");
    std::fs::copy(fixture(1), &copy).unwrap();
    // Schema 1 already had the annotations table; write a row the way it could hold one.
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let version: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1);
    let decision: String = conn
        .query_row(
            "SELECT id FROM decisions WHERE statement = ?1",
            [FIXTURE_DECISION],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute(
        "INSERT INTO annotations (id, decision_id, author, role, stance, feeling, comment, flags,
             created_at, updated_at)
         VALUES ('v1-note', ?1, 'Old Ambassador', 'ambassador', 'opposes', 2, 'Too slow',
             '[\"would_leave\"]', '2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z')",
        [&decision],
    )
    .unwrap();
    drop(conn);

    let mut db = Db::open(&copy).unwrap();
    let d = db.get_decision(&decision).unwrap();
    assert_eq!(d.annotations.len(), 1);
    let a = &d.annotations[0];
    assert_eq!(a.person_id, None);
    assert_eq!(a.author, "Old Ambassador");
    assert_eq!(a.role, Role::Ambassador);
    assert_eq!(a.stance, Stance::Opposes);
    assert_eq!(a.feeling, Some(2));
    assert_eq!(a.flags, [AnnotationFlag::WouldLeave]);
    // Nobody owns it now, so nobody edits it; the decision takes new annotations.
    let me = add_person(&mut db, "Old Ambassador", None);
    db.set_current_person(Some(&me.id)).unwrap();
    assert_eq!(
        db.delete_annotation("v1-note").unwrap_err().code(),
        "forbidden"
    );
    db.add_annotation(
        &decision,
        &AnnotationInput {
            stance: Stance::Supports,
            feeling: None,
            comment: "Better now".into(),
            flags: Vec::new(),
        },
    )
    .unwrap();
    assert_eq!(db.get_decision(&decision).unwrap().annotations.len(), 2);
}

/// The fixture's own meeting.
fn fixture_meeting(db: &Db) -> chair_core::model::MeetingListItem {
    db.list_meetings()
        .unwrap()
        .into_iter()
        .find(|m| m.title == FIXTURE_MEETING)
        .unwrap()
}

/// Times someone spoke for the customer in the fixture's own meeting, as `version` opens.
fn spoken_in_fixture_meeting(version: u32) -> u32 {
    let db = open_fixture(version);
    let meeting = fixture_meeting(&db);
    db.meeting_summary(&meeting.id)
        .unwrap()
        .score
        .spoken_for_customer
}

/// The PR/FAQ draft kept with the fixture's extra decision, as `version` opens.
fn kept_prfaq_in_fixture(version: u32) -> Option<chair_core::model::KeptPrFaq> {
    let db = open_fixture(version);
    let d = sample_meeting_decisions(&db)
        .into_iter()
        .find(|d| d.statement == FIXTURE_DECISION)
        .unwrap();
    db.kept_prfaq(&d.id).unwrap()
}

#[test]
fn a_prfaq_draft_is_kept_with_its_decision_from_schema_v6_and_none_before() {
    assert_eq!(kept_prfaq_in_fixture(5), None);
    let kept = kept_prfaq_in_fixture(6).expect("the schema-v6 fixture kept one");
    assert_eq!(kept.file_name, FIXTURE_PRFAQ_FILE);
    assert!(
        kept.markdown.starts_with(&format!("# {FIXTURE_DECISION}")),
        "{}",
        kept.markdown
    );
}

#[test]
fn speaking_for_the_customer_is_counted_from_schema_v5_and_zero_before() {
    assert_eq!(spoken_in_fixture_meeting(4), 0);
    assert_eq!(spoken_in_fixture_meeting(5), 1);
}

#[test]
fn the_schema_v2_fixture_opens_with_its_people_annotations_and_escalations() {
    let db = open_fixture(2);
    assert_v1_data(&db);
    let people: Vec<String> = db
        .list_people(true)
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(people, ["Marcus Bell", "Priya Nair", "Sam Whitaker"]);
    let me = db
        .current_person()
        .unwrap()
        .expect("the fixture chose someone");
    assert_eq!(me.name, "Sam Whitaker");

    let decisions = sample_meeting_decisions(&db);
    let extra = decisions
        .iter()
        .find(|d| d.statement == FIXTURE_DECISION)
        .unwrap();
    assert_eq!(extra.annotations.len(), 1);
    let a = &extra.annotations[0];
    assert_eq!(a.comment, FIXTURE_ANNOTATION);
    assert_eq!(a.person_id.as_deref(), Some(me.id.as_str()));
    assert_eq!(
        a.flags,
        [
            AnnotationFlag::WouldPayMore,
            AnnotationFlag::WouldTellOthers
        ]
    );
    let sample_threads = decisions
        .iter()
        .filter(|d| !d.annotations.is_empty())
        .count();
    assert_eq!(sample_threads, 4, "the sample's three and the fixture's");

    let escalations = db.list_escalations(true).unwrap();
    assert_eq!(escalations.len(), 3);
    assert_eq!(
        escalations
            .iter()
            .filter(|e| e.resolved_at.is_none())
            .count(),
        1
    );
    let reporting = fixture_meeting(&db);
    let reported: Vec<&str> = escalations
        .iter()
        .filter(|e| e.reported_in_meeting_id.as_deref() == Some(reporting.id.as_str()))
        .map(|e| e.owner.as_str())
        .collect();
    assert_eq!(
        reported.len(),
        2,
        "the sample's resolved one and the fixture's"
    );
    assert!(reported.contains(&FIXTURE_OWNER));
    assert!(escalations.iter().all(|e| !e.anecdote_text.is_empty()));
}

/// Writes `tests/fixtures/schema-vN.db` for the newest schema version N with the current build.
/// Run it once, when a new schema version ships
/// (`cargo test -p chair-core --test it -- --ignored write_fixture`); it refuses to replace a
/// fixture that exists, since a shipped one must never be regenerated.
#[test]
#[ignore = "writes the schema fixture; run by hand only when a new schema version ships"]
fn write_fixture() {
    let target = fixture(latest_schema_version());
    assert!(
        !target.exists(),
        "{} exists; a shipped fixture is never regenerated",
        target.display()
    );
    let dir = tempdir();
    let (path, mut db) = sample_file_db(&dir);
    let meeting = db.summary().unwrap().last_meeting_id.unwrap();
    let decision = decide(&mut db, &meeting, FIXTURE_DECISION);
    be(&mut db, "Sam Whitaker");
    db.add_annotation(
        &decision.id,
        &AnnotationInput {
            stance: Stance::Supports,
            feeling: Some(5),
            comment: FIXTURE_ANNOTATION.into(),
            flags: vec![
                AnnotationFlag::WouldPayMore,
                AnnotationFlag::WouldTellOthers,
            ],
        },
    )
    .unwrap();
    let anecdote = db.search_anecdotes(&query("refund")).unwrap()[0]
        .anecdote
        .id
        .clone();
    let e = db
        .escalate_anecdote(&NewEscalation {
            anecdote_id: anecdote,
            owner: FIXTURE_OWNER.into(),
            deadline_hours: 24,
            note: None,
            meeting_id: None,
        })
        .unwrap();
    db.resolve_escalation(&EscalationResolution {
        escalation_id: e.id,
        root_cause: "The fixture's root cause".into(),
        fix: "The fixture's fix".into(),
    })
    .unwrap();
    let reporting = meeting_titled(&mut db, FIXTURE_MEETING);
    // Schema 5 counts "I'm speaking for the customer".
    db.record_customer_reference(
        &CustomerReference {
            meeting_id: reporting.id.clone(),
            kind: CustomerReferenceKind::SpokeForCustomer,
            anecdote_id: None,
        },
        Utc::now(),
    )
    .unwrap();
    // Schema 6 keeps a PR/FAQ draft saved to a file with its decision.
    db.save_prfaq(&decision.id, &dir.join(FIXTURE_PRFAQ_FILE), false)
        .unwrap();
    let snapshot = db.backup_now().unwrap();
    drop(db);
    std::fs::copy(backup::backups_dir(&path).join(snapshot.file), &target).unwrap();
}
