use chair_core::db::MIGRATIONS;
use chair_core::Db;

#[test]
fn migrations_are_valid() {
    MIGRATIONS.validate().expect("migrations validate");
}

#[test]
fn file_database_uses_wal_and_foreign_keys() {
    let dir = tempdir();
    let db = Db::open(&dir.join("nested/w.db")).expect("opens, creating folders");
    assert!(dir.join("nested/w.db").exists());
    drop(db);
    let conn = rusqlite::Connection::open(dir.join("nested/w.db")).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert!(version >= 1);
}

#[test]
fn unopenable_path_names_the_path() {
    let dir = tempdir();
    std::fs::write(dir.join("file"), b"x").unwrap();
    let err = Db::open(&dir.join("file/inside.db"))
        .err()
        .expect("cannot open below a file");
    assert!(err.to_string().contains("file"), "{err}");
    assert_eq!(err.code(), "io");
}

/// A unique temporary folder, removed at exit by the OS's tmp cleaning; tests never share one.
pub fn tempdir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("chair-core-test-{}", uuid_like()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn uuid_like() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    format!(
        "{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}
