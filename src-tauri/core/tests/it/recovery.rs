//! Files that are not (or not yet) our workspace are refused untouched with their own code;
//! snapshots rotate and bring data back; a workspace made by an earlier build still opens.

use std::path::{Path, PathBuf};

use chair_core::db::backup::{self, list_backups, KEEP};
use chair_core::db::latest_schema_version;
use chair_core::model::{
    AnecdoteInput, AnecdoteQuery, AnnotationFlag, AnnotationInput, CustomerReference,
    CustomerReferenceKind, EscalationResolution, NewDecision, NewEscalation, NewMeeting, Role,
    Stance,
};
use chair_core::Db;
use chrono::{TimeZone, Utc};

use crate::storage::tempdir;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
const FIXTURE_DECISION: &str = "Keep the fixture's extra decision forever";
/// What the schema-v2 fixture adds to the sample: an annotation, an escalation resolved and
/// reported in a meeting, and a current person.
const FIXTURE_ANNOTATION: &str = "The fixture's customer would pay more for this";
const FIXTURE_OWNER: &str = "Fixture Owner";
/// The file the schema-v6 fixture saved its extra decision's PR/FAQ draft as.
const FIXTURE_PRFAQ_FILE: &str = "fixture-prfaq.md";
const FIXTURE_MEETING: &str = "The fixture's reporting meeting";

/// The fixture of schema version `version`.
fn fixture(version: u32) -> PathBuf {
    Path::new(FIXTURES).join(format!("schema-v{version}.db"))
}

/// A copy of the fixture of `version`, opened (and so migrated) by this build.
fn open_fixture(version: u32) -> Db {
    let copy = tempdir().join("copy.db");
    std::fs::copy(fixture(version), &copy).unwrap();
    let mut db = Db::open(&copy).unwrap();
    assert!(!db.initialize_if_new().unwrap(), "not taken for a new one");
    db
}

/// The fixture's sample meeting and its extra decision are there, and search works.
fn assert_v1_data(db: &Db) {
    let s = db.summary().unwrap();
    assert!(s.is_sample);
    assert!(s.persona_count > 0 && s.anecdote_count > 0);
    let statements: Vec<String> = sample_meeting_decisions(db)
        .into_iter()
        .map(|d| d.statement)
        .collect();
    assert!(
        statements.iter().any(|s| s == FIXTURE_DECISION),
        "{statements:?}"
    );
    assert!(!db.search_anecdotes(&query("refund")).unwrap().is_empty());
}

fn sample_meeting_decisions(db: &Db) -> Vec<chair_core::model::Decision> {
    let meeting = db
        .list_meetings()
        .unwrap()
        .into_iter()
        .find(|m| m.title == "Returns and refunds review")
        .expect("the sample meeting");
    db.list_decisions(&meeting.id).unwrap()
}

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

/// The sample workspace in a file `workspace.db` in `dir`, open.
pub fn sample_file_db(dir: &Path) -> (PathBuf, Db) {
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
fn every_schema_version_has_a_fixture() {
    for version in 1..=latest_schema_version() {
        assert!(fixture(version).exists(), "schema-v{version}.db is missing");
    }
}

#[test]
fn the_schema_v1_fixture_opens_with_its_data() {
    let db = open_fixture(1);
    assert_v1_data(&db);
    // Schema 1 had no people or escalations.
    assert!(db.list_people(true).unwrap().is_empty());
    assert_eq!(db.current_person().unwrap(), None);
    assert!(db.list_escalations(true).unwrap().is_empty());
}

#[test]
fn annotations_written_under_schema_v1_stay_readable_without_an_author_person() {
    let copy = tempdir().join("copy.db");
    std::fs::copy(fixture(1), &copy).unwrap();
    // Schema 1 already had the annotations table; write a row the way it could hold one.
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let version: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1);
    let decision: String = conn
        .query_row(
            "SELECT id FROM decisions WHERE statement = ?1",
            [FIXTURE_DECISION],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute(
        "INSERT INTO annotations (id, decision_id, author, role, stance, feeling, comment, flags,
             created_at, updated_at)
         VALUES ('v1-note', ?1, 'Old Ambassador', 'ambassador', 'opposes', 2, 'Too slow',
             '[\"would_leave\"]', '2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z')",
        [&decision],
    )
    .unwrap();
    drop(conn);

    let mut db = Db::open(&copy).unwrap();
    let d = db.get_decision(&decision).unwrap();
    assert_eq!(d.annotations.len(), 1);
    let a = &d.annotations[0];
    assert_eq!(a.person_id, None);
    assert_eq!(a.author, "Old Ambassador");
    assert_eq!(a.role, Role::Ambassador);
    assert_eq!(a.stance, Stance::Opposes);
    assert_eq!(a.feeling, Some(2));
    assert_eq!(a.flags, [AnnotationFlag::WouldLeave]);
    // Nobody owns it now, so nobody edits it; the decision takes new annotations.
    let me = db
        .create_person(&chair_core::model::PersonInput {
            name: "Old Ambassador".into(),
            role: None,
        })
        .unwrap();
    db.set_current_person(Some(&me.id)).unwrap();
    assert_eq!(
        db.delete_annotation("v1-note").unwrap_err().code(),
        "forbidden"
    );
    db.add_annotation(
        &decision,
        &AnnotationInput {
            stance: Stance::Supports,
            feeling: None,
            comment: "Better now".into(),
            flags: Vec::new(),
        },
    )
    .unwrap();
    assert_eq!(db.get_decision(&decision).unwrap().annotations.len(), 2);
}

