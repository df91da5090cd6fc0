//! Prompt answers and the decision draft.

use super::*;

#[test]
fn answers_are_one_per_prompt_updated_in_place_and_deleted_when_emptied() {
    let mut db = sample_db();
    let (id, v) = started(&mut db);
    let prompt = v.deck.as_ref().unwrap().prompts[0].id.clone();
    let first = db
        .answer_prompt(&answer(&id, &prompt, " Shoppers in a hurry "))
        .unwrap()
        .unwrap();
    assert_eq!(first.answer, "Shoppers in a hurry");
    assert_eq!(
        first.agenda_item_id.as_deref(),
        Some(item(&v, 0).id.as_str()),
        "belongs to the item under discussion"
    );
    let second = db
        .answer_prompt(&answer(&id, &prompt, "Guests on mobile"))
        .unwrap()
        .unwrap();
    assert_eq!(second.id, first.id, "the same answer, replaced");
    let v = db.open_meeting(&id).unwrap();
    assert_eq!(v.answers, vec![second.clone()]);
    assert!(
        v.meeting.last_customer_reference_at.is_some(),
        "answering counts as referring to the customer"
    );

    // An answer for a decision is another answer to the same prompt.
    let d = decide(&mut db, &id, "Guest checkout stays");
    let for_decision = db
        .answer_prompt(&AnswerInput {
            decision_id: Some(d.id.clone()),
            ..answer(&id, &prompt, "Guests who buy once a year")
        })
        .unwrap()
        .unwrap();
    assert_ne!(for_decision.id, second.id);
    assert_eq!(db.open_meeting(&id).unwrap().answers.len(), 2);

    assert_eq!(
        db.answer_prompt(&answer(&id, &prompt, "   ")).unwrap(),
        None
    );
    let left = db.open_meeting(&id).unwrap().answers;
    assert_eq!(
        left,
        vec![for_decision],
        "only the general answer was deleted"
    );

    assert_eq!(
        db.answer_prompt(&answer(&id, "nope", "x"))
            .unwrap_err()
            .code(),
        "not_found"
    );
}

#[test]
fn a_draft_round_trips_and_recording_the_decision_clears_it() {
    let (path, mut db, id) = planned_in_file();
    assert_eq!(db.decision_draft(&id).unwrap(), None);
    db.save_decision_draft(&id, r#"{"statement":"Gue"}"#)
        .unwrap();
    db.save_decision_draft(&id, r#"{"statement":"Guest checkout","pins":["a"]}"#)
        .unwrap();
    drop(db);
    let mut db = Db::open(&path).unwrap();
    assert_eq!(
        db.decision_draft(&id).unwrap().as_deref(),
        Some(r#"{"statement":"Guest checkout","pins":["a"]}"#),
        "survives the app being killed"
    );
    let err = db.save_decision_draft(&id, "{not json").unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(
        db.decision_draft(&id).unwrap().is_some(),
        "a bad draft keeps the last good one"
    );
    decide(&mut db, &id, "Guest checkout");
    assert_eq!(db.decision_draft(&id).unwrap(), None);
    db.save_decision_draft(&id, "{}").unwrap();
    db.save_decision_draft(&id, "").unwrap();
    assert_eq!(
        db.decision_draft(&id).unwrap(),
        None,
        "an empty draft clears it"
    );
    assert_eq!(
        db.save_decision_draft("nope", "{}").unwrap_err().code(),
        "not_found"
    );
}
