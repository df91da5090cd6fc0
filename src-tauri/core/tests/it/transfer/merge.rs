//! Merging by id: the newer copy wins either way; a dry run changes nothing.

use super::*;

/// Copy `b` edits one decision (its statement, with its impacts dropped); answers it as it
/// was before.
fn edit_one_decision(b: &mut Db) -> chair_core::model::Decision {
    let log = b.decision_log(&DecisionFilter::default()).unwrap();
    let edited = log.meetings[0].decisions[1].clone();
    std::thread::sleep(std::time::Duration::from_millis(5));
    b.update_decision(
        &edited.id,
        &DecisionInput {
            statement: "Refund unreadable e-books within a day".into(),
            rationale: Some(edited.rationale.clone()),
            owner: Some(edited.owner.clone()),
            status: Some(edited.status),
            reversibility: Some(edited.reversibility),
            review_on: edited.review_on,
            evidence_ids: Some(edited.evidence_ids.clone()),
            ..Default::default()
        },
    )
    .unwrap();
    edited
}

#[test]
fn merging_updates_what_the_file_has_newer_and_keeps_what_the_workspace_has_newer() {
    let mut a = rich_sample();
    let dir = tempdir();
    let original = dir.join("a.json");
    export_json(&a, &original);
    let mut b = empty_db();
    b.import_json(&original, false).unwrap();

    // Copy B edits one decision.
    let edited = edit_one_decision(&mut b);
    let from_b = dir.join("b.json");
    export_json(&b, &from_b);

    let dry = a.import_json(&from_b, true).unwrap();
    assert!(dry.dry_run);
    assert_eq!(
        a.get_decision(&edited.id).unwrap().statement,
        edited.statement,
        "dry run wrote"
    );
    let report = a.import_json(&from_b, false).unwrap();
    // The decision, and its meeting: editing a decision that names customers stamps the
    // meeting's last reference to them, which is a change of the meeting too.
    assert_eq!(report.updated, 2, "{report:?}");
    assert_eq!(report.added, 0);
    assert_eq!(report.kept_newer, 0);
    assert_eq!(
        (
            dry.added,
            dry.updated,
            dry.unchanged,
            dry.kept_newer,
            dry.changes.len()
        ),
        (
            report.added,
            report.updated,
            report.unchanged,
            report.kept_newer,
            report.changes.len()
        ),
        "a dry run reports what the real run does"
    );
    assert_eq!(report.changes[0].kind, "meeting");
    assert_eq!(report.changes[0].action, MergeAction::Updated);
    let change = &report.changes[1];
    assert_eq!(
        (change.kind.as_str(), change.id.as_str(), change.action),
        ("decision", edited.id.as_str(), MergeAction::Updated)
    );
    assert_eq!(change.label, "Refund unreadable e-books within a day");
    let merged = a.get_decision(&edited.id).unwrap();
    assert_eq!(merged.statement, "Refund unreadable e-books within a day");
    assert!(
        merged.impacts.is_empty(),
        "the impacts follow the newer decision"
    );

    // The older file now loses against the workspace.
    let older = a.import_json(&original, false).unwrap();
    assert_eq!(older.updated, 0);
    assert_eq!(older.kept_newer, 2);
    assert!(older
        .changes
        .iter()
        .all(|c| c.action == MergeAction::KeptNewer));
    assert_eq!(
        a.get_decision(&edited.id).unwrap().statement,
        "Refund unreadable e-books within a day"
    );
}

#[test]
fn a_dry_run_reports_everything_and_changes_nothing() {
    let file = rich_sample_exported();
    let mut b = empty_db();
    let before = b.summary().unwrap();
    let dry = b.import_json(&file, true).unwrap();
    assert!(dry.dry_run && dry.added > 0);
    assert_eq!(b.summary().unwrap(), before);
    let real = b.import_json(&file, false).unwrap();
    assert_eq!(real.added, dry.added);
    assert_eq!(real.changes, dry.changes);
}