/// Times someone spoke for the customer in the fixture's own meeting, as `version` opens.
fn spoken_in_fixture_meeting(version: u32) -> u32 {
    let db = open_fixture(version);
    let meeting = db
        .list_meetings()
        .unwrap()
        .into_iter()
        .find(|m| m.title == FIXTURE_MEETING)
        .unwrap();
    db.meeting_summary(&meeting.id)
        .unwrap()
        .score
        .spoken_for_customer
}

/// The PR/FAQ draft kept with the fixture's extra decision, as `version` opens.
fn kept_prfaq_in_fixture(version: u32) -> Option<chair_core::model::KeptPrFaq> {
    let db = open_fixture(version);
    let d = sample_meeting_decisions(&db)
        .into_iter()
        .find(|d| d.statement == FIXTURE_DECISION)
        .unwrap();
    db.kept_prfaq(&d.id).unwrap()
}

#[test]
fn a_prfaq_draft_is_kept_with_its_decision_from_schema_v6_and_none_before() {
    assert_eq!(kept_prfaq_in_fixture(5), None);
    let kept = kept_prfaq_in_fixture(6).expect("the schema-v6 fixture kept one");
    assert_eq!(kept.file_name, FIXTURE_PRFAQ_FILE);
    assert!(
        kept.markdown.starts_with(&format!("# {FIXTURE_DECISION}")),
        "{}",
        kept.markdown
    );
}

#[test]
fn speaking_for_the_customer_is_counted_from_schema_v5_and_zero_before() {
    assert_eq!(spoken_in_fixture_meeting(4), 0);
    assert_eq!(spoken_in_fixture_meeting(5), 1);
}

#[test]
fn the_schema_v2_fixture_opens_with_its_people_annotations_and_escalations() {
    let db = open_fixture(2);
    assert_v1_data(&db);
    let people: Vec<String> = db
        .list_people(true)
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(people, ["Marcus Bell", "Priya Nair", "Sam Whitaker"]);
    let me = db
        .current_person()
        .unwrap()
        .expect("the fixture chose someone");
    assert_eq!(me.name, "Sam Whitaker");

    let decisions = sample_meeting_decisions(&db);
    let extra = decisions
        .iter()
        .find(|d| d.statement == FIXTURE_DECISION)
        .unwrap();
    assert_eq!(extra.annotations.len(), 1);
    let a = &extra.annotations[0];
    assert_eq!(a.comment, FIXTURE_ANNOTATION);
    assert_eq!(a.person_id.as_deref(), Some(me.id.as_str()));
    assert_eq!(
        a.flags,
        [
            AnnotationFlag::WouldPayMore,
            AnnotationFlag::WouldTellOthers
        ]
    );
    let sample_threads = decisions
        .iter()
        .filter(|d| !d.annotations.is_empty())
        .count();
    assert_eq!(sample_threads, 4, "the sample's three and the fixture's");

    let escalations = db.list_escalations(true).unwrap();
    assert_eq!(escalations.len(), 3);
    assert_eq!(
        escalations
            .iter()
            .filter(|e| e.resolved_at.is_none())
            .count(),
        1
    );
    let reporting = db
        .list_meetings()
        .unwrap()
        .into_iter()
        .find(|m| m.title == FIXTURE_MEETING)
        .unwrap();
    let reported: Vec<&str> = escalations
        .iter()
        .filter(|e| e.reported_in_meeting_id.as_deref() == Some(reporting.id.as_str()))
        .map(|e| e.owner.as_str())
        .collect();
    assert_eq!(
        reported.len(),
        2,
        "the sample's resolved one and the fixture's"
    );
    assert!(reported.contains(&FIXTURE_OWNER));
    assert!(escalations.iter().all(|e| !e.anecdote_text.is_empty()));
}

