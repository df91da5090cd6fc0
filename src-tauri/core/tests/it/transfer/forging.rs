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

/// The file at `path` is refused: the error is `invalid`, names `field` first, and the workspace
/// is as it was.
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

/// The JSON in `file`.
pub(super) fn json_of(file: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap()
}

/// A copy of `file` with `edit` applied to its JSON is refused naming `field` (see
/// `refused_naming`).
pub(super) fn edit_refused(
    db: &mut Db,
    file: &Path,
    field: &str,
    edit: impl FnOnce(&mut serde_json::Value),
) {
    refused_naming(db, &edited(file, "refused.json", edit), field);
}

/// A copy of `file` with `edit` applied to its JSON.
pub(super) fn edited(
    file: &Path,
    name: &str,
    edit: impl FnOnce(&mut serde_json::Value),
) -> PathBuf {
    let mut json = json_of(file);
    edit(&mut json);
    let out = file.with_file_name(name);
    std::fs::write(&out, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
    out
}
