//! What each subcommand does: exports in every format, the JSON round trip, naming by id or name, search.

use super::*;

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
