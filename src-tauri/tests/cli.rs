//! The command line, run as the real binary without a display: exports of the sample
//! workspace, the JSON round trip through `import`, search, and the exit codes scripts rely on.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU32, Ordering};

use chair_core::Db;

const BIN: &str = env!("CARGO_BIN_EXE_empty-chair");

/// A fresh folder for one test.
fn tempdir() -> PathBuf {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let dir = std::env::temp_dir().join(format!(
        "empty-chair-cli-{}-{nanos}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A workspace file holding the sample, as the app's first start leaves it.
fn sample_workspace(dir: &Path) -> PathBuf {
    let path = dir.join("sample.db");
    let mut db = Db::open(&path).unwrap();
    assert!(db.initialize_if_new().unwrap());
    path
}

fn empty_workspace(dir: &Path) -> PathBuf {
    let path = dir.join("empty.db");
    let mut db = Db::open(&path).unwrap();
    db.start_empty().unwrap();
    path
}

/// Runs the binary with no display and no workspace from the environment.
fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("EMPTY_CHAIR_DB")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[track_caller]
fn ok(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout: {}\nstderr: {}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

#[track_caller]
fn fails_with(out: &Output, code: i32) -> String {
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout: {}",
        text(&out.stdout)
    );
    let err = text(&out.stderr);
    if code != 2 {
        assert!(err.starts_with("empty-chair: "), "{err}");
        assert!(
            out.stdout.is_empty(),
            "nothing on stdout: {}",
            text(&out.stdout)
        );
    }
    err
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn exports_every_format_from_the_sample_workspace() {
    let dir = tempdir();
    let db = sample_workspace(&dir);
    for (format, name) in [
        ("markdown", "log.md"),
        ("csv", "log.csv"),
        ("json", "log.json"),
        ("html", "log.html"),
        ("adr", "adr"),
    ] {
        let out = dir.join(name);
        let stdout = ok(&run(&[
            "--db",
            s(&db),
            "export",
            "--format",
            format,
            "--out",
            s(&out),
        ]));
        assert!(
            stdout.starts_with(&format!("wrote 3 decisions as {format} to ")),
            "{stdout}"
        );
        assert!(out.exists(), "{format}");
    }
    let md = std::fs::read_to_string(dir.join("log.md")).unwrap();
    assert!(md.starts_with("# Decision log: meetings held on 2026-11-18"));
    assert_eq!(std::fs::read_dir(dir.join("adr")).unwrap().count(), 3);
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("log.json")).unwrap()).unwrap();
    assert_eq!(json["schema"], "empty-chair/decision-log");

    // Filters narrow what is written; the workspace can come from the environment.
    let accepted = dir.join("accepted.csv");
    let out = Command::new(BIN)
        .args(["export", "--format", "csv", "--status", "accepted", "--out"])
        .arg(&accepted)
        .env_remove("DISPLAY")
        .env("EMPTY_CHAIR_DB", &db)
        .output()
        .unwrap();
    assert!(ok(&out).starts_with("wrote 2 decisions as csv"));
    let after = dir.join("after.md");
    let stdout = ok(&run(&[
        "--db",
        s(&db),
        "export",
        "--format",
        "markdown",
        "--from",
        "2026-12-01",
        "--out",
        s(&after),
    ]));
    assert!(stdout.starts_with("wrote 0 decisions"), "{stdout}");
}

#[test]
fn import_round_trips_a_json_export_into_an_empty_workspace() {
    let dir = tempdir();
    let sample = sample_workspace(&dir);
    let empty = empty_workspace(&dir);
    let first = dir.join("first.json");
    ok(&run(&[
        "--db",
        s(&sample),
        "export",
        "--format",
        "json",
        "--out",
        s(&first),
    ]));

    let dry = ok(&run(&["--db", s(&empty), "import", s(&first), "--dry-run"]));
    assert!(
        dry.starts_with("dry run, nothing changed: would have added "),
        "{dry}"
    );
    assert_eq!(
        Db::open(&empty).unwrap().summary().unwrap().decision_count,
        0
    );

    let real = ok(&run(&["--db", s(&empty), "import", s(&first)]));
    let snapshots = chair_core::db::backup::backups_dir(&empty);
    assert_eq!(
        std::fs::read_dir(&snapshots)
            .map(|d| d.count())
            .unwrap_or(0),
        1,
        "a snapshot is taken before a real import, not before a dry run"
    );
    assert!(real.starts_with("added "), "{real}");
    assert!(real.contains("\nadded      decision"), "{real}");
    let again = ok(&run(&["--db", s(&empty), "import", s(&first)]));
    assert!(
        again.starts_with("added 0, updated 0, unchanged "),
        "{again}"
    );
    assert_eq!(again.lines().count(), 1, "no changes listed: {again}");

    let second = dir.join("second.json");
    ok(&run(&[
        "--db",
        s(&empty),
        "export",
        "--format",
        "json",
        "--out",
        s(&second),
    ]));
    assert!(std::fs::read(&first).unwrap() == std::fs::read(&second).unwrap());
}

#[test]
fn personas_and_meetings_are_named_by_id_or_name() {
    let dir = tempdir();
    let db = sample_workspace(&dir);
    let kayla = Db::open(&db)
        .unwrap()
        .list_personas(false)
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Kayla Brooks")
        .unwrap();
    for persona in [kayla.id.as_str(), "kayla brooks"] {
        let out = dir.join(format!("{}.csv", persona.replace(' ', "-")));
        let stdout = ok(&run(&[
            "--db",
            s(&db),
            "export",
            "--format",
            "csv",
            "--persona",
            persona,
            "--out",
            s(&out),
        ]));
        assert!(stdout.starts_with("wrote 2 decisions"), "{stdout}");
    }
    let stdout = ok(&run(&[
        "--db",
        s(&db),
        "export",
        "--format",
        "markdown",
        "--meeting",
        "Returns and refunds review",
        "--out",
        s(&dir.join("meeting.md")),
    ]));
    assert!(stdout.starts_with("wrote 3 decisions"), "{stdout}");
    let md = std::fs::read_to_string(dir.join("meeting.md")).unwrap();
    assert!(
        md.starts_with("# Decision log: Returns and refunds review (2026-11-18)"),
        "{md}"
    );

    let err = fails_with(
        &run(&["--db", s(&db), "search", "refund", "--persona", "Nobody"]),
        3,
    );
    assert!(
        err.contains("no persona has the id or name \"Nobody\""),
        "{err}"
    );
}

#[test]
fn search_finds_a_sample_anecdote() {
    let dir = tempdir();
    let db = sample_workspace(&dir);
    let stdout = ok(&run(&[
        "--db",
        s(&db),
        "search",
        "audiobook",
        "--limit",
        "3",
    ]));
    assert!(stdout.to_lowercase().contains("audiobook"), "{stdout}");
    assert!(stdout.lines().filter(|l| l.starts_with("    id ")).count() <= 3);

    let json = ok(&run(&[
        "--db",
        s(&db),
        "search",
        "refund",
        "--format",
        "json",
    ]));
    let hits: serde_json::Value = serde_json::from_str(&json).unwrap();
    let hits = hits.as_array().unwrap();
    assert!(!hits.is_empty());
    assert!(hits[0]["anecdote"]["text"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("refund"));

    let nothing = ok(&run(&["--db", s(&db), "search", "zyxwvutsrq"]));
    assert!(nothing.is_empty());
}

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
    let err = fails_with(
        &run(&[
            "--db",
            s(&db),
            "import-anecdotes",
            s(&bad),
            "--mapping",
            s(&mapping),
        ]),
        3,
    );
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
    let err = fails_with(
        &run(&[
            "--db",
            s(&db),
            "import-anecdotes",
            s(&good),
            "--mapping",
            s(&typo),
        ]),
        3,
    );
    assert!(err.contains("\"said_on\" is not a mapping field"), "{err}");
    let err = fails_with(
        &run(&[
            "--db",
            s(&db),
            "import-anecdotes",
            s(&dir.join("absent.csv")),
            "--mapping",
            s(&mapping),
        ]),
        3,
    );
    assert!(err.contains("no such file"), "{err}");
    // Without a workspace: exit 1, as for the other commands.
    let err = fails_with(
        &run(&[
            "--db",
            s(&dir.join("none.db")),
            "import-anecdotes",
            s(&good),
            "--mapping",
            s(&mapping),
        ]),
        1,
    );
    assert!(err.contains("no workspace"), "{err}");
    ok(&run(&[
        "--db",
        s(&db),
        "import-anecdotes",
        s(&good),
        "--mapping",
        s(&mapping),
    ]));
    assert_eq!(found(&db, "zebra"), 1);
}
