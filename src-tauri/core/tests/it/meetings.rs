use chair_core::model::{
    DecisionStatus, ImpactDirection, MeetingStatus, NewDecision, NewImpact, NewMeeting, NewPersona,
    Reversibility,
};

use crate::{listed_anecdote_ids, sample_db, stating, titled};

fn new_meeting(db: &mut chair_core::Db) -> chair_core::model::Meeting {
    let persona = db.list_personas(false).unwrap()[0].id.clone();
    let deck = db.list_decks().unwrap()[0].id.clone();
    db.create_meeting(&NewMeeting {
        deck_id: Some(deck),
        persona_ids: Some(vec![persona]),
        agenda: Some(vec!["Return window".into(), "Gift receipts".into()]),
        ..titled("  Holiday returns  ")
    })
    .unwrap()
}

#[test]
fn a_new_meeting_runs_and_is_reopened_next_time() {
    let mut db = sample_db();
    let m = new_meeting(&mut db);
    assert_eq!(m.title, "Holiday returns");
    assert_eq!(m.status, MeetingStatus::Running);
    assert!(m.started_at.is_some());
    assert_eq!(
        db.summary().unwrap().last_meeting_id.as_deref(),
        Some(m.id.as_str())
    );
    let view = db.open_meeting(&m.id).unwrap();
    assert_eq!(
        view.agenda
            .iter()
            .map(|a| a.title.as_str())
            .collect::<Vec<_>>(),
        ["Return window", "Gift receipts"]
    );
    assert_eq!(view.personas.len(), 1);
}

#[test]
fn a_meeting_needs_a_title_and_known_personas() {
    let mut db = sample_db();
    let err = db.create_meeting(&titled("  ")).unwrap_err();
    assert_eq!(
        (err.code(), err.to_string().as_str()),
        (chair_core::ErrorCode::Invalid, "title: must not be empty")
    );
    let err = db
        .create_meeting(&NewMeeting {
            persona_ids: Some(vec!["nobody".into()]),
            ..titled("x")
        })
        .unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert_eq!(
        db.list_meetings().unwrap().len(),
        1,
        "a refused meeting leaves nothing behind"
    );
}

#[test]
fn prompt_index_moves_within_the_deck() {
    let mut db = sample_db();
    let m = new_meeting(&mut db);
    assert_eq!(db.set_prompt_index(&m.id, 4).unwrap().prompt_index, 4);
    let err = db.set_prompt_index(&m.id, 5).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert_eq!(db.open_meeting(&m.id).unwrap().meeting.prompt_index, 4);
}

#[test]
fn ending_a_meeting_stamps_it() {
    let mut db = sample_db();
    let m = new_meeting(&mut db);
    let ended = db.set_meeting_status(&m.id, MeetingStatus::Ended).unwrap();
    assert!(ended.ended_at.is_some());
    assert_eq!(ended.started_at, m.started_at);
}

#[test]
fn a_decision_is_stored_with_impact_and_evidence() {
    let mut db = sample_db();
    let m = new_meeting(&mut db);
    let persona = m.persona_ids[0].clone();
    let evidence = listed_anecdote_ids(&db)[0].clone();
    let d = db
        .record_decision(&NewDecision {
            rationale: Some("Customers should not pay for our defects.".into()),
            status: Some(DecisionStatus::Accepted),
            reversibility: Some(Reversibility::TwoWay),
            impacts: Some(vec![NewImpact {
                persona_id: Some(persona.clone()),
                segment: None,
                direction: ImpactDirection::Helps,
                magnitude: Some(4),
                confidence: None,
                reach: None,
                what_changes: "No more paying to send back a broken treadmill.".into(),
            }]),
            evidence_ids: Some(vec![evidence.clone()]),
            ..stating(&m.id, "Free return shipping for defective heavy items")
        })
        .unwrap();
    let logged = db.list_decisions(&m.id).unwrap();
    assert_eq!(logged, vec![d.clone()]);
    assert_eq!(d.impacts[0].direction, ImpactDirection::Helps);
    assert_eq!(
        d.impacts[0].segment,
        db.get_persona(&persona).unwrap().segment,
        "segment taken from persona"
    );
    assert_eq!(d.evidence_ids, vec![evidence]);
}

#[test]
fn a_refused_decision_changes_nothing() {
    let mut db = sample_db();
    let m = new_meeting(&mut db);
    let bad_magnitude = NewDecision {
        impacts: Some(vec![NewImpact {
            persona_id: None,
            segment: None,
            direction: ImpactDirection::Hurts,
            magnitude: Some(9),
            confidence: None,
            reach: None,
            what_changes: String::new(),
        }]),
        ..stating(&m.id, "Something")
    };
    let err = db.record_decision(&bad_magnitude).unwrap_err();
    assert_eq!(
        err.to_string(),
        "impacts[0].magnitude: must be between 1 and 5"
    );
    let no_statement = NewDecision {
        meeting_id: m.id.clone(),
        ..Default::default()
    };
    assert_eq!(
        db.record_decision(&no_statement).unwrap_err().code(),
        "invalid"
    );
    assert!(db.list_decisions(&m.id).unwrap().is_empty());
}

#[test]
fn personas_can_be_added_quickly() {
    let mut db = sample_db();
    let p = db
        .create_persona(&NewPersona {
            name: " Ana ".into(),
            segment: Some("Seller".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!((p.name.as_str(), p.segment.as_str()), ("Ana", "Seller"));
    assert_eq!(db.list_personas(false).unwrap().len(), 4);
    assert_eq!(
        db.create_persona(&NewPersona::default())
            .unwrap_err()
            .code(),
        "invalid"
    );
}
