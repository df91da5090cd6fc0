//! Ambassadors' annotations: signed by the person at the keyboard, editable only by them, and
//! carried by every decision that is loaded.

mod threads;

use chair_core::model::{
    Annotation, AnnotationFlag, AnnotationInput, Decision, MeetingStatus, PersonInput, Role, Stance,
};
use chair_core::Db;

use crate::storage::tempdir;
use crate::{add_person, be, decide, sample_db, sample_db_at};

fn sample_decisions(db: &Db) -> Vec<Decision> {
    let meeting = db.summary().unwrap().last_meeting_id.unwrap();
    db.list_decisions(&meeting).unwrap()
}

fn reaction(stance: Stance, feeling: Option<u8>, comment: &str) -> AnnotationInput {
    AnnotationInput {
        stance,
        feeling,
        comment: comment.into(),
        flags: Vec::new(),
    }
}

fn thread(db: &Db, decision_id: &str) -> Vec<Annotation> {
    db.get_decision(decision_id).unwrap().annotations
}

#[test]
fn the_sample_decisions_carry_the_ambassadors_reactions_wherever_they_are_loaded() {
    let db = sample_db();
    let decisions = sample_decisions(&db);
    assert_eq!(decisions.len(), 3);
    let sam = db
        .list_people(false)
        .unwrap()
        .into_iter()
        .find(|p| p.role == Role::Ambassador)
        .unwrap();
    for d in &decisions {
        assert_eq!(d.annotations.len(), 1, "{}", d.statement);
        let a = &d.annotations[0];
        assert_eq!(a.decision_id, d.id);
        assert_eq!(a.person_id.as_deref(), Some(sam.id.as_str()));
        assert_eq!(a.author, sam.name);
        assert_eq!(a.role, Role::Ambassador);
        assert!(!a.comment.is_empty());
    }
    assert_eq!(
        decisions[0].annotations[0].flags,
        [AnnotationFlag::WouldTellOthers]
    );
    assert_eq!(decisions[2].annotations[0].stance, Stance::Concerned);
    // The meeting view, the summary and a single decision agree.
    let meeting = &decisions[0].meeting_id;
    assert_eq!(db.meeting_view(meeting).unwrap().decisions, decisions);
    assert_eq!(db.meeting_summary(meeting).unwrap().decisions, decisions);
    assert_eq!(db.get_decision(&decisions[1].id).unwrap(), decisions[1]);
}

#[test]
fn nobody_annotates_before_choosing_who_they_are() {
    let mut db = sample_db();
    let decision = sample_decisions(&db)[0].id.clone();
    let err = db
        .add_annotation(&decision, &reaction(Stance::Opposes, None, "No"))
        .unwrap_err();
    assert_eq!(err.code(), "forbidden");
    assert!(err.to_string().contains("Choose who you are"), "{err}");
    assert_eq!(thread(&db, &decision).len(), 1, "nothing added");
}

#[test]
fn an_annotation_is_signed_with_the_name_and_role_its_author_had() {
    let mut db = sample_db();
    let decision = sample_decisions(&db)[1].id.clone();
    let me = be(&mut db, "Priya Nair");
    let added = db
        .add_annotation(
            &decision,
            &AnnotationInput {
                stance: Stance::Concerned,
                feeling: Some(3),
                comment: "  I would still want to know before I buy.  ".into(),
                flags: vec![
                    AnnotationFlag::WouldLeave,
                    AnnotationFlag::WouldPayMore,
                    AnnotationFlag::WouldLeave,
                ],
            },
        )
        .unwrap();
    assert_eq!(added.person_id.as_deref(), Some(me.as_str()));
    assert_eq!(added.author, "Priya Nair");
    assert_eq!(added.role, Role::Facilitator);
    assert_eq!(added.comment, "I would still want to know before I buy.");
    assert_eq!(
        added.flags,
        [AnnotationFlag::WouldLeave, AnnotationFlag::WouldPayMore],
        "each flag once, in the order given"
    );
    assert_eq!(added.feeling, Some(3));
    assert_eq!(added.created_at, added.updated_at);

    // Oldest first: the sample's reaction, then this one.
    let t = thread(&db, &decision);
    assert_eq!(t.len(), 2);
    assert_eq!(t[1], added);

    // Renaming or re-roling the person later does not rewrite what they signed.
    db.update_person(
        &me,
        &PersonInput {
            name: "Priya N.".into(),
            role: Some(Role::Participant),
        },
    )
    .unwrap();
    let t = thread(&db, &decision);
    assert_eq!(t[1].author, "Priya Nair");
    assert_eq!(t[1].role, Role::Facilitator);
}

