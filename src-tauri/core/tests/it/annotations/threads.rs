//! A decision's thread: oldest first, gone with the decision, signatures kept when a person goes, and a reaction bringing the customer in.

use super::*;

#[test]
fn a_new_decision_has_an_empty_thread_that_fills_oldest_first() {
    let mut db = sample_db();
    let meeting = db.summary().unwrap().last_meeting_id.unwrap();
    let decision = decide(&mut db, &meeting, "Send a survey");
    assert!(decision.annotations.is_empty());
    be(&mut db, "Sam Whitaker");
    let first = db
        .add_annotation(&decision.id, &reaction(Stance::Concerned, None, "first"))
        .unwrap();
    be(&mut db, "Priya Nair");
    let second = db
        .add_annotation(&decision.id, &reaction(Stance::Supports, None, "second"))
        .unwrap();
    assert_eq!(thread(&db, &decision.id), [first, second]);
}

#[test]
fn deleting_a_decision_takes_its_thread_and_deleting_a_person_keeps_their_signature() {
    let dir = tempdir();
    let path = dir.join("w.db");
    let mut db = sample_db_at(&path);
    let decisions = sample_decisions(&db);
    let sam = be(&mut db, "Sam Whitaker");
    drop(db);

    // Neither is something the app offers today; the schema keeps them consistent anyway.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    conn.execute("DELETE FROM decisions WHERE id = ?1", [&decisions[0].id])
        .unwrap();
    let left: u32 = conn
        .query_row(
            "SELECT COUNT(*) FROM annotations WHERE decision_id = ?1",
            [&decisions[0].id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0, "the thread went with the decision");
    conn.execute("DELETE FROM people WHERE id = ?1", [&sam])
        .unwrap();
    drop(conn);

    let mut db = Db::open(&path).unwrap();
    assert_eq!(
        db.current_person().unwrap(),
        None,
        "a deleted person is nobody"
    );
    let a = &thread(&db, &decisions[1].id)[0];
    assert_eq!(a.person_id, None);
    assert_eq!(a.author, "Sam Whitaker", "the signature stays readable");
    // Nobody can claim an orphaned annotation, not even someone of the same name.
    let again = add_person(&mut db, "Sam Whitaker", None);
    db.set_current_person(Some(&again.id)).unwrap();
    assert_eq!(db.delete_annotation(&a.id).unwrap_err().code(), "forbidden");
}

#[test]
fn an_ambassadors_reaction_in_a_running_meeting_brings_the_customer_in() {
    let mut db = sample_db();
    let meeting = db.summary().unwrap().last_meeting_id.unwrap();
    let decision = decide(&mut db, &meeting, "Send a survey");
    let stamped = |db: &Db| {
        db.meeting_view(&meeting)
            .unwrap()
            .meeting
            .last_customer_reference_at
    };

    // The sample's meeting is over: a late reaction changes nothing about it.
    assert_eq!(
        db.meeting_view(&meeting).unwrap().meeting.status,
        MeetingStatus::Ended
    );
    let before = stamped(&db);
    be(&mut db, "Sam Whitaker");
    db.add_annotation(&decision.id, &reaction(Stance::Concerned, None, "late"))
        .unwrap();
    assert_eq!(stamped(&db), before);

    db.set_meeting_status(&meeting, MeetingStatus::Running)
        .unwrap();
    let before = stamped(&db);
    // A facilitator's note is not the customer's voice.
    be(&mut db, "Priya Nair");
    db.add_annotation(&decision.id, &reaction(Stance::Supports, None, "fine"))
        .unwrap();
    assert_eq!(stamped(&db), before);
    // The ambassador's is: the meeting is stamped at the reaction's own time.
    let sam = be(&mut db, "Sam Whitaker");
    let a = db
        .add_annotation(&decision.id, &reaction(Stance::Opposes, Some(1), "no"))
        .unwrap();
    assert_eq!(stamped(&db).as_deref(), Some(a.created_at.as_str()));

    // From a device in the room, the stamp comes back with the reaction, and only once.
    let client = "6f1c1b9e-3f7d-4c2a-9a51-2d6f0c3b7e10";
    let from_device = |db: &mut Db| {
        db.add_annotation_as(
            &sam,
            &meeting,
            client,
            &decision.id,
            &reaction(Stance::Supports, None, "ok"),
        )
        .unwrap()
    };
    let (b, pulse) = from_device(&mut db);
    let pulse = pulse.expect("a pulse");
    assert_eq!(pulse.meeting_id, meeting);
    assert_eq!(pulse.last_customer_reference_at, b.created_at);
    assert_eq!(stamped(&db), Some(b.created_at.clone()));
    let (again, pulse) = from_device(&mut db);
    assert_eq!((again, pulse), (b, None));
}
