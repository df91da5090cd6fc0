//! Files that are not (or not yet) our workspace are refused untouched with their own code;
//! snapshots rotate and bring data back; a workspace made by an earlier build still opens.

mod backups;
mod fixtures;
mod refused;
mod snapshots;

use std::path::{Path, PathBuf};

use chair_core::db::backup::{self, list_backups, KEEP};
use chair_core::db::latest_schema_version;
use chair_core::model::{
    AnecdoteInput, AnecdoteQuery, AnnotationFlag, AnnotationInput, CustomerReference,
    CustomerReferenceKind, EscalationResolution, NewEscalation, Role, Stance,
};
use chair_core::Db;
use chrono::{TimeZone, Utc};

use crate::storage::tempdir;
use crate::{add_person, be, decide, meeting_titled, sample_db_at};

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

/// The sample workspace in a file `workspace.db` in `dir`, open.
pub fn sample_file_db(dir: &Path) -> (PathBuf, Db) {
    let path = dir.join("workspace.db");
    let db = sample_db_at(&path);
    (path, db)
}

fn query(text: &str) -> AnecdoteQuery {
    AnecdoteQuery {
        text: text.into(),
        ..Default::default()
    }
}
