//! Two copies of Empty Chair on one workspace: the second is refused with `in_use` before it
//! reads, migrates, indexes or moves anything, the first keeps writing, and the lock goes away
//! with the process that held it, even when that process is killed.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use chair_core::db::backup;
use chair_core::db::lock::WorkspaceLock;
use chair_core::Db;

use crate::recovery::sample_file_db;
use crate::storage::tempdir;
use crate::titled;

const HOLDER_ENV: &str = "CHAIR_LOCK_HOLDER_DB";

/// Every file under `dir` (recursively) with its bytes and modification time: what "nothing
/// was changed" compares.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, std::time::SystemTime)> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let meta = std::fs::metadata(&path).unwrap();
        if meta.is_dir() {
            out.extend(snapshot(&path));
        } else {
            out.insert(
                path.clone(),
                (std::fs::read(&path).unwrap(), meta.modified().unwrap()),
            );
        }
    }
    out
}

/// A copy of the first schema's fixture in `dir`: a workspace the app has to migrate.
fn old_workspace(dir: &Path) -> PathBuf {
    let path = dir.join("old.db");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema-v1.db"),
        &path,
    )
    .unwrap();
    path
}

fn assert_in_use(err: chair_core::Error, path: &Path) {
    assert_eq!(err.code(), "in_use", "{err}");
    let message = err.to_string();
    assert!(message.contains("already open"), "{message}");
    assert!(
        message.contains(&path.display().to_string()),
        "names the file: {message}"
    );
}

#[test]
fn a_second_open_is_refused_and_changes_nothing() {
    let dir = tempdir();
    let (path, mut first) = sample_file_db(&dir);
    first.backup_now().unwrap();
    first
        .create_meeting(&titled("Before the second copy"))
        .unwrap();
    let before = snapshot(&dir);
    assert!(before.contains_key(&path));
    assert!(
        before.contains_key(&PathBuf::from(format!("{}-wal", path.display()))),
        "the first copy's WAL is there to be compared"
    );

    let err = Db::open(&path).err().expect("the second open is refused");
    assert_in_use(err, &path);
    assert!(
        before == snapshot(&dir),
        "the database, its WAL and shared memory, the index and the backups are byte for \
         byte and to the modification time what they were"
    );

    // The first copy is not disturbed: it writes and reads as before.
    let made = first
        .create_meeting(&titled("After the second copy"))
        .unwrap();
    assert!(first
        .list_meetings()
        .unwrap()
        .iter()
        .any(|m| m.id == made.id));
    drop(first);

    // Once the first is closed, the workspace opens normally, with everything it wrote.
    let again = Db::open(&path).unwrap();
    let titles: Vec<String> = again
        .list_meetings()
        .unwrap()
        .into_iter()
        .map(|m| m.title)
        .collect();
    assert!(
        titles.iter().any(|t| t == "Before the second copy"),
        "{titles:?}"
    );
    assert!(
        titles.iter().any(|t| t == "After the second copy"),
        "{titles:?}"
    );
}

#[test]
fn a_workspace_being_opened_elsewhere_is_not_migrated() {
    // A workspace of the first schema, held by a copy that is still opening it: the second
    // must not bring it up to date under the first one's feet.
    let dir = tempdir();
    let path = old_workspace(&dir);
    let held = WorkspaceLock::acquire(&path).unwrap();
    let before = snapshot(&dir);
    assert_in_use(Db::open(&path).err().expect("refused"), &path);
    assert!(before == snapshot(&dir), "not migrated, not indexed");
    drop(held);
    Db::open(&path).unwrap();
}

#[test]
fn a_workspace_open_elsewhere_is_neither_set_aside_nor_restored_over() {
    let dir = tempdir();
    let (path, mut first) = sample_file_db(&dir);
    let snap = first.backup_now().unwrap();
    let before = snapshot(&dir);

    assert_in_use(backup::move_aside(&path).unwrap_err(), &path);
    assert_in_use(backup::restore(&path, &snap.file, true).unwrap_err(), &path);
    assert!(before == snapshot(&dir), "no file moved, copied or removed");
    first.create_meeting(&titled("Still writing")).unwrap();
}

/// Not a test: the process that holds the workspace open for
/// `the_lock_goes_away_with_a_killed_process`. Does nothing unless that test started it.
#[test]
#[ignore = "the lock test runs this as its child process"]
fn lock_holder() {
    let Ok(path) = std::env::var(HOLDER_ENV) else {
        return;
    };
    let _db = Db::open(Path::new(&path)).expect("the holder opens the workspace");
    println!();
    println!("OPEN");
    std::thread::sleep(std::time::Duration::from_secs(120));
}

