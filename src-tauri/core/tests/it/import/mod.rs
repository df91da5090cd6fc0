//! Importing customer exports: the real files in ../shared/data as they are, and small files
//! built here for each rule (encodings, delimiters, JSON Lines, validation, duplicates, cut-off
//! files, cancelling).

mod encodings;
mod jsonl;
mod limits;
mod real_files;
mod rows;
mod sheets;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use chair_core::db::NewAnecdote;
use chair_core::import::{
    self, ColumnMapping, DateOrder, FileKind, ImportFailure, ImportOptions, ImportPlan,
    ImportSummary, WarningKind,
};
use chair_core::model::{Provenance, Sentiment};
use chrono::NaiveDate;

fn data(rel: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    let path = dir.join(rel);
    assert!(
        path.exists(),
        "shared data file missing: {}",
        path.display()
    );
    path
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Reads the file at `path` with `mapping` and `options`, all of it, nobody cancelling.
fn read_file(
    path: &Path,
    mapping: &ColumnMapping,
    options: &ImportOptions,
) -> Result<ImportPlan, ImportFailure> {
    import::read(
        path,
        mapping,
        options,
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
}

/// Reads a shared file with the mapping its preview suggests.
fn read_suggested(rel: &str, options: &ImportOptions) -> Result<ImportPlan, ImportFailure> {
    let path = data(rel);
    let preview = import::preview(&path, 5).expect("preview");
    read_file(&path, &preview.suggested, options)
}

fn read_str(name: &str, text: &str, mapping: &ColumnMapping) -> Result<ImportPlan, ImportFailure> {
    read_with_defaults(name, text.as_bytes(), mapping)
}

/// Reads `bytes` as the file `name` with `mapping` and the default options.
fn read_with_defaults(
    name: &str,
    bytes: &[u8],
    mapping: &ColumnMapping,
) -> Result<ImportPlan, ImportFailure> {
    read_with(name, bytes, mapping, &ImportOptions::default())
}

fn read_with(
    name: &str,
    bytes: &[u8],
    mapping: &ColumnMapping,
    options: &ImportOptions,
) -> Result<ImportPlan, ImportFailure> {
    import::read_bytes(
        name,
        bytes,
        mapping,
        options,
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
}

/// What a parse gives to write: the file's summary and its rows, numbered as in the file.
pub(crate) type Parsed = (ImportSummary, Vec<(u64, NewAnecdote)>);

/// `path` parsed with `mapping` and the default options, all of it, nobody cancelling.
pub(crate) fn parse_whole(path: &Path, mapping: &ColumnMapping) -> Result<Parsed, ImportFailure> {
    import::parse(
        path,
        mapping,
        &ImportOptions::default(),
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
}

fn text_only(column: &str) -> ColumnMapping {
    ColumnMapping {
        text: column.to_owned(),
        ..ColumnMapping::default()
    }
}

fn invalid(result: Result<ImportPlan, ImportFailure>) -> Vec<import::ImportError> {
    match result {
        Err(ImportFailure::Invalid { errors }) => errors,
        Err(other) => panic!("expected invalid, got {other:?}"),
        Ok(plan) => panic!("expected invalid, got {} rows", plan.rows.len()),
    }
}

fn texts(plan: &ImportPlan) -> Vec<&str> {
    plan.rows.iter().map(|r| r.anecdote.text.as_str()).collect()
}

// ---- the real files ----------------------------------------------------------------------