/// Writes `tests/fixtures/schema-vN.db` for the newest schema version N with the current build.
/// Run it once, when a new schema version ships
/// (`cargo test -p chair-core --test it -- --ignored write_fixture`); it refuses to replace a
/// fixture that exists, since a shipped one must never be regenerated.
#[test]
#[ignore = "writes the schema fixture; run by hand only when a new schema version ships"]
fn write_fixture() {
    let target = fixture(latest_schema_version());
    assert!(
        !target.exists(),
        "{} exists; a shipped fixture is never regenerated",
        target.display()
    );
    let dir = tempdir();
    let (path, mut db) = sample_file_db(&dir);
    let meeting = db.summary().unwrap().last_meeting_id.unwrap();
    let decision = db
        .record_decision(&NewDecision {
            meeting_id: meeting,
            statement: FIXTURE_DECISION.into(),
            ..Default::default()
        })
        .unwrap();
    let sam = db
        .list_people(false)
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Sam Whitaker")
        .unwrap();
    db.set_current_person(Some(&sam.id)).unwrap();
    db.add_annotation(
        &decision.id,
        &AnnotationInput {
            stance: Stance::Supports,
            feeling: Some(5),
            comment: FIXTURE_ANNOTATION.into(),
            flags: vec![
                AnnotationFlag::WouldPayMore,
                AnnotationFlag::WouldTellOthers,
            ],
        },
    )
    .unwrap();
    let anecdote = db.search_anecdotes(&query("refund")).unwrap()[0]
        .anecdote
        .id
        .clone();
    let e = db
        .escalate_anecdote(&NewEscalation {
            anecdote_id: anecdote,
            owner: FIXTURE_OWNER.into(),
            deadline_hours: 24,
            note: None,
            meeting_id: None,
        })
        .unwrap();
    db.resolve_escalation(&EscalationResolution {
        escalation_id: e.id,
        root_cause: "The fixture's root cause".into(),
        fix: "The fixture's fix".into(),
    })
    .unwrap();
    let reporting = db
        .create_meeting(&NewMeeting {
            title: FIXTURE_MEETING.into(),
            ..Default::default()
        })
        .unwrap();
    // Schema 5 counts "I'm speaking for the customer".
    db.record_customer_reference(
        &CustomerReference {
            meeting_id: reporting.id.clone(),
            kind: CustomerReferenceKind::SpokeForCustomer,
            anecdote_id: None,
        },
        Utc::now(),
    )
    .unwrap();
    // Schema 6 keeps a PR/FAQ draft saved to a file with its decision.
    db.save_prfaq(&decision.id, &dir.join(FIXTURE_PRFAQ_FILE), false)
        .unwrap();
    let snapshot = db.backup_now().unwrap();
    drop(db);
    std::fs::copy(backup::backups_dir(&path).join(snapshot.file), &target).unwrap();
}

/// A clock that ran ahead once left a snapshot dated in the future: it neither stops new
/// snapshots nor outlives them when the folder is pruned, and the list shows the honest ones
/// first.
#[test]
fn a_snapshot_dated_in_the_future_does_not_stop_new_ones() {
    let (path, db) = sample_file_db(&tempdir());
    for minute in 0..KEEP as u32 {
        db.backup_at(Utc.with_ymd_and_hms(2099, 1, 1, 9, minute, 0).unwrap())
            .unwrap();
    }
    let hour = std::time::Duration::from_secs(3600);
    let taken = db
        .backup_if_older_than(hour)
        .unwrap()
        .expect("a snapshot is taken although ten are dated 2099");
    let list = list_backups(&path).unwrap();
    assert_eq!(list.len(), KEEP);
    assert_eq!(list[0].file, taken.file, "the real newest comes first");
    assert!(
        !list.iter().any(|b| b.file == "20990101-090000.db"),
        "the oldest of the future-dated ones went: {list:?}"
    );
    assert!(db.backup_if_older_than(hour).unwrap().is_none());
}

/// A restore that fails after the snapshot was copied out (here: the workspace it would keep
/// is not a database) leaves no `.restoring` file and the workspace as it was.
#[test]
fn a_failed_restore_leaves_nothing_behind() {
    let (path, db) = sample_file_db(&tempdir());
    let snapshot = db.backup_now().unwrap();
    drop(db);
    std::fs::write(&path, b"not a database at all, but the user's file").unwrap();
    let err = backup::restore(&path, &snapshot.file, true).unwrap_err();
    assert_eq!(err.code(), "corrupt", "{err}");
    let restoring = path.with_file_name("workspace.db.restoring");
    assert!(!restoring.exists(), "{} was left", restoring.display());
    assert_eq!(
        std::fs::read(&path).unwrap(),
        b"not a database at all, but the user's file"
    );
}

/// A workspace of an older schema is snapshotted, as it is, before it is migrated.
#[test]
fn a_migration_runs_only_after_a_snapshot_of_the_old_version() {
    let dir = tempdir();
    let copy = dir.join("workspace.db");
    std::fs::copy(fixture(1), &copy).unwrap();
    let db = Db::open(&copy).unwrap();
    let list = list_backups(&copy).unwrap();
    assert_eq!(list.len(), 1, "{list:?}");
    let old = rusqlite::Connection::open(backup::backups_dir(&copy).join(&list[0].file)).unwrap();
    let version: u32 = old
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1, "the snapshot is of the old version");
    drop(db);
    // Opening the migrated workspace again takes no snapshot.
    drop(Db::open(&copy).unwrap());
    assert_eq!(list_backups(&copy).unwrap().len(), 1);
}
