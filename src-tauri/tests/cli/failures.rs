//! Failures and their exit codes: a missing or damaged workspace, one open in the app, usage errors, refused input, help.

use super::*;

#[test]
fn a_missing_workspace_is_an_error_and_is_not_created() {
    let dir = tempdir();
    let missing = dir.join("nope.db");
    for args in [
        vec!["search", "refund"],
        vec!["export", "--format", "json", "--out", "x.json"],
        vec!["import", "x.json"],
    ] {
        let mut all = vec!["--db", s(&missing)];
        all.extend(args);
        let err = fails_with(&run(&all), 1);
        assert!(err.contains("no workspace at"), "{err}");
        assert!(!missing.exists(), "the command created the workspace");
    }
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn a_workspace_open_in_the_app_is_read_not_written_and_a_damaged_one_is_an_error() {
    let dir = tempdir();
    let db = sample_workspace(&dir);
    let open = Db::open(&db).unwrap();
    // Import writes: refused while the app has the workspace.
    let import = dir.join("log.json");
    let other = sample_workspace(&tempdir());
    ok(&run(&[
        "--db",
        s(&other),
        "export",
        "--format",
        "json",
        "--out",
        s(&import),
    ]));
    let err = fails_with(&run(&["--db", s(&db), "import", s(&import)]), 1);
    assert!(err.contains("already open"), "{err}");
    assert!(err.contains(s(&db)), "names the file: {err}");
    assert!(err.contains("nothing was changed"), "{err}");
    assert!(err.contains("run this again"), "says what to do: {err}");
    // Search and export only read: they work meanwhile, and see what the app wrote.
    let found = ok(&run(&["--db", s(&db), "search", "refund"]));
    assert!(found.to_lowercase().contains("refund"), "{found}");
    let out = dir.join("while-open.md");
    ok(&run(&[
        "--db",
        s(&db),
        "export",
        "--format",
        "markdown",
        "--out",
        s(&out),
    ]));
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .starts_with("# Decision log"));
    drop(open);
    ok(&run(&["--db", s(&db), "search", "refund"]));

    let damaged = dir.join("damaged.db");
    std::fs::write(&damaged, b"not a database at all, just text").unwrap();
    let err = fails_with(&run(&["--db", s(&damaged), "search", "refund"]), 1);
    assert!(err.contains("damaged"), "{err}");
    assert_eq!(
        std::fs::read(&damaged).unwrap(),
        b"not a database at all, just text",
        "left untouched"
    );
}

#[test]
fn usage_errors_exit_with_2() {
    let dir = tempdir();
    let db = sample_workspace(&dir);
    let err = fails_with(
        &run(&["--db", s(&db), "export", "--format", "pdf", "--out", "x"]),
        2,
    );
    assert!(err.contains("markdown") && err.contains("adr"), "{err}");
    fails_with(&run(&["--db", s(&db), "export", "--format", "csv"]), 2);
    fails_with(
        &run(&[
            "--db",
            s(&db),
            "export",
            "--format",
            "csv",
            "--out",
            "x",
            "--from",
            "May",
        ]),
        2,
    );
    fails_with(&run(&["--db", s(&db), "search", "x", "--limit", "0"]), 2);
    fails_with(&run(&["--db", s(&db), "frobnicate"]), 2);
}

#[test]
fn refused_input_exits_with_3_and_changes_nothing() {
    let dir = tempdir();
    let db = sample_workspace(&dir);
    let out = dir.join("log.md");
    std::fs::write(&out, "mine").unwrap();
    let args = [
        "--db",
        s(&db),
        "export",
        "--format",
        "markdown",
        "--out",
        s(&out),
    ];
    let err = fails_with(&run(&args), 3);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    let mut forced = args.to_vec();
    forced.push("--force");
    ok(&run(&forced));
    assert_ne!(std::fs::read_to_string(&out).unwrap(), "mine");

    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"schema": "empty-chair/decision-log", "version": 9}"#,
    )
    .unwrap();
    let err = fails_with(&run(&["--db", s(&db), "import", s(&bad)]), 3);
    assert!(err.contains("version 9 is not supported"), "{err}");
    // A hostile id in the file is named in the error without driving the terminal.
    let exported = dir.join("export.json");
    ok(&run(&[
        "--db",
        s(&db),
        "export",
        "--format",
        "json",
        "--out",
        s(&exported),
    ]));
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&exported).unwrap()).unwrap();
    json["decisions"][0]["id"] = "0190f0f0-0000-7000-8000-000000000001".into();
    json["decisions"][0]["meetingId"] = "\u{1b}]0;pwned\u{7}".into();
    let hostile = dir.join("hostile.json");
    std::fs::write(&hostile, serde_json::to_vec(&json).unwrap()).unwrap();
    let err = fails_with(&run(&["--db", s(&db), "import", s(&hostile)]), 3);
    assert!(err.contains("decisions[0].meetingId"), "{err}");
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    let err = fails_with(
        &run(&["--db", s(&db), "import", s(&dir.join("absent.json"))]),
        3,
    );
    assert!(err.contains("no such file"), "{err}");
}

#[test]
fn every_command_has_help() {
    let top = ok(&run(&["--help"]));
    for word in ["export", "import", "search", "--db", "exit"] {
        assert!(top.contains(word), "{word} missing from --help:\n{top}");
    }
    for (command, options) in [
        (
            "export",
            &[
                "--format",
                "--out",
                "--from",
                "--to",
                "--meeting",
                "--persona",
                "--status",
                "--reversibility",
                "--direction",
                "--force",
            ][..],
        ),
        ("import", &["--dry-run"][..]),
        ("import-anecdotes", &["--mapping", "--dry-run"][..]),
        ("search", &["--limit", "--persona", "--format"][..]),
    ] {
        let help = ok(&run(&[command, "--help"]));
        for o in options {
            assert!(help.contains(o), "{command} --help lacks {o}:\n{help}");
        }
    }
}
