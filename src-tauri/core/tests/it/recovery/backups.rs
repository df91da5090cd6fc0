//! Snapshots: rotated to the newest ten, restored with search rebuilt, only listed ones, broken files kept aside.

use super::*;

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
