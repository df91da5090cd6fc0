//! An undone anecdote delete comes back where the room consulted it.

use super::*;

#[test]
fn undoing_an_anecdote_delete_brings_back_where_it_was_consulted() {
    let mut db = sample_db();
    let id = planned(&mut db);
    let anecdote = listed_anecdote_ids(&db)[0].clone();
    db.record_customer_reference(
        &CustomerReference {
            meeting_id: id.clone(),
            kind: CustomerReferenceKind::AnecdoteOpened,
            anecdote_id: Some(anecdote.clone()),
        },
        at(0),
    )
    .unwrap();
    let deleted = db.delete_anecdote(&anecdote).unwrap();
    assert_eq!(deleted.consulted_in.len(), 1);
    assert!(db
        .open_meeting(&id)
        .unwrap()
        .consulted_anecdote_ids
        .is_empty());
    db.restore_anecdote(&deleted).unwrap();
    assert_eq!(
        db.open_meeting(&id).unwrap().consulted_anecdote_ids,
        vec![anecdote]
    );
}
