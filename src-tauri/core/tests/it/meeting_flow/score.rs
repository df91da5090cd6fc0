//! The empty-chair score, its trend, and the sample meeting.

use super::*;

#[test]
fn the_score_follows_the_documented_formula() {
    let mut db = sample_db();
    let id = planned(&mut db);
    let prompts = deck_prompts(&mut db, &id);
    let anecdotes = listed_anecdote_ids(&db);
    let anecdote = |i: usize| anecdotes[i].clone();
    // 4 decisions: 2 with a known impact, 1 with evidence (anecdote 0).
    let decide = |impacts, evidence| NewDecision {
        impacts: Some(impacts),
        evidence_ids: Some(evidence),
        ..stating(&id, "d")
    };
    for input in [
        decide(vec![impact(ImpactDirection::Helps, "")], vec![anecdote(0)]),
        decide(vec![impact(ImpactDirection::Hurts, "")], vec![]),
        decide(vec![impact(ImpactDirection::Unknown, "")], vec![]),
        decide(vec![], vec![]),
    ] {
        db.record_decision(&input).unwrap();
    }
    // 3 of 5 prompts answered; anecdotes 0 (again) and 1 opened: 2 consulted.
    for p in &prompts[..3] {
        db.answer_prompt(&answer(&id, &p.id, "yes")).unwrap();
    }
    for i in [0, 1, 1] {
        db.record_customer_reference(
            &CustomerReference {
                meeting_id: id.clone(),
                kind: CustomerReferenceKind::AnecdoteOpened,
                anecdote_id: Some(anecdote(i)),
            },
            at(0),
        )
        .unwrap();
    }
    let summary = db.meeting_summary(&id).unwrap();
    let s = &summary.score;
    assert_eq!(
        (
            s.decisions,
            s.with_impact,
            s.with_evidence,
            s.prompts_answered,
            s.prompts_total,
            s.anecdotes_consulted
        ),
        (4, 2, 1, 3, 5, 2)
    );
    // mean(2/4, 1/4, 3/5, min(1, 2/4)) = mean(0.5, 0.25, 0.6, 0.5) = 0.4625
    assert_eq!(s.score, 46);
    assert_eq!(summary.decisions.len(), 4);
    assert_eq!(summary.meeting.id, id);

    // "I'm speaking for the customer", pressed once: it counts with the anecdotes.
    db.record_customer_reference(
        &CustomerReference {
            meeting_id: id.clone(),
            kind: CustomerReferenceKind::SpokeForCustomer,
            anecdote_id: None,
        },
        at(60),
    )
    .unwrap();
    let s = db.meeting_summary(&id).unwrap().score;
    assert_eq!((s.anecdotes_consulted, s.spoken_for_customer), (2, 1));
    // mean(0.5, 0.25, 0.6, min(1, 3/4)) = 0.525
    assert_eq!(s.score, 53);
}

#[test]
fn the_trend_lists_ended_meetings_by_date_and_this_one() {
    let mut db = sample_db();
    let sample = db.list_meetings().unwrap()[0].clone();
    assert_eq!(sample.status, MeetingStatus::Ended);
    let meeting = |db: &mut Db, title: &str, day: u32| {
        db.create_meeting(&NewMeeting {
            held_on: NaiveDate::from_ymd_opt(2026, 10, day),
            ..titled(title)
        })
        .unwrap()
        .id
    };
    let late = meeting(&mut db, "Late", 30);
    let early = meeting(&mut db, "Early", 2);
    let open = meeting(&mut db, "Still running", 15);
    let _other_open = meeting(&mut db, "Not ended", 20);
    db.end_meeting(&late, at(0)).unwrap();
    db.end_meeting(&early, at(0)).unwrap();
    let trend = db.meeting_summary(&open).unwrap().trend;
    assert_eq!(
        trend.iter().map(|p| p.title.as_str()).collect::<Vec<_>>(),
        [
            "Early",
            "Still running",
            "Late",
            "Returns and refunds review"
        ]
    );
    let sample_trend = db.meeting_summary(&sample.id).unwrap().trend;
    assert_eq!(
        sample_trend
            .iter()
            .map(|p| p.title.as_str())
            .collect::<Vec<_>>(),
        ["Early", "Late", "Returns and refunds review"]
    );
}

#[test]
fn the_sample_meeting_is_well_prepared() {
    let mut db = sample_db();
    let sample = db.list_meetings().unwrap()[0].id.clone();
    let v = db.open_meeting(&sample).unwrap();
    assert!(v
        .agenda
        .iter()
        .all(|a| a.done_at.is_some() && a.elapsed_seconds > 0));
    assert_eq!(v.answers.len(), 5);
    assert!(v.decisions.iter().all(|d| !d.options_considered.is_empty()));
    let s = db.meeting_summary(&sample).unwrap().score;
    assert_eq!((s.decisions, s.with_impact, s.with_evidence), (3, 3, 3));
    assert_eq!((s.prompts_answered, s.prompts_total), (5, 5));
    assert_eq!(s.anecdotes_consulted, 6);
    assert_eq!(s.score, 100);
    for d in &v.decisions {
        assert!(
            !db.check_gate(&d.id).unwrap().needs_confirmation,
            "{}",
            d.statement
        );
    }
}
