//! Meetings and decisions deleted with a snapshot first, and undo bringing everything back.

use super::*;

fn decision(db: &mut Db, meeting: &str, statement: &str) -> String {
    decide(db, meeting, statement).id
}

#[test]
fn a_deleted_meeting_takes_its_decisions_and_undo_brings_everything_back() {
    let path = tempdir().join("w.db");
    let mut db = sample_db_at(&path);
    let past = db
        .list_meetings()
        .unwrap()
        .into_iter()
        .find(|m| m.decision_count > 0)
        .unwrap();
    let first = db.meeting_view(&past.id).unwrap().decisions[0].id.clone();
    // A decision of another meeting replaced by one of this meeting's.
    let other = running(&mut db);
    let old = decision(&mut db, &other.meeting.id, "Old rule");
    supersede(&mut db, &old, "Old rule", &first);
    let before = db.meeting_view(&past.id).unwrap();
    assert!(before.decisions.iter().any(|d| !d.annotations.is_empty()));
    let backups = chair_core::db::backup::list_backups(&path).unwrap().len();

    let gone = db.delete_meeting(&past.id).unwrap();
    assert_eq!(gone.kind, "meeting");
    assert_eq!(gone.decisions, before.decisions.len() as u32);
    assert!(gone.backup.is_some(), "a snapshot is taken first");
    assert_eq!(
        chair_core::db::backup::list_backups(&path).unwrap().len(),
        backups + 1
    );
    assert_eq!(db.meeting_view(&past.id).unwrap_err().code(), "not_found");
    for d in &before.decisions {
        assert_eq!(db.get_decision(&d.id).unwrap_err().code(), "not_found");
    }
    assert_eq!(db.get_decision(&old).unwrap().superseded_by, None);

    db.undo_delete(&gone.undo_token).unwrap();
    assert_eq!(db.meeting_view(&past.id).unwrap(), before);
    assert_eq!(
        db.get_decision(&old).unwrap().superseded_by.as_deref(),
        Some(before.decisions[0].id.as_str())
    );
    let err = db.undo_delete(&gone.undo_token).unwrap_err();
    assert_eq!(err.code(), "not_found", "a token is good once");
}

#[test]
fn a_deleted_decision_takes_its_reactions_and_evidence_and_undo_restores_them() {
    let mut db = sample_db();
    let meetings = db.list_meetings().unwrap();
    let past = meetings.iter().find(|m| m.decision_count > 0).unwrap();
    let view = db.meeting_view(&past.id).unwrap();
    let d = view
        .decisions
        .iter()
        .find(|d| !d.annotations.is_empty() && !d.evidence_ids.is_empty())
        .expect("the sample has a decision with reactions and evidence")
        .clone();
    let gone = db.delete_decision(&d.id).unwrap();
    assert_eq!(
        (gone.kind.as_str(), gone.label.as_str()),
        ("decision", d.statement.as_str())
    );
    assert_eq!(
        gone.backup, None,
        "a workspace in memory has no file to snapshot"
    );
    assert_eq!(db.get_decision(&d.id).unwrap_err().code(), "not_found");
    assert_eq!(
        db.meeting_view(&past.id).unwrap().decisions.len(),
        view.decisions.len() - 1
    );
    db.undo_delete(&gone.undo_token).unwrap();
    assert_eq!(db.get_decision(&d.id).unwrap(), d);
    assert_eq!(db.meeting_view(&past.id).unwrap(), view);
}
