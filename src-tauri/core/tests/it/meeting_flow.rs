//! The meeting as the room runs it: the agenda clock, customer references, prompt answers,
//! the decision draft, the one-way-door gate, decision edits and the empty-chair score.

use chair_core::model::{
    AnswerInput, CustomerReference, CustomerReferenceKind, DecisionInput, DecisionStatus,
    ImpactDirection, MeetingStatus, MeetingView, NewAgendaItem, NewAttendee, NewDecision,
    NewImpact, NewMeeting, Reversibility, Role,
};
use chair_core::Db;
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use crate::sample_db;
use crate::storage::tempdir;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap()
}

fn at(seconds: i64) -> DateTime<Utc> {
    t0() + Duration::seconds(seconds)
}

/// The five-questions deck (five prompts).
fn five_questions(db: &Db) -> String {
    let decks = db.list_decks().unwrap();
    let deck = decks
        .iter()
        .find(|d| d.name == "The five customer questions")
        .unwrap();
    assert_eq!(deck.prompts.len(), 5);
    deck.id.clone()
}

/// A planned meeting with three agenda items and the five-questions deck.
fn planned(db: &mut Db) -> String {
    let deck = five_questions(db);
    let persona = db.list_personas(false).unwrap()[0].id.clone();
    db.create_meeting(&NewMeeting {
        title: "Checkout review".into(),
        held_on: Some(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()),
        deck_id: Some(deck),
        persona_ids: Some(vec![persona]),
        agenda: Some(vec![
            NewAgendaItem {
                title: "Guest checkout".into(),
                planned_minutes: Some(10),
            },
            NewAgendaItem {
                title: "Saved cards".into(),
                planned_minutes: Some(15),
            },
            "Wrap up".into(),
        ]),
        attendees: Some(vec![
            NewAttendee {
                name: "Lena".into(),
                role: Some(Role::Facilitator),
            },
            NewAttendee {
                name: "Sam".into(),
                role: Some(Role::Ambassador),
            },
            NewAttendee {
                name: "Kim".into(),
                role: None,
            },
        ]),
        nudge_minutes: Some(7),
        planned: Some(true),
        ..Default::default()
    })
    .unwrap()
    .id
}

fn item(view: &MeetingView, i: usize) -> &chair_core::model::AgendaItem {
    &view.agenda[i]
}

#[test]
fn a_planned_meeting_keeps_its_attendees_nudge_and_agenda_minutes() {
    let mut db = sample_db();
    let id = planned(&mut db);
    let view = db.open_meeting(&id).unwrap();
    let m = &view.meeting;
    assert_eq!(m.status, MeetingStatus::Planned);
    assert_eq!(m.started_at, None);
    assert_eq!(m.nudge_minutes, 7);
    assert_eq!(m.current_agenda_item_id, None);
    assert_eq!(
        m.attendees
            .iter()
            .map(|a| (a.name.as_str(), a.role))
            .collect::<Vec<_>>(),
        [
            ("Lena", Role::Facilitator),
            ("Sam", Role::Ambassador),
            ("Kim", Role::Participant)
        ]
    );
    assert_eq!(
        view.agenda
            .iter()
            .map(|a| a.planned_minutes)
            .collect::<Vec<_>>(),
        [Some(10), Some(15), None]
    );
    assert!(view.agenda.iter().all(|a| a.running_since.is_none()));
}

