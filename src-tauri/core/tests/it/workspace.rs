use chair_core::model::{DecisionStatus, MeetingStatus, Reversibility};
use chair_core::Db;

use crate::sample_db;
use crate::storage::tempdir;

#[test]
fn first_open_loads_the_sample_workspace_once() {
    let mut db = sample_db();
    let s = db.summary().unwrap();
    assert!(s.is_sample);
    assert_eq!(s.persona_count, 3);
    assert!(s.anecdote_count >= 40, "{} anecdotes", s.anecdote_count);
    assert_eq!(s.meeting_count, 1);
    assert_eq!(s.decision_count, 3);
    assert!(
        !db.initialize_if_new().unwrap(),
        "second start does not load it again"
    );
    assert_eq!(db.summary().unwrap().anecdote_count, s.anecdote_count);
}

#[test]
fn sample_meeting_is_finished_with_three_varied_decisions() {
    let mut db = sample_db();
    let meetings = db.list_meetings().unwrap();
    let view = db.open_meeting(&meetings[0].id).unwrap();
    assert_eq!(view.meeting.status, MeetingStatus::Ended);
    assert_eq!(view.personas.len(), 1);
    assert_eq!(view.deck.as_ref().unwrap().prompts.len(), 5);
    assert_eq!(view.agenda.len(), 3);
    assert_eq!(view.decisions.len(), 3);
    assert!(view
        .decisions
        .iter()
        .all(|d| !d.impacts.is_empty() && !d.evidence_ids.is_empty()));
    assert!(view
        .decisions
        .iter()
        .any(|d| d.reversibility == Reversibility::OneWay));
    assert!(view
        .decisions
        .iter()
        .any(|d| d.reversibility == Reversibility::TwoWay));
    assert!(view
        .decisions
        .iter()
        .any(|d| d.status == DecisionStatus::Accepted));
    let evidence = db.get_anecdotes(&view.decisions[0].evidence_ids).unwrap();
    assert_eq!(evidence.len(), view.decisions[0].evidence_ids.len());
}

#[test]
fn builtin_decks_hold_the_work_backwards_questions() {
    let db = sample_db();
    let decks = db.list_decks().unwrap();
    let names: Vec<&str> = decks.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "The five customer questions",
            "Scenario Design",
            "PR/FAQ outline",
            "One-way door check"
        ]
    );
    let five: Vec<&str> = decks[0].prompts.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        five,
        [
            "Who is the customer?",
            "What is the customer problem or opportunity?",
            "What is the most important customer benefit?",
            "How do you know what customers need or want?",
            "What does the customer experience look like?",
        ]
    );
    assert_eq!(decks[1].prompts.len(), 3);
    assert!(decks.iter().all(|d| d.builtin));
}

#[test]
fn starting_empty_keeps_only_the_builtin_decks() {
    let mut db = sample_db();
    db.start_empty().unwrap();
    let s = db.summary().unwrap();
    assert!(!s.is_sample);
    assert_eq!(
        (
            s.persona_count,
            s.anecdote_count,
            s.meeting_count,
            s.decision_count
        ),
        (0, 0, 0, 0)
    );
    assert_eq!(s.last_meeting_id, None);
    assert_eq!(db.list_decks().unwrap().len(), 4);
    assert!(
        !db.initialize_if_new().unwrap(),
        "an emptied workspace stays empty"
    );
    db.load_sample().unwrap();
    let s = db.summary().unwrap();
    assert!(s.is_sample);
    assert_eq!(s.persona_count, 3);
    assert_eq!(db.list_decks().unwrap().len(), 4, "decks are not doubled");
}

#[test]
fn workspace_survives_reopening_from_disk() {
    let path = tempdir().join("w.db");
    {
        let mut db = Db::open(&path).unwrap();
        db.initialize_if_new().unwrap();
    }
    let mut db = Db::open(&path).unwrap();
    assert!(!db.initialize_if_new().unwrap());
    let s = db.summary().unwrap();
    assert_eq!(s.decision_count, 3);
    assert_eq!(s.path, path.display().to_string());
}

#[test]
fn preferences_start_at_their_defaults_and_are_kept() {
    let dir = tempdir();
    let path = dir.join("w.db");
    {
        let mut db = Db::open(&path).unwrap();
        let prefs = db.get_preferences().unwrap();
        assert!(!prefs.projector_safe);
        let set = db
            .set_preferences(&chair_core::model::Preferences {
                projector_safe: true,
            })
            .unwrap();
        assert!(set.projector_safe);
        // Emptying the workspace is about its content, not the user's settings.
        db.start_empty().unwrap();
    }
    let db = Db::open(&path).unwrap();
    assert!(db.get_preferences().unwrap().projector_safe);
}
