//! The next meeting reports each resolution exactly once; deleting an anecdote takes its escalations and undo brings them back; deadlines.

use super::*;

/// A meeting created running starts at once, and so reports as well; so does one started
/// by its agenda or by setting its status.
fn every_way_of_starting_reports(db: &mut Db) {
    let a = anecdote(db, 2);
    for how in ["create", "status", "agenda"] {
        let e = db.escalate_anecdote(&new(&a, "Ana", 24)).unwrap();
        db.resolve_escalation(&resolution(&e.id, "cause", "fix"))
            .unwrap();
        let meeting = match how {
            "create" => meeting_titled(db, "Ad hoc").id,
            "status" => {
                let m = planned(db, "By status");
                db.set_meeting_status(&m, MeetingStatus::Running).unwrap();
                m
            }
            _ => {
                let m = db
                    .create_meeting(&NewMeeting {
                        planned: Some(true),
                        agenda: Some(vec!["One".into()]),
                        ..titled("By agenda")
                    })
                    .unwrap();
                let item = db.meeting_view(&m.id).unwrap().agenda[0].id.clone();
                db.start_agenda_item(&m.id, &item, at(27, 9)).unwrap();
                m.id
            }
        };
        assert_eq!(
            db.get_escalation(&e.id).unwrap().reported_in_meeting_id,
            Some(meeting),
            "{how}"
        );
    }
}

#[test]
fn the_next_meeting_to_start_reports_each_resolution_exactly_once() {
    let mut db = sample_db();
    let sample_resolved = db.list_escalations(true).unwrap()[1].clone();
    let open = db.list_escalations(false).unwrap()[0].clone();

    let first = planned(&mut db, "Weekly customer review");
    let view = db.meeting_view(&first).unwrap();
    assert_eq!(
        ids(&view.escalations),
        [&open.id],
        "before it starts, only the open ones"
    );

    let view = db.start_meeting(&first, at(25, 9)).unwrap();
    assert_eq!(
        ids(&view.escalations),
        [&open.id, &sample_resolved.id],
        "open first, then the resolutions it reports"
    );
    let reported = db.get_escalation(&sample_resolved.id).unwrap();
    assert_eq!(
        reported.reported_in_meeting_id.as_deref(),
        Some(first.as_str())
    );
    assert_eq!(reported.updated_at, "2026-11-25T09:00:00.000Z");

    // Resolved after the first meeting started: the next meeting reports it, the first never
    // does, however often it is paused and resumed.
    let late = db
        .resolve_escalation_at(&resolution(&open.id, "cause", "fix"), at(25, 10))
        .unwrap();
    db.pause_meeting(&first, at(25, 11)).unwrap();
    let view = db.resume_meeting(&first, at(25, 12)).unwrap();
    assert_eq!(ids(&view.escalations), [&sample_resolved.id]);
    assert_eq!(
        db.get_escalation(&late.id).unwrap().reported_in_meeting_id,
        None
    );

    let second = planned(&mut db, "Next week");
    let view = db.start_meeting(&second, at(26, 9)).unwrap();
    assert_eq!(ids(&view.escalations), [&late.id], "only what it reports");
    assert_eq!(
        db.get_escalation(&sample_resolved.id)
            .unwrap()
            .reported_in_meeting_id
            .as_deref(),
        Some(first.as_str()),
        "reported once, by the first meeting"
    );

    every_way_of_starting_reports(&mut db);
}

#[test]
fn a_meeting_that_ends_without_starting_reports_nothing() {
    let mut db = sample_db();
    let resolved = db.list_escalations(true).unwrap()[1].clone();
    let m = planned(&mut db, "Cancelled");
    db.end_meeting(&m, at(25, 9)).unwrap();
    assert_eq!(
        db.get_escalation(&resolved.id)
            .unwrap()
            .reported_in_meeting_id,
        None
    );
}

#[test]
fn deleting_an_anecdote_takes_its_escalations_and_undoing_brings_them_back() {
    let mut db = sample_db();
    let a = anecdote(&db, 3);
    let open = raise_at(&mut db, &a, "Ana", 24, at(20, 9));
    let resolved = raise_at(&mut db, &a, "Lee", 48, at(21, 9));
    db.resolve_escalation_at(&resolution(&resolved.id, "cause", "fix"), at(22, 9))
        .unwrap();
    let meeting = planned(&mut db, "Reports it");
    db.start_meeting(&meeting, at(23, 9)).unwrap();
    let before = db.anecdote_escalations(&a).unwrap();
    assert_eq!(before.len(), 2);
    assert_eq!(
        before[0].reported_in_meeting_id.as_deref(),
        Some(meeting.as_str())
    );
    let others = db.list_escalations(true).unwrap().len() - 2;

    let deleted = db.delete_anecdote(&a).unwrap();
    assert_eq!(deleted.escalations, before, "what the undo needs");
    assert_eq!(db.get_escalation(&open.id).unwrap_err().code(), "not_found");
    assert!(db.anecdote_escalations(&a).unwrap().is_empty());
    assert_eq!(db.list_escalations(true).unwrap().len(), others);

    // A tampered undo is refused, naming the field, and restores nothing.
    let mut bad = deleted.clone();
    bad.escalations[1].due_at = "next week".into();
    let err = db.restore_anecdote(&bad).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(
        err.to_string().starts_with("escalations[1].dueAt:"),
        "{err}"
    );
    let mut bad = deleted.clone();
    bad.escalations[0].fix = " ".into();
    let err = db.restore_anecdote(&bad).unwrap_err();
    assert!(err.to_string().starts_with("escalations[0].fix:"), "{err}");
    assert!(db
        .get_anecdotes(std::slice::from_ref(&a))
        .unwrap()
        .is_empty());

    db.restore_anecdote(&deleted).unwrap();
    assert_eq!(
        db.anecdote_escalations(&a).unwrap(),
        before,
        "exactly as they were"
    );

    // An undo kept by an older screen, without escalations, still restores the anecdote.
    let deleted = db.delete_anecdote(&a).unwrap();
    let mut json = serde_json::to_value(&deleted).unwrap();
    json.as_object_mut().unwrap().remove("escalations");
    let old: chair_core::model::DeletedAnecdote = serde_json::from_value(json).unwrap();
    db.restore_anecdote(&old).unwrap();
    assert!(db.anecdote_escalations(&a).unwrap().is_empty());
}

#[test]
fn deadline_arithmetic_crosses_days_and_years() {
    let mut db = sample_db();
    let a = anecdote(&db, 0);
    let e = raise_at(&mut db, &a, "Ana", 8760, at(30, 23));
    assert_eq!(
        e.due_at,
        chair_core::time::stamp(at(30, 23) + Duration::hours(8760))
    );
    assert_eq!(e.due_at, "2027-11-30T23:00:00.000Z");
}