#[test]
fn the_default_nudge_is_ten_minutes_and_bad_minutes_are_refused() {
    let mut db = sample_db();
    let m = db
        .create_meeting(&NewMeeting {
            title: "x".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(m.nudge_minutes, 10);
    let err = db
        .create_meeting(&NewMeeting {
            title: "x".into(),
            agenda: Some(vec![NewAgendaItem {
                title: "a".into(),
                planned_minutes: Some(0),
            }]),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "agenda[0].plannedMinutes: must be between 1 and 1440"
    );
}

#[test]
fn timers_accumulate_across_pause_and_resume_and_survive_reopening_the_file() {
    let path = tempdir().join("w.db");
    let id = {
        let mut db = Db::open(&path).unwrap();
        db.initialize_if_new().unwrap();
        let id = planned(&mut db);
        let v = db.start_meeting(&id, at(0)).unwrap();
        assert_eq!(v.meeting.status, MeetingStatus::Running);
        assert_eq!(
            v.meeting.current_agenda_item_id.as_deref(),
            Some(item(&v, 0).id.as_str()),
            "starting the meeting starts its first item"
        );
        assert!(item(&v, 0).running_since.is_some());
        let v = db.pause_meeting(&id, at(90)).unwrap();
        assert_eq!(v.meeting.status, MeetingStatus::Paused);
        assert_eq!(item(&v, 0).elapsed_seconds, 90);
        assert_eq!(item(&v, 0).running_since, None, "pausing stops the timer");
        // Ten minutes of coffee do not count.
        let v = db.resume_meeting(&id, at(690)).unwrap();
        assert_eq!(v.meeting.status, MeetingStatus::Running);
        assert_eq!(
            item(&v, 0).running_since.as_deref(),
            Some("2026-11-25T09:11:30.000Z")
        );
        id
        // The app is killed here, mid-stretch.
    };
    let mut db = Db::open(&path).unwrap();
    let v = db.open_meeting(&id).unwrap();
    assert_eq!(v.meeting.status, MeetingStatus::Running);
    let first = item(&v, 0);
    assert_eq!(first.elapsed_seconds, 90);
    let since = DateTime::parse_from_rfc3339(first.running_since.as_deref().unwrap()).unwrap();
    let spent =
        i64::from(first.elapsed_seconds) + (at(720) - since.with_timezone(&Utc)).num_seconds();
    assert_eq!(spent, 120, "elapsed = accumulated + now - running since");
    let v = db.pause_meeting(&id, at(720)).unwrap();
    assert_eq!(item(&v, 0).elapsed_seconds, 120);
    assert_eq!(item(&v, 0).done_at, None, "a paused item is not done");
}

#[test]
fn starting_another_agenda_item_stops_and_closes_the_previous_one() {
    let mut db = sample_db();
    let id = planned(&mut db);
    db.start_meeting(&id, at(0)).unwrap();
    let v = db.open_meeting(&id).unwrap();
    let (first, second) = (item(&v, 0).id.clone(), item(&v, 1).id.clone());
    let v = db.start_agenda_item(&id, &second, at(300)).unwrap();
    assert_eq!(
        v.meeting.current_agenda_item_id.as_deref(),
        Some(second.as_str())
    );
    assert_eq!(item(&v, 0).elapsed_seconds, 300);
    assert_eq!(item(&v, 0).running_since, None);
    assert_eq!(
        item(&v, 0).done_at.as_deref(),
        Some("2026-11-25T09:05:00.000Z")
    );
    assert!(item(&v, 1).running_since.is_some());
    assert_eq!(
        item(&v, 1).started_at.as_deref(),
        Some("2026-11-25T09:05:00.000Z")
    );

    // Back to the first: it reopens and adds to its time; the second stops.
    let v = db.start_agenda_item(&id, &first, at(400)).unwrap();
    assert_eq!(item(&v, 1).elapsed_seconds, 100);
    assert!(item(&v, 1).done_at.is_some());
    assert_eq!(item(&v, 0).done_at, None);
    let v = db.end_meeting(&id, at(460)).unwrap();
    assert_eq!(v.meeting.status, MeetingStatus::Ended);
    assert_eq!(item(&v, 0).elapsed_seconds, 360);
    assert!(
        item(&v, 0).done_at.is_some(),
        "ending closes the current item"
    );
    assert!(v.agenda.iter().all(|a| a.running_since.is_none()));

    let err = db.start_agenda_item(&id, &second, at(500)).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert_eq!(
        db.start_meeting(&id, at(500)).unwrap_err().code(),
        "invalid"
    );
    let other = planned(&mut db);
    let err = db.start_agenda_item(&other, &first, at(500)).unwrap_err();
    assert_eq!(err.code(), "not_found", "an item of another meeting");
}

#[test]
fn starting_an_item_of_a_paused_meeting_runs_the_meeting_again() {
    let mut db = sample_db();
    let id = planned(&mut db);
    db.start_meeting(&id, at(0)).unwrap();
    db.pause_meeting(&id, at(60)).unwrap();
    let second = db.open_meeting(&id).unwrap().agenda[1].id.clone();
    let v = db.start_agenda_item(&id, &second, at(600)).unwrap();
    assert_eq!(v.meeting.status, MeetingStatus::Running);
    assert_eq!(
        item(&v, 0).elapsed_seconds,
        60,
        "paused time is not counted"
    );
    assert_eq!(
        item(&v, 1).running_since.as_deref(),
        Some("2026-11-25T09:10:00.000Z")
    );
}

#[test]
fn set_meeting_status_moves_the_clock_too() {
    let mut db = sample_db();
    let id = planned(&mut db);
    db.start_meeting(&id, at(0)).unwrap();
    db.set_meeting_status(&id, MeetingStatus::Paused).unwrap();
    let v = db.open_meeting(&id).unwrap();
    assert_eq!(item(&v, 0).running_since, None);
}

#[test]
fn a_customer_reference_stamps_the_current_item_and_counts_anecdotes_once() {
    let mut db = sample_db();
    let id = planned(&mut db);
    db.start_meeting(&id, at(0)).unwrap();
    let anecdotes = db.search_anecdotes(&Default::default()).unwrap();
    let (a, b) = (
        anecdotes[0].anecdote.id.clone(),
        anecdotes[1].anecdote.id.clone(),
    );
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

fn answer(meeting: &str, prompt: &str, text: &str) -> AnswerInput {
    AnswerInput {
        meeting_id: meeting.into(),
        prompt_id: prompt.into(),
        answer: text.into(),
        ..Default::default()
    }
}

#[test]
fn answers_are_one_per_prompt_updated_in_place_and_deleted_when_emptied() {
    let mut db = sample_db();
    let id = planned(&mut db);
    db.start_meeting(&id, at(0)).unwrap();
    let v = db.open_meeting(&id).unwrap();
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
    let d = db
        .record_decision(&NewDecision {
            meeting_id: id.clone(),
            statement: "Guest checkout stays".into(),
            ..Default::default()
        })
        .unwrap();
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
    let path = tempdir().join("w.db");
    let id = {
        let mut db = Db::open(&path).unwrap();
        db.initialize_if_new().unwrap();
        let id = planned(&mut db);
        assert_eq!(db.decision_draft(&id).unwrap(), None);
        db.save_decision_draft(&id, r#"{"statement":"Gue"}"#)
            .unwrap();
        db.save_decision_draft(&id, r#"{"statement":"Guest checkout","pins":["a"]}"#)
            .unwrap();
        id
    };
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
    db.record_decision(&NewDecision {
        meeting_id: id.clone(),
        statement: "Guest checkout".into(),
        ..Default::default()
    })
    .unwrap();
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

fn impact(direction: ImpactDirection, what: &str) -> NewImpact {
    NewImpact {
        persona_id: None,
        segment: Some("Guests".into()),
        direction,
        magnitude: Some(3),
        confidence: None,
        reach: None,
        what_changes: what.into(),
    }
}

fn one_way(db: &mut Db, meeting: &str, evidence: Vec<String>) -> chair_core::model::Decision {
    db.record_decision(&NewDecision {
        meeting_id: meeting.into(),
        statement: "Delete stored cards after a year".into(),
        reversibility: Some(Reversibility::OneWay),
        evidence_ids: Some(evidence),
        ..Default::default()
    })
    .unwrap()
}

#[test]
fn the_gate_refuses_a_one_way_door_naming_what_is_missing() {
    let mut db = sample_db();
    let id = planned(&mut db);
    let v = db.open_meeting(&id).unwrap();
    let prompts = v.deck.unwrap().prompts;
    for p in &prompts[..3] {
        db.answer_prompt(&answer(&id, &p.id, "answered")).unwrap();
    }
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
            meeting_id: id.clone(),
            statement: "Another one-way door".into(),
            reversibility: Some(Reversibility::OneWay),
            status: Some(DecisionStatus::Accepted),
            ..Default::default()
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
    let v = db.open_meeting(&id).unwrap();
    let evidence = db.search_anecdotes(&Default::default()).unwrap()[0]
        .anecdote
        .id
        .clone();
    let two_way = db
        .record_decision(&NewDecision {
            meeting_id: id.clone(),
            statement: "Try a shorter form".into(),
            reversibility: Some(Reversibility::TwoWay),
            ..Default::default()
        })
        .unwrap();
    assert!(!db.check_gate(&two_way.id).unwrap().needs_confirmation);
    let accepted = db.accept_decision(&two_way.id, None).unwrap();
    assert_eq!(accepted.status, DecisionStatus::Accepted);
    assert_eq!(accepted.gate_overridden_by, None);

    for p in &v.deck.unwrap().prompts {
        db.answer_prompt(&answer(&id, &p.id, "answered")).unwrap();
    }
    let d = one_way(&mut db, &id, vec![evidence]);
    assert_eq!(db.check_gate(&d.id).unwrap().reasons, Vec::<String>::new());
    let accepted = db.accept_decision(&d.id, Some("Lena")).unwrap();
    assert_eq!(accepted.status, DecisionStatus::Accepted);
    assert_eq!(accepted.gate_overridden_by, None, "nothing was overridden");
}

#[test]
fn update_decision_replaces_fields_impacts_and_evidence_or_nothing() {
    let mut db = sample_db();
    let id = planned(&mut db);
    let anecdotes = db.search_anecdotes(&Default::default()).unwrap();
    let (a, b) = (
        anecdotes[0].anecdote.id.clone(),
        anecdotes[1].anecdote.id.clone(),
    );
    let d = db
        .record_decision(&NewDecision {
            meeting_id: id.clone(),
            statement: "Guest checkout".into(),
            impacts: Some(vec![
                impact(ImpactDirection::Helps, "faster"),
                impact(ImpactDirection::Hurts, "no order history"),
            ]),
            evidence_ids: Some(vec![a.clone()]),
            ..Default::default()
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

    // A bad impact refuses the whole update: fields, impacts and evidence stay as they were.
    let mut bad = impact(ImpactDirection::Helps, "x");
    bad.magnitude = Some(6);
    let err = db
        .update_decision(
            &d.id,
            &DecisionInput {
                statement: "Changed".into(),
                impacts: Some(vec![impact(ImpactDirection::Helps, "ok"), bad]),
                evidence_ids: Some(vec![a]),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "impacts[1].magnitude: must be between 1 and 5"
    );
    assert_eq!(db.get_decision(&d.id).unwrap(), updated);

    let err = db
        .update_decision(
            &d.id,
            &DecisionInput {
                statement: "x".into(),
                evidence_ids: Some(vec!["gone".into()]),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "evidenceIds[0]: anecdote gone was not found"
    );
    assert_eq!(db.get_decision(&d.id).unwrap(), updated);
}

#[test]
fn a_superseded_decision_names_an_existing_other_decision() {
    let mut db = sample_db();
    let id = planned(&mut db);
    let new = |s: &str| NewDecision {
        meeting_id: id.clone(),
        statement: s.into(),
        ..Default::default()
    };
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
        meeting_id: id.clone(),
        statement: "No customer here".into(),
        impacts: Some(vec![impact(ImpactDirection::Unknown, "")]),
        ..Default::default()
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
        meeting_id: id.clone(),
        statement: "Helps guests".into(),
        impacts: Some(vec![impact(ImpactDirection::Helps, "")]),
        ..Default::default()
    })
    .unwrap();
    let v = db.open_meeting(&id).unwrap();
    assert!(v.meeting.last_customer_reference_at.is_some());
    assert!(item(&v, 0).last_customer_reference_at.is_some());
}

#[test]
fn the_score_follows_the_documented_formula() {
    let mut db = sample_db();
    let id = planned(&mut db);
    let v = db.open_meeting(&id).unwrap();
    let prompts = v.deck.unwrap().prompts;
    let anecdotes = db.search_anecdotes(&Default::default()).unwrap();
    let anecdote = |i: usize| anecdotes[i].anecdote.id.clone();
    // 4 decisions: 2 with a known impact, 1 with evidence (anecdote 0).
    let decide = |impacts, evidence| NewDecision {
        meeting_id: id.clone(),
        statement: "d".into(),
        impacts: Some(impacts),
        evidence_ids: Some(evidence),
        ..Default::default()
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
            title: title.into(),
            held_on: NaiveDate::from_ymd_opt(2026, 10, day),
            ..Default::default()
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

#[test]
fn undoing_an_anecdote_delete_brings_back_where_it_was_consulted() {
    let mut db = sample_db();
    let id = planned(&mut db);
    let anecdote = db.search_anecdotes(&Default::default()).unwrap()[0]
        .anecdote
        .id
        .clone();
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
