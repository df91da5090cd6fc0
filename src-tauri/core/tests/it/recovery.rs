//! Files that are not (or not yet) our workspace are refused untouched with their own code;
//! snapshots rotate and bring data back; a workspace made by an earlier build still opens.

use std::path::{Path, PathBuf};

use chair_core::db::backup::{self, list_backups, KEEP};
use chair_core::db::latest_schema_version;
use chair_core::model::{AnecdoteInput, AnecdoteQuery, NewDecision};
use chair_core::Db;
use chrono::{TimeZone, Utc};

use crate::storage::tempdir;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema-v1.db");
const FIXTURE_DECISION: &str = "Keep the fixture's extra decision forever";

/// Opens `path` expecting a refusal with `code`; checks the message names the file and that
/// the file (and nothing beside it) was changed.
fn assert_refused(path: &Path, code: &str) {
    let before = std::fs::read(path).unwrap();
    let err = Db::open(path).err().expect("refused");
    assert_eq!(err.code(), code, "{err}");
    assert!(
        err.to_string().contains(&path.display().to_string()),
        "the message names the file: {err}"
    );
    assert_eq!(std::fs::read(path).unwrap(), before, "left byte for byte");
    assert!(
        !chair_core::index::SearchIndex::dir_for(path).exists(),
        "no search index made for it"
    );
}

#[test]
fn random_bytes_are_refused_as_corrupt() {
    let path = tempdir().join("w.db");
    let bytes: Vec<u8> = (0..8192).map(|_| fastrand::u8(..)).collect();
    std::fs::write(&path, bytes).unwrap();
    assert_refused(&path, "corrupt");
}

#[test]
fn a_sqlite_header_over_garbage_is_refused_as_corrupt() {
    let path = tempdir().join("w.db");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend((0..4096).map(|_| fastrand::u8(..)));
    std::fs::write(&path, bytes).unwrap();
    assert_refused(&path, "corrupt");
}

#[test]
fn another_programs_database_is_refused_as_foreign() {
    let path = tempdir().join("w.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);
         INSERT INTO invoices (total) VALUES (12.5);",
    )
    .unwrap();
    drop(conn);
    assert_refused(&path, "foreign");

    // Even one that set its own user_version.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    drop(conn);
    assert_refused(&path, "foreign");
}

#[test]
fn a_newer_schema_is_refused_untouched() {
    let dir = tempdir();
    let path = dir.join("w.db");
    let mut db = Db::open(&path).unwrap();
    db.initialize_if_new().unwrap();
    drop(db);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", latest_schema_version() + 1)
        .unwrap();
    drop(conn);
    std::fs::remove_dir_all(chair_core::index::SearchIndex::dir_for(&path)).unwrap();
    assert_refused(&path, "newer");
    let err = Db::open(&path).err().unwrap();
    assert!(err.to_string().contains("newer version"), "{err}");
}

#[test]
fn a_missing_or_empty_file_is_a_new_workspace() {
    let dir = tempdir();
    assert!(Db::open(&dir.join("absent.db")).is_ok());
    std::fs::write(dir.join("empty.db"), b"").unwrap();
    assert!(Db::open(&dir.join("empty.db")).is_ok());
}

fn sample_file_db(dir: &Path) -> (PathBuf, Db) {
    let path = dir.join("workspace.db");
    let mut db = Db::open(&path).unwrap();
    db.initialize_if_new().unwrap();
    (path, db)
}

#[test]
fn backups_rotate_to_the_newest_ten() {
    let (path, db) = sample_file_db(&tempdir());
    assert!(list_backups(&path).unwrap().is_empty());
    for minute in 0..(KEEP as u32 + 3) {
        let at = Utc.with_ymd_and_hms(2026, 3, 1, 9, minute, 0).unwrap();
        let info = db.backup_at(at).unwrap();
        assert_eq!(info.file, format!("20260301-09{minute:02}00.db"));
        assert!(info.bytes > 0);
    }
    let list = list_backups(&path).unwrap();
    assert_eq!(list.len(), KEEP);
    assert_eq!(list[0].file, "20260301-091200.db", "newest first");
    assert_eq!(
        list[KEEP - 1].file,
        "20260301-090300.db",
        "the oldest three went"
    );
    assert_eq!(list[0].created_at, "2026-03-01T09:12:00.000Z");
    let dir = backup::backups_dir(&path);
    assert_eq!(dir.file_name().unwrap(), "workspace.db.backups");
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        KEEP,
        "no stray files"
    );

    // At open: a snapshot only when the newest (here from 2026) is older than the limit.
    assert!(db
        .backup_if_older_than(std::time::Duration::from_secs(3600))
        .unwrap()
        .is_some());
    assert!(db
        .backup_if_older_than(std::time::Duration::from_secs(3600))
        .unwrap()
        .is_none());

    let list = list_backups(&path).unwrap();
    drop(db);

    // Restoring the oldest of ten works although snapshotting the replaced workspace rotates
    // it out: it was copied out first.
    backup::restore(&path, &list[KEEP - 1].file, true).unwrap();
    assert!(Db::open(&path).unwrap().summary().unwrap().is_sample);
    assert_eq!(list_backups(&path).unwrap().len(), KEEP);
}