#[test]
fn the_lock_goes_away_with_a_killed_process() {
    let (path, db) = sample_file_db(&tempdir());
    drop(db);
    let mut holder = Command::new(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            "two_copies::lock_holder",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HOLDER_ENV, &path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = holder.stdout.take().unwrap();
    let opened = BufReader::new(stdout)
        .lines()
        .map_while(|l| l.ok())
        .any(|l| l == "OPEN");
    assert!(opened, "the holder opened the workspace");
    assert_in_use(Db::open(&path).err().expect("held by the child"), &path);

    // SIGKILL: no destructor runs, as when the app crashes or is killed.
    holder.kill().unwrap();
    holder.wait().unwrap();
    let db = Db::open(&path).expect("a killed holder leaves no lock behind");
    assert!(db.summary().unwrap().is_sample);
}

#[test]
fn a_workspace_open_elsewhere_can_still_be_read() {
    use chair_core::model::{AnecdoteInput, AnecdoteQuery, DecisionFilter};
    let dir = tempdir();
    let (path, mut first) = sample_file_db(&dir);
    let said = first
        .create_anecdote(&AnecdoteInput {
            text: "The quartermaster lost my parcel twice".into(),
            ..Default::default()
        })
        .unwrap();
    let before = snapshot(&dir);

    let reader = Db::open_read_only(&path).unwrap();
    // It reads what the first copy wrote, its search index included.
    let hits = reader
        .search_anecdotes(&AnecdoteQuery {
            text: "quartermaster".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].anecdote.id, said.id);
    let everything = DecisionFilter::default();
    assert_eq!(
        reader.decision_log(&everything).unwrap(),
        first.decision_log(&everything).unwrap()
    );
    // It cannot write, and trying changes nothing.
    let mut reader = reader;
    assert!(reader
        .create_meeting(&titled("Written by a reader"))
        .is_err());
    drop(reader);
    let after = snapshot(&dir);
    // Except SQLite's shared-memory index (`-shm`), where every reader of a WAL database
    // takes its read marks: coordination between connections, not the workspace's content.
    let changed: Vec<&PathBuf> = after
        .iter()
        .filter(|(p, v)| before.get(*p) != Some(*v))
        .map(|(p, _)| p)
        .filter(|p| !p.to_string_lossy().ends_with("-shm"))
        .collect();
    assert!(changed.is_empty(), "the reader changed {changed:?}");

    // The first copy goes on writing, and a new reader sees it.
    first.create_meeting(&titled("After the reader")).unwrap();
    let again = Db::open_read_only(&path).unwrap();
    assert!(again
        .list_meetings()
        .unwrap()
        .iter()
        .any(|m| m.title == "After the reader"));
}

#[test]
fn an_old_workspace_is_not_read_before_the_app_upgrades_it() {
    let dir = tempdir();
    let path = old_workspace(&dir);
    let before = snapshot(&dir);
    let err = Db::open_read_only(&path).err().expect("refused");
    assert!(err.to_string().contains("open it in the app once"), "{err}");
    assert!(before == snapshot(&dir), "left untouched");
}

/// The same file reached through a symlink (or `..`) is the same workspace: its lock, backup
/// and index names come from the one real path, so a second open that way is refused too.
#[cfg(unix)]
#[test]
fn opening_the_same_file_through_a_symlink_is_refused() {
    let dir = tempdir();
    let (path, first) = sample_file_db(&dir);
    let other = dir.join("elsewhere");
    std::fs::create_dir_all(&other).unwrap();
    let link = other.join("link.db");
    std::os::unix::fs::symlink(&path, &link).unwrap();
    let err = Db::open(&link).err().expect("the second open is refused");
    assert_in_use(err, &path);
    let dotted = other.join("..").join(path.file_name().unwrap());
    assert_in_use(Db::open(&dotted).err().expect("refused"), &path);
    // Nothing was made beside the link.
    assert!(!other.join("link.db.lock").exists());
    assert!(!other.join("link.db.search").exists());
    // The one open copy reports the real path.
    assert_eq!(first.path(), Some(path.as_path()));
    drop(first);
    // Opened through the link, the workspace is the real file's.
    let again = Db::open(&link).unwrap();
    assert_eq!(
        again.path(),
        Some(std::fs::canonicalize(&path).unwrap().as_path())
    );
}

/// The files a workspace owns, however they are named, are never a target for a file the user
/// picked to write.
#[cfg(unix)]
#[test]
fn the_workspaces_own_files_are_recognized_however_named() {
    use chair_core::db::is_workspace_file;
    let dir = tempdir();
    let (path, db) = sample_file_db(&dir);
    db.backup_now().unwrap();
    let link = dir.join("alias.db");
    std::os::unix::fs::symlink(&path, &link).unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    for own in [
        path.clone(),
        link.clone(),
        dir.join("sub/../workspace.db"),
        dir.join("workspace.db-wal"),
        dir.join("workspace.db-shm"),
        dir.join("workspace.db.lock"),
        dir.join("workspace.db.backups"),
        dir.join("workspace.db.backups/20260101-000000.db"),
        dir.join("workspace.db.search/meta.json"),
        dir.join("workspace.db.search/new/deeper.md"),
    ] {
        assert!(is_workspace_file(&link, &own), "{}", own.display());
        assert!(is_workspace_file(&path, &own), "{}", own.display());
    }
    for other in [
        dir.join("log.md"),
        dir.join("workspace.db.md"),
        dir.join("adr/0001-x.md"),
    ] {
        assert!(!is_workspace_file(&path, &other), "{}", other.display());
    }
}
