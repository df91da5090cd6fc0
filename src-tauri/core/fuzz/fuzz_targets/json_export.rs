//! The JSON export merged back into a workspace (`Db::import_json`), dry run then for real,
//! on a fresh in-memory workspace per input. A refused file must leave the workspace as it
//! was; an accepted dry run must change nothing either.
#![no_main]

use std::path::PathBuf;

use chair_core::model::WorkspaceSummary;
use chair_core::Db;
use libfuzzer_sys::fuzz_target;

/// `import_json` reads a path: one scratch file per fuzzing process.
fn scratch() -> PathBuf {
    std::env::temp_dir().join(format!("chair-fuzz-export-{}.json", std::process::id()))
}

fn counts(db: &Db) -> (u32, u32, u32, u32) {
    let WorkspaceSummary {
        persona_count,
        anecdote_count,
        meeting_count,
        decision_count,
        ..
    } = db.summary().expect("summary");
    (persona_count, anecdote_count, meeting_count, decision_count)
}

fuzz_target!(|data: &[u8]| {
    let path = scratch();
    std::fs::write(&path, data).expect("scratch file");
    let mut db = Db::open_in_memory().expect("in-memory workspace");
    let before = counts(&db);
    if let Ok(report) = db.import_json(&path, true) {
        assert!(report.dry_run, "a dry run says so");
        assert_eq!(counts(&db), before, "a dry run changes nothing");
    }
    match db.import_json(&path, false) {
        Ok(report) => assert!(!report.dry_run),
        Err(_) => assert_eq!(counts(&db), before, "a refused file changes nothing"),
    }
});
