//! The command line, run as the real binary without a display: exports of the sample
//! workspace, the JSON round trip through `import`, search, and the exit codes scripts rely on.

mod anecdotes;
mod commands;
mod failures;

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