#[test]
fn flags_are_stored_as_a_json_list_and_read_back() {
    let dir = tempdir();
    let path = dir.join("w.db");
    let mut db = sample_db_at(&path);
    let decision = sample_decisions(&db)[0].id.clone();
    be(&mut db, "Sam Whitaker");
    let all = AnnotationFlag::ALL.to_vec();
    let added = db
        .add_annotation(
            &decision,
            &AnnotationInput {
                stance: Stance::Supports,
                feeling: Some(5),
                comment: String::new(),
                flags: all.clone(),
            },
        )
        .unwrap();
    let none = db
        .add_annotation(&decision, &reaction(Stance::Supports, None, ""))
        .unwrap();
    drop(db);

    let conn = rusqlite::Connection::open(&path).unwrap();
    let stored = |id: &str| -> String {
        conn.query_row("SELECT flags FROM annotations WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .unwrap()
    };
    assert_eq!(
        stored(&added.id),
        r#"["would_tell_others","would_leave","would_pay_more"]"#
    );
    assert_eq!(stored(&none.id), "[]");
    drop(conn);

    let db = Db::open(&path).unwrap();
    let t = thread(&db, &decision);
    assert_eq!(t.iter().find(|a| a.id == added.id).unwrap().flags, all);
    assert!(t.iter().find(|a| a.id == none.id).unwrap().flags.is_empty());
    assert_eq!(t.iter().find(|a| a.id == none.id).unwrap().feeling, None);
}

#[test]
fn a_feeling_outside_one_to_five_or_an_unknown_decision_is_refused() {
    let mut db = sample_db();
    let decision = sample_decisions(&db)[0].id.clone();
    be(&mut db, "Sam Whitaker");
    for feeling in [0, 6, 255] {
        let err = db
            .add_annotation(&decision, &reaction(Stance::Supports, Some(feeling), "x"))
            .unwrap_err();
        assert_eq!(err.code(), "invalid", "{feeling}");
        assert!(err.to_string().starts_with("feeling:"), "{err}");
    }
    assert_eq!(thread(&db, &decision).len(), 1, "nothing added");
    let err = db
        .add_annotation("no-such-decision", &reaction(Stance::Supports, None, "x"))
        .unwrap_err();
    assert_eq!(err.code(), "not_found");

    // Editing is checked the same way and changes nothing.
    let mine = db
        .add_annotation(&decision, &reaction(Stance::Supports, Some(4), "fine"))
        .unwrap();
    let err = db
        .update_annotation(&mine.id, &reaction(Stance::Opposes, Some(0), "no"))
        .unwrap_err();
    assert!(err.to_string().starts_with("feeling:"), "{err}");
    assert_eq!(thread(&db, &decision)[1], mine);
}

#[test]
fn only_the_author_edits_or_deletes_an_annotation() {
    let mut db = sample_db();
    let decision = sample_decisions(&db)[2].id.clone();
    be(&mut db, "Sam Whitaker");
    let mine = db
        .add_annotation(&decision, &reaction(Stance::Concerned, Some(2), "Hmm"))
        .unwrap();

    // Someone else, or nobody, is refused, naming the author.
    be(&mut db, "Priya Nair");
    for err in [
        db.update_annotation(&mine.id, &reaction(Stance::Supports, Some(5), "Great"))
            .unwrap_err(),
        db.delete_annotation(&mine.id).unwrap_err(),
    ] {
        assert_eq!(err.code(), "forbidden");
        assert!(
            err.to_string().starts_with("Only Sam Whitaker can"),
            "{err}"
        );
    }
    db.set_current_person(None).unwrap();
    assert_eq!(
        db.delete_annotation(&mine.id).unwrap_err().code(),
        "forbidden"
    );
    assert_eq!(thread(&db, &decision)[1], mine, "unchanged");

    // The author edits: the text changes, the signature and creation time stay, the update
    // time moves on.
    be(&mut db, "Sam Whitaker");
    std::thread::sleep(std::time::Duration::from_millis(5)); // a later millisecond
    let edited = db
        .update_annotation(
            &mine.id,
            &AnnotationInput {
                stance: Stance::Opposes,
                feeling: None,
                comment: " I would leave over this. ".into(),
                flags: vec![AnnotationFlag::WouldLeave],
            },
        )
        .unwrap();
    assert_eq!(edited.stance, Stance::Opposes);
    assert_eq!(edited.feeling, None);
    assert_eq!(edited.comment, "I would leave over this.");
    assert_eq!(edited.flags, [AnnotationFlag::WouldLeave]);
    assert_eq!(edited.author, mine.author);
    assert_eq!(edited.created_at, mine.created_at);
    assert!(edited.updated_at > mine.updated_at);
    assert_eq!(thread(&db, &decision)[1], edited);

    db.delete_annotation(&mine.id).unwrap();
    assert_eq!(thread(&db, &decision).len(), 1);
    assert_eq!(
        db.delete_annotation(&mine.id).unwrap_err().code(),
        "not_found"
    );
}
