//! Customer references: the current item stamped, and each anecdote counted once.

use super::*;

#[test]
fn a_customer_reference_stamps_the_current_item_and_counts_anecdotes_once() {
    let mut db = sample_db();
    let id = planned(&mut db);
    db.start_meeting(&id, at(0)).unwrap();
    let anecdotes = listed_anecdote_ids(&db);
    let (a, b) = (anecdotes[0].clone(), anecdotes[1].clone());
    let reference = |kind, anecdote: Option<&String>| CustomerReference {
        meeting_id: id.clone(),
        kind,
        anecdote_id: anecdote.cloned(),
    };
    let pulse = db
        .record_customer_reference(
            &reference(CustomerReferenceKind::AnecdoteOpened, Some(&a)),
            at(120),
        )
        .unwrap();
    assert_eq!(pulse.last_customer_reference_at, "2026-11-25T09:02:00.000Z");
    assert_eq!(pulse.anecdotes_consulted, 1);
    db.record_customer_reference(
        &reference(CustomerReferenceKind::AnecdotePinned, Some(&a)),
        at(130),
    )
    .unwrap();
    let pulse = db
        .record_customer_reference(
            &reference(CustomerReferenceKind::AnecdoteOpened, Some(&b)),
            at(140),
        )
        .unwrap();
    assert_eq!(pulse.anecdotes_consulted, 2, "distinct anecdotes");
    let pulse = db
        .record_customer_reference(
            &reference(CustomerReferenceKind::ImpactRecorded, None),
            at(200),
        )
        .unwrap();
    let v = db.open_meeting(&id).unwrap();
    assert_eq!(
        pulse.agenda_item_id.as_deref(),
        Some(item(&v, 0).id.as_str())
    );
    assert_eq!(
        item(&v, 0).last_customer_reference_at.as_deref(),
        Some("2026-11-25T09:03:20.000Z")
    );
    assert_eq!(item(&v, 1).last_customer_reference_at, None);
    assert_eq!(
        v.meeting.last_customer_reference_at.as_deref(),
        Some("2026-11-25T09:03:20.000Z")
    );
    let mut consulted = v.consulted_anecdote_ids.clone();
    consulted.sort();
    let mut expected = vec![a, b];
    expected.sort();
    assert_eq!(consulted, expected);

    let err = db
        .record_customer_reference(
            &reference(
                CustomerReferenceKind::AnecdoteOpened,
                Some(&"nope".to_owned()),
            ),
            at(300),
        )
        .unwrap_err();
    assert_eq!(err.code(), "not_found");
}
