//! Forging an exported file: a copy with one edit, finding the record to change, and checking
//! the refusal names its field.

use super::*;

/// The index of the first decision of the exported `json` whose `list` is not empty.
pub(super) fn first_decision_with(json: &serde_json::Value, list: &str) -> usize {
    json["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .position(|d| !d[list].as_array().unwrap().is_empty())
        .unwrap()
}

/// `refuse` of the bad-file test, for the hardening tests below: the error is `invalid`, names
/// `field` first, and the workspace is as it was.
pub(super) fn refused_naming(db: &mut Db, path: &Path, field: &str) {
    let before = db.summary().unwrap();
    let err = db.import_json(path, false).unwrap_err();
    assert_eq!(err.code(), "invalid", "{err}");
    assert!(
        err.to_string().starts_with(field),
        "{err} does not name {field}"
    );
    assert_eq!(db.summary().unwrap(), before);
}

/// A copy of `file` with `edit` applied to its JSON.
pub(super) fn edited(
    file: &Path,
    name: &str,
    edit: impl FnOnce(&mut serde_json::Value),
) -> PathBuf {
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    edit(&mut json);
    let out = file.with_file_name(name);
    std::fs::write(&out, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
    out
}
