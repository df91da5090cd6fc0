//! The JSON export merged back into a workspace (`Db::import_json`), dry run then for real, with
//! the input as the file. A refused file must leave the workspace as it was; a dry run must
//! change nothing either.
//!
//! Opening a workspace (migrations, sample, search index) costs far more than most inputs, so
//! one sample workspace in memory serves every input until an import changes it; then the next
//! input gets a fresh one. Inputs therefore always meet the same workspace: refused ones are
//! checked to change nothing.
#![no_main]

use std::cell::RefCell;
use std::path::PathBuf;

use chair_core::model::WorkspaceSummary;
use chair_core::Db;
use libfuzzer_sys::fuzz_target;

thread_local! {
    static WORKSPACE: RefCell<Option<Db>> = const { RefCell::new(None) };
}

/// `import_json` reads a path: one scratch file per fuzzing process.
fn scratch() -> PathBuf {
    std::env::temp_dir().join(format!("chair-fuzz-export-{}.json", std::process::id()))
}

fn sample() -> Db {
    let mut db = Db::open_in_memory().expect("in-memory workspace");
    db.initialize_if_new().expect("the sample loads");
    db
}

/// What a merge could change, in numbers.
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
    WORKSPACE.with(|cell| {
        let mut slot = cell.borrow_mut();
        let db = slot.get_or_insert_with(sample);
        let before = counts(db);
        if let Ok(report) = db.import_json(&path, true) {
            assert!(report.dry_run, "a dry run says so");
            assert_eq!(counts(db), before, "a dry run changes nothing");
        }
        match db.import_json(&path, false) {
            Ok(report) => {
                assert!(!report.dry_run, "a real run says so");
                // The workspace may have changed: the next input gets a fresh one.
                *slot = None;
            }
            Err(_) => assert_eq!(counts(db), before, "a refused file changes nothing"),
        }
    });
});
