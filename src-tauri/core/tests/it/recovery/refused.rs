//! Files that are not our workspace, or of a newer schema, are refused untouched with their own code.

use super::*;

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
    drop(sample_db_at(&path));
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
