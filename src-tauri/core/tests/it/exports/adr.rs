//! ADR folders: rewritten only where changed, numbers stable, never through a symlink, appearing whole.

use super::*;

#[test]
fn exporting_adrs_again_rewrites_only_what_changed() {
    let mut db = sample_db();
    let dir = tempdir().join("adr");
    let all = DecisionFilter::default();
    export_adrs(&db, &dir, false);
    let files = |dir: &Path| -> Vec<(PathBuf, std::time::SystemTime, String)> {
        let mut out: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let p = e.unwrap().path();
                let meta = std::fs::metadata(&p).unwrap();
                let text = std::fs::read_to_string(&p).unwrap();
                (p, meta.modified().unwrap(), text)
            })
            .collect();
        out.sort();
        out
    };
    let before = files(&dir);
    std::thread::sleep(std::time::Duration::from_millis(20));

    // One decision changes; the export is asked for again, replacing.
    let changed = db.decision_log(&all).unwrap().meetings[0].decisions[1].clone();
    db.update_decision(
        &changed.id,
        &chair_core::model::DecisionInput {
            statement: changed.statement.clone(),
            rationale: Some("Rewritten after the pilot.".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let report = export_adrs(&db, &dir, true);
    assert_eq!(report.files as usize, before.len());
    let after = files(&dir);
    assert_eq!(after.len(), before.len());
    let rewritten: Vec<&PathBuf> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b.1 != a.1)
        .map(|(_, a)| &a.0)
        .collect();
    assert_eq!(rewritten.len(), 1, "only the changed record: {rewritten:?}");
    let (_, _, text) = after.iter().find(|(p, _, _)| p == rewritten[0]).unwrap();
    assert!(text.contains("Rewritten after the pilot"), "{text}");
    assert!(
        !std::fs::read_dir(&dir).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with(".partial")),
        "no temporary file left"
    );
}

/// A file planted where an export's temporary file used to be made (`<name>.partial`, a symlink
/// to a file the user cares about) is neither followed nor replaced: the temporary file is
/// created new-only under a random name.
#[cfg(unix)]
#[test]
fn an_export_never_follows_a_planted_symlink() {
    let db = sample_db();
    let dir = tempdir();
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    for (format, name) in [
        (ExportFormat::Markdown, "log.md"),
        (ExportFormat::Json, "log.json"),
    ] {
        let target = dir.join(name);
        let trap = dir.join(format!("{name}.partial"));
        std::os::unix::fs::symlink(&victim, &trap).unwrap();
        db.export_decision_log(&DecisionFilter::default(), format, &target, false)
            .unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
        assert!(std::fs::symlink_metadata(&trap).unwrap().is_symlink());
        assert!(!std::fs::symlink_metadata(&target).unwrap().is_symlink());
        assert!(std::fs::read_to_string(&target).unwrap().len() > 100);
    }
    let leftovers: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Each decision keeps the ADR number it was first exported under: exporting again with more
/// decisions, or with another filter, never renumbers, and a decision whose statement changed
/// leaves one file, not two.
#[test]
fn adr_numbers_are_stable_across_exports() {
    let mut db = sample_db();
    let dir = tempdir().join("adr");
    export_adrs(&db, &dir, false);
    let first = names(&dir);
    assert_eq!(first.len(), 3);
    // A decision recorded in an earlier meeting would come first in log order.
    let early = meeting_held(&mut db, "Earlier", day(2020, 1, 1));
    let added = decide(&mut db, &early.id, "Keep the free returns");
    export_adrs(&db, &dir, true);
    let second = names(&dir);
    assert_eq!(second.len(), 4);
    for name in &first {
        assert!(second.contains(name), "{name} renumbered: {second:?}");
    }
    assert!(second.contains(&"0004-keep-the-free-returns.md".to_owned()));
    // A filtered export into another folder uses the same numbers.
    let only = tempdir().join("only");
    db.export_decision_log(
        &DecisionFilter {
            meeting_id: Some(early.id.clone()),
            ..Default::default()
        },
        ExportFormat::Adr,
        &only,
        false,
    )
    .unwrap();
    assert_eq!(names(&only), ["0004-keep-the-free-returns.md"]);
    // The statement changes: the file is renamed, not doubled.
    db.update_decision(
        &added.id,
        &chair_core::model::DecisionInput {
            statement: "Keep free returns for members".into(),
            ..Default::default()
        },
    )
    .unwrap();
    export_adrs(&db, &dir, true);
    let third = names(&dir);
    assert_eq!(third.len(), 4, "{third:?}");
    assert!(third.contains(&"0004-keep-free-returns-for-members.md".to_owned()));
    // A file of the user's own in the folder is left alone.
    std::fs::write(dir.join("0009-notes.md"), "mine").unwrap();
    export_adrs(&db, &dir, true);
    assert!(dir.join("0009-notes.md").exists());
}

#[test]
fn a_new_adr_folder_appears_whole_with_nothing_left_beside_it() {
    let db = sample_db();
    let parent = tempdir().join("repo/docs");
    let dir = parent.join("adr");
    let report = export_adrs(&db, &dir, false);
    // The folder is built under a temporary name beside it: only the folder remains.
    assert_eq!(names(&parent), ["adr"]);
    let written = names(&dir);
    assert_eq!(written.len(), report.files as usize);
    assert!(written.iter().all(|n| n.ends_with(".md")), "{written:?}");
    // As open to the user as a folder they would make themselves (a temporary folder is
    // often private to its owner).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let made = parent.join("made-by-hand");
        std::fs::create_dir(&made).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), mode(&made));
    }

    // A second export into a new folder beside it that would replace a file (the folder
    // name exists as a file) writes nothing and leaves no temporary folder.
    let file = parent.join("taken");
    std::fs::write(&file, "mine").unwrap();
    db.export_decision_log(&DecisionFilter::default(), ExportFormat::Adr, &file, true)
        .unwrap_err();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
    assert_eq!(names(&parent), ["adr", "made-by-hand", "taken"]);
}
