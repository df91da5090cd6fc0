use chair_core::model::{DecisionStatus, MeetingStatus, Reversibility};
use chair_core::Db;

use crate::storage::tempdir;
use crate::{meeting_titled, sample_db, sample_db_at};

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
    drop(sample_db_at(&path));
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
                projector_display: Some("HDMI-1".into()),
            })
            .unwrap();
        assert!(set.projector_safe);
        assert_eq!(set.projector_display.as_deref(), Some("HDMI-1"));
        // Emptying the workspace is about its content, not the user's settings.
        db.start_empty().unwrap();
    }
    let db = Db::open(&path).unwrap();
    assert!(db.get_preferences().unwrap().projector_safe);
    assert_eq!(
        db.get_preferences().unwrap().projector_display.as_deref(),
        Some("HDMI-1")
    );
}

/// "Start an empty workspace", "Load the sample" and the in-app merge take a snapshot first;
/// a workspace that holds the user's own data is emptied only when the user confirmed.
#[test]
fn wipes_and_merges_take_a_snapshot_first_and_ask_for_own_data() {
    use chair_core::db::backup::list_backups;
    let dir = crate::storage::tempdir();
    let (path, mut db) = crate::recovery::sample_file_db(&dir);
    let snapshots = |p: &std::path::Path| list_backups(p).unwrap().len();
    // The untouched sample needs no asking; a snapshot is taken all the same.
    db.replace_with_sample(false).unwrap();
    assert_eq!(snapshots(&path), 1);
    // The sample with one meeting of the user's: asked for, refused without, nothing done.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    meeting_titled(&mut db, "Ours");
    let before = db.summary().unwrap();
    let err = db.replace_with_empty(false).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(
        err.to_string().starts_with("start_empty_workspace: "),
        "{err}"
    );
    assert!(err.to_string().contains("confirmation"), "{err}");
    let err = db.replace_with_sample(false).unwrap_err();
    assert!(
        err.to_string().starts_with("load_sample_workspace: "),
        "{err}"
    );
    assert_eq!(db.summary().unwrap(), before);
    assert_eq!(snapshots(&path), 1, "a refusal takes no snapshot");
    // Confirmed: the snapshot holds the meeting, then the workspace is emptied.
    db.replace_with_empty(true).unwrap();
    assert_eq!(db.summary().unwrap().meeting_count, 0);
    let list = list_backups(&path).unwrap();
    assert_eq!(list.len(), 2);
    let kept =
        rusqlite::Connection::open(chair_core::db::backup::backups_dir(&path).join(&list[0].file))
            .unwrap();
    let ours: u32 = kept
        .query_row(
            "SELECT COUNT(*) FROM meetings WHERE title = 'Ours'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(ours, 1, "the snapshot was taken before the wipe");
    // An empty workspace loses nothing: the sample loads without asking.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    db.replace_with_sample(false).unwrap();
    assert!(db.summary().unwrap().is_sample);
    assert_eq!(snapshots(&path), 3);

    // The in-app merge: a snapshot first; a refused file takes none.
    let file = dir.join("log.json");
    db.export_decision_log(
        &chair_core::model::DecisionFilter::default(),
        chair_core::model::ExportFormat::Json,
        &file,
        false,
    )
    .unwrap();
    std::fs::write(dir.join("bad.json"), "{ nope").unwrap();
    assert!(db.merge_json(&dir.join("bad.json")).is_err());
    assert_eq!(snapshots(&path), 3);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    db.merge_json(&file).unwrap();
    assert_eq!(snapshots(&path), 4);
}
