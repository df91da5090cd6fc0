//! Writing the UI's test fixtures: what a core rule answered, per case, as the UI's fake backend
//! reads it from `ui/src/test/fixtures/` (see `gate_fixtures.rs`, `score_fixtures.rs`,
//! `annotation_fixtures.rs`).

use std::collections::BTreeMap;
use std::path::Path;

use chair_core::Db;
use serde::Serialize;

use crate::meeting_titled;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fixture<'a, K, C> {
    written_by: String,
    cases: &'a BTreeMap<K, C>,
}

/// Writes `cases` to `ui/src/test/fixtures/<file>`, saying they come from `tests/it/<test>`.
pub fn write<K: Serialize, C: Serialize>(file: &str, test: &str, cases: &BTreeMap<K, C>) {
    let fixture = Fixture {
        written_by: format!(
            "src-tauri/core/tests/it/{test} on every `cargo test -p chair-core`; \
             do not edit: change the cases there"
        ),
        cases,
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/test/fixtures");
    std::fs::create_dir_all(&dir).unwrap();
    let json = serde_json::to_string_pretty(&fixture).unwrap() + "\n";
    std::fs::write(dir.join(file), json).unwrap();
}

/// A new meeting in `db`, titled as the fake backend's (`m1`); its id.
pub fn meeting(db: &mut Db) -> String {
    meeting_titled(db, "Returns policy review").id
}
