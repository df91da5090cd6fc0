//! The one-way-door gate: what it names, overrides, and what passes.

use super::*;

#[test]
fn the_gate_refuses_a_one_way_door_naming_what_is_missing() {
    let mut db = sample_db();
    let id = planned(&mut db);
    let prompts = deck_prompts(&mut db, &id);
    answer_each(&mut db, &id, &prompts[..3]);
    let d = one_way(&mut db, &id, vec![]);
    let check = db.check_gate(&d.id).unwrap();
    assert!(check.needs_confirmation);
    assert_eq!(
        check.reasons,
        [
            "customer question not answered: \u{201c}How do you know what customers need or want?\u{201d}",
            "customer question not answered: \u{201c}What does the customer experience look like?\u{201d}",
            "no customer evidence: no anecdote is pinned to it",
        ]
    );
    let err = db.accept_decision(&d.id, None).unwrap_err();
    assert_eq!(err.code(), "gate");
    let message = err.to_string();
    assert!(
        message.contains("How do you know what customers need or want?"),
        "{message}"
    );
    assert!(message.contains("no customer evidence"), "{message}");
    assert_eq!(
        db.get_decision(&d.id).unwrap().status,
        DecisionStatus::Proposed
    );
    assert_eq!(
        db.accept_decision(&d.id, Some("  ")).unwrap_err().code(),
        "gate",
        "a blank name is no override"
    );

    // Recording it as accepted, or editing it to accepted, meets the same gate.
    let err = db
        .record_decision(&NewDecision {
            reversibility: Some(Reversibility::OneWay),
            status: Some(DecisionStatus::Accepted),
            ..stating(&id, "Another one-way door")
        })
        .unwrap_err();
    assert_eq!(err.code(), "gate");
    assert_eq!(db.list_decisions(&id).unwrap().len(), 1, "nothing recorded");
    let err = db
        .update_decision(
            &d.id,
            &DecisionInput {
                statement: d.statement.clone(),
                reversibility: Some(Reversibility::OneWay),
                status: Some(DecisionStatus::Accepted),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), "gate");
}

#[test]
fn an_override_accepts_and_records_who() {
    let mut db = sample_db();
    let id = planned(&mut db);
    let d = one_way(&mut db, &id, vec![]);
    let accepted = db.accept_decision(&d.id, Some(" Lena Park ")).unwrap();
    assert_eq!(accepted.status, DecisionStatus::Accepted);
    assert_eq!(accepted.gate_overridden_by.as_deref(), Some("Lena Park"));
    assert!(accepted.gate_overridden_at.is_some());
    assert_eq!(db.list_decisions(&id).unwrap()[0], accepted);
}

#[test]
fn a_prepared_one_way_door_and_any_two_way_door_pass() {
    let mut db = sample_db();
    let id = planned(&mut db);
    let prompts = deck_prompts(&mut db, &id);
    let evidence = listed_anecdote_ids(&db)[0].clone();
    let two_way = db
        .record_decision(&NewDecision {
            reversibility: Some(Reversibility::TwoWay),
            ..stating(&id, "Try a shorter form")
        })
        .unwrap();
    assert!(!db.check_gate(&two_way.id).unwrap().needs_confirmation);
    let accepted = db.accept_decision(&two_way.id, None).unwrap();
    assert_eq!(accepted.status, DecisionStatus::Accepted);
    assert_eq!(accepted.gate_overridden_by, None);

    answer_each(&mut db, &id, &prompts);
    let d = one_way(&mut db, &id, vec![evidence]);
    assert_eq!(db.check_gate(&d.id).unwrap().reasons, Vec::<String>::new());
    let accepted = db.accept_decision(&d.id, Some("Lena")).unwrap();
    assert_eq!(accepted.status, DecisionStatus::Accepted);
    assert_eq!(accepted.gate_overridden_by, None, "nothing was overridden");
}
