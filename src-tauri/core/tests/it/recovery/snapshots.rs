//! Snapshots around risky steps: future-dated ones, failed restores, migrations.

use super::*;

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
