//! Changing a decision: fields, impacts and evidence or nothing; supersede links; a customer reference by recording.

use super::*;

/// A bad impact or a missing anecdote refuses the whole update of decision `id`: fields,
/// impacts and evidence stay as they were (`as_was`); `a` is an anecdote that exists.
fn bad_updates_change_nothing(
    db: &mut Db,
    id: &str,
    a: String,
    as_was: &chair_core::model::Decision,
) {
    let mut bad = impact(ImpactDirection::Helps, "x");
    bad.magnitude = Some(6);
    for (update, message) in [
        (
            DecisionInput {
                statement: "Changed".into(),
                impacts: Some(vec![impact(ImpactDirection::Helps, "ok"), bad]),
                evidence_ids: Some(vec![a]),
                ..Default::default()
            },
            "impacts[1].magnitude: must be between 1 and 5",
        ),
        (
            DecisionInput {
                statement: "x".into(),
                evidence_ids: Some(vec!["gone".into()]),
                ..Default::default()
            },
            "evidenceIds[0]: anecdote gone was not found",
        ),
    ] {
        let err = db.update_decision(id, &update).unwrap_err();
        assert_eq!(err.to_string(), message);
        assert_eq!(&db.get_decision(id).unwrap(), as_was);
    }
}

#[test]
fn update_decision_replaces_fields_impacts_and_evidence_or_nothing() {
    let mut db = sample_db();
    let id = planned(&mut db);
    let anecdotes = listed_anecdote_ids(&db);
    let (a, b) = (anecdotes[0].clone(), anecdotes[1].clone());
    let d = db
        .record_decision(&NewDecision {
            impacts: Some(vec![
                impact(ImpactDirection::Helps, "faster"),
                impact(ImpactDirection::Hurts, "no order history"),
            ]),
            evidence_ids: Some(vec![a.clone()]),
            ..stating(&id, "Guest checkout")
        })
        .unwrap();
    assert_eq!(d.impacts.len(), 2);

    let updated = db
        .update_decision(
            &d.id,
            &DecisionInput {
                statement: "Guest checkout, with an account offer after paying".into(),
                rationale: Some("Both".into()),
                options_considered: Some("Accounts only; guests only".into()),
                owner: Some("Sam".into()),
                reversibility: Some(Reversibility::TwoWay),
                review_on: NaiveDate::from_ymd_opt(2027, 1, 5),
                impacts: Some(vec![impact(ImpactDirection::Neutral, "same steps")]),
                evidence_ids: Some(vec![b.clone()]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(updated.options_considered, "Accounts only; guests only");
    assert_eq!(updated.owner, "Sam");
    assert_eq!(
        updated
            .impacts
            .iter()
            .map(|i| (i.direction, i.what_changes.as_str()))
            .collect::<Vec<_>>(),
        [(ImpactDirection::Neutral, "same steps")]
    );
    assert_eq!(updated.evidence_ids, vec![b]);

    bad_updates_change_nothing(&mut db, &d.id, a, &updated);
}

#[test]
fn a_superseded_decision_names_an_existing_other_decision() {
    let mut db = sample_db();
    let id = planned(&mut db);
    let new = |s: &str| stating(&id, s);
    let old = db.record_decision(&new("Old")).unwrap();
    let newer = db.record_decision(&new("New")).unwrap();
    let input = |status, by: Option<&str>| DecisionInput {
        statement: "Old".into(),
        status: Some(status),
        superseded_by: by.map(str::to_owned),
        ..Default::default()
    };
    let d = db
        .update_decision(&old.id, &input(DecisionStatus::Superseded, Some(&newer.id)))
        .unwrap();
    assert_eq!(d.superseded_by.as_deref(), Some(newer.id.as_str()));
    for (status, by) in [
        (DecisionStatus::Superseded, None),
        (DecisionStatus::Superseded, Some("nope")),
        (DecisionStatus::Superseded, Some(old.id.as_str())),
        (DecisionStatus::Rejected, Some(newer.id.as_str())),
    ] {
        let err = db.update_decision(&old.id, &input(status, by)).unwrap_err();
        assert_eq!(err.code(), "invalid", "{status:?} {by:?}");
        assert!(err.to_string().starts_with("supersededBy: "), "{err}");
    }
}

#[test]
fn recording_a_decision_with_impact_or_evidence_is_a_customer_reference() {
    let mut db = sample_db();
    let id = planned(&mut db);
    db.start_meeting(&id, at(0)).unwrap();
    db.record_decision(&NewDecision {
        impacts: Some(vec![impact(ImpactDirection::Unknown, "")]),
        ..stating(&id, "No customer here")
    })
    .unwrap();
    assert_eq!(
        db.open_meeting(&id)
            .unwrap()
            .meeting
            .last_customer_reference_at,
        None
    );
    db.record_decision(&NewDecision {
        impacts: Some(vec![impact(ImpactDirection::Helps, "")]),
        ..stating(&id, "Helps guests")
    })
    .unwrap();
    let v = db.open_meeting(&id).unwrap();
    assert!(v.meeting.last_customer_reference_at.is_some());
    assert!(item(&v, 0).last_customer_reference_at.is_some());
}
