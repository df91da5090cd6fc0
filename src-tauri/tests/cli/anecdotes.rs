//! import-anecdotes: a support export loaded with a saved mapping, or refused whole.

use super::*;

fn cfpb() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/data/cfpb/cfpb_1994simba_100rows_narratives.csv")
}

/// How many anecdotes the search for `word` finds in the workspace at `db`.
fn found(db: &Path, word: &str) -> usize {
    let out = ok(&run(&[
        "--db",
        s(db),
        "search",
        word,
        "--format",
        "json",
        "--limit",
        "200",
    ]));
    serde_json::from_str::<Vec<serde_json::Value>>(&out)
        .unwrap()
        .len()
}

/// `empty-chair --db <db> import-anecdotes <file> --mapping <mapping>`.
fn import_anecdotes(db: &Path, file: &Path, mapping: &Path) -> Output {
    run(&[
        "--db",
        s(db),
        "import-anecdotes",
        s(file),
        "--mapping",
        s(mapping),
    ])
}

#[test]
fn import_anecdotes_loads_a_support_export_with_a_saved_mapping() {
    let dir = tempdir();
    let db = empty_workspace(&dir);
    let mapping = dir.join("mapping.json");
    std::fs::write(
        &mapping,
        r#"{"text": "Consumer complaint narrative", "saidOn": "Date received",
            "productArea": "Product", "channel": "Submitted via", "sourceRef": "Complaint ID",
            "categoryTags": ["Issue"], "defaultChannel": "complaint"}"#,
    )
    .unwrap();
    let file = cfpb();
    let args = [
        "--db",
        s(&db),
        "import-anecdotes",
        s(&file),
        "--mapping",
        s(&mapping),
    ];
    let mut dry = args.to_vec();
    dry.push("--dry-run");
    let stdout = ok(&run(&dry));
    assert!(
        stdout.contains("dry run, nothing changed: 100 records read, would import 100 anecdotes"),
        "{stdout}"
    );
    assert_eq!(found(&db, "Upstart"), 0, "a dry run writes nothing");

    let stdout = ok(&run(&args));
    assert!(
        stdout.contains("imported 100 anecdotes from 100 records (0 already in the workspace)"),
        "{stdout}"
    );
    assert!(found(&db, "Upstart") > 0);
    // A nightly job runs again on the same export: nothing is added twice.
    let stdout = ok(&run(&args));
    assert!(
        stdout.contains("imported 0 anecdotes from 100 records (100 already"),
        "{stdout}"
    );
}

#[test]
fn import_anecdotes_refuses_a_bad_file_or_mapping_whole_with_exit_3() {
    let dir = tempdir();
    let db = empty_workspace(&dir);
    let mapping = dir.join("mapping.json");
    std::fs::write(&mapping, r#"{"text": "Text", "saidOn": "Date"}"#).unwrap();
    let bad = dir.join("bad.csv");
    std::fs::write(
        &bad,
        "Date,Text\n2026-01-02,zebra first\n31/31/2026,\"zebra \u{1b}]0;pwned\u{7}second\"\n",
    )
    .unwrap();
    let err = fails_with(&import_anecdotes(&db, &bad, &mapping), 3);
    assert!(
        err.contains("bad.csv, row 3, column \"Date\" (date): \"31/31/2026\" is not a date"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
    assert_eq!(
        found(&db, "zebra"),
        0,
        "all or nothing: the good row is not kept either"
    );

    // A misspelt mapping field is named, not ignored.
    let typo = dir.join("typo.json");
    std::fs::write(&typo, r#"{"text": "Text", "said_on": "Date"}"#).unwrap();
    let good = dir.join("good.csv");
    std::fs::write(&good, "Date,Text\n2026-01-02,zebra\n").unwrap();
    let err = fails_with(&import_anecdotes(&db, &good, &typo), 3);
    assert!(err.contains("\"said_on\" is not a mapping field"), "{err}");
    let err = fails_with(&import_anecdotes(&db, &dir.join("absent.csv"), &mapping), 3);
    assert!(err.contains("no such file"), "{err}");
    // Without a workspace: exit 1, as for the other commands.
    let err = fails_with(&import_anecdotes(&dir.join("none.db"), &good, &mapping), 1);
    assert!(err.contains("no workspace"), "{err}");
    ok(&import_anecdotes(&db, &good, &mapping));
    assert_eq!(found(&db, "zebra"), 1);
}