#[test]
fn restoring_a_backup_brings_the_data_back_and_rebuilds_search() {
    let (path, mut db) = sample_file_db(&tempdir());
    let before = db.summary().unwrap();
    let original = db.search_anecdotes(&query("refund")).unwrap().len();
    assert!(original > 0);
    let snapshot = db.backup_now().unwrap();

    // Change the workspace after the snapshot, keeping the anecdote count the same.
    let victim = db.search_anecdotes(&query("refund")).unwrap()[0]
        .anecdote
        .id
        .clone();
    db.delete_anecdote(&victim).unwrap();
    db.create_anecdote(&AnecdoteInput {
        text: "The zebracorn ate my parcel".into(),
        ..Default::default()
    })
    .unwrap();
    db.start_empty().unwrap();
    assert_eq!(db.summary().unwrap().persona_count, 0);
    drop(db);

    std::thread::sleep(std::time::Duration::from_millis(1100)); // a snapshot of its own second
    backup::restore(&path, &snapshot.file, true).unwrap();
    let db = Db::open(&path).unwrap();
    let after = db.summary().unwrap();
    assert_eq!(after.persona_count, before.persona_count);
    assert_eq!(after.anecdote_count, before.anecdote_count);
    assert_eq!(after.decision_count, before.decision_count);
    assert!(db.search_anecdotes(&query("zebracorn")).unwrap().is_empty());
    assert_eq!(
        db.search_anecdotes(&query("refund")).unwrap().len(),
        original
    );
    let list = list_backups(&path).unwrap();
    assert!(list.iter().any(|b| b.file == snapshot.file));
    assert_eq!(
        list.len(),
        2,
        "the replaced workspace was kept as a snapshot: {list:?}"
    );
    drop(db);

    // That snapshot undoes the restore: the emptied workspace comes back.
    backup::restore(&path, &list[0].file, false).unwrap();
    let db = Db::open(&path).unwrap();
    assert_eq!(db.summary().unwrap().persona_count, 0);
    assert_eq!(db.search_anecdotes(&query("zebracorn")).unwrap().len(), 0);
}

#[test]
fn restore_accepts_only_a_listed_snapshot() {
    let (path, db) = sample_file_db(&tempdir());
    db.backup_now().unwrap();
    drop(db);
    for bad in ["../workspace.db", "nope.db", "/etc/passwd"] {
        let err = backup::restore(&path, bad, true).unwrap_err();
        assert_eq!(err.code(), "not_found", "{bad}");
    }
}

#[test]
fn moving_a_broken_file_aside_keeps_it() {
    let dir = tempdir();
    let path = dir.join("workspace.db");
    std::fs::write(&path, b"not a database at all").unwrap();
    let aside = backup::move_aside(&path).unwrap();
    assert!(!path.exists());
    assert!(aside
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("workspace.db.broken-"));
    assert_eq!(std::fs::read(&aside).unwrap(), b"not a database at all");
    let mut db = Db::open(&path).unwrap();
    assert!(db.initialize_if_new().unwrap());
}

fn query(text: &str) -> AnecdoteQuery {
    AnecdoteQuery {
        text: text.into(),
        ..Default::default()
    }
}

#[test]
fn the_schema_v1_fixture_opens_with_its_data() {
    let copy = tempdir().join("copy.db");
    std::fs::copy(FIXTURE, &copy).unwrap();
    let mut db = Db::open(&copy).unwrap();
    assert!(!db.initialize_if_new().unwrap(), "not taken for a new one");
    let s = db.summary().unwrap();
    assert!(s.is_sample);
    assert!(s.persona_count > 0 && s.anecdote_count > 0);
    let meeting = s.last_meeting_id.clone().expect("the sample meeting");
    let statements: Vec<String> = db
        .list_decisions(&meeting)
        .unwrap()
        .into_iter()
        .map(|d| d.statement)
        .collect();
    assert!(
        statements.iter().any(|s| s == FIXTURE_DECISION),
        "{statements:?}"
    );
    assert!(!db.search_anecdotes(&query("refund")).unwrap().is_empty());
}

/// Writes `tests/fixtures/schema-v1.db` with the current build. Run it only to make the
/// fixture of a schema version (`cargo test -p chair-core --test it -- --ignored write_fixture`);
/// never regenerate a shipped one.
#[test]
#[ignore = "writes the schema fixture; run by hand only when a new schema version ships"]
fn write_fixture() {
    let dir = tempdir();
    let (path, mut db) = sample_file_db(&dir);
    let meeting = db.summary().unwrap().last_meeting_id.unwrap();
    db.record_decision(&NewDecision {
        meeting_id: meeting,
        statement: FIXTURE_DECISION.into(),
        ..Default::default()
    })
    .unwrap();
    let snapshot = db.backup_now().unwrap();
    drop(db);
    std::fs::copy(backup::backups_dir(&path).join(snapshot.file), FIXTURE).unwrap();
}
