//! What the app shows around an import: the preview with the mapping remembered for the file's
//! header layout, the dry run's verdict, the report of a finished import and its progress.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{
    ColumnMapping, FileKind, ImportError, ImportFailure, ImportOptions, ImportSummary, Preview,
};
use crate::db::NewAnecdote;
use crate::{Db, Error, Result};

/// Rows shown in the preview.
pub const PREVIEW_ROWS: usize = 8;

/// A file's first rows, and the mapping used last time for files laid out like it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportPreview {
    pub preview: Preview,
    pub remembered: Option<ColumnMapping>,
}

/// The dry run: what an import would do, or why the file is refused. Writes nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportCheck {
    /// Errors that refuse the whole file (empty when it can be imported).
    pub errors: Vec<ImportError>,
    pub summary: Option<ImportSummary>,
    /// Anecdotes of the file the workspace already has.
    #[ts(type = "number")]
    pub already_in_workspace: u64,
}

/// What a finished import did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportReport {
    pub summary: ImportSummary,
    #[ts(type = "number")]
    pub inserted: u64,
    #[ts(type = "number")]
    pub already_in_workspace: u64,
    /// Row numbers of the first few anecdotes the workspace already had.
    #[ts(type = "Array<number>")]
    pub already_rows: Vec<u64>,
}

/// Emitted as `import-progress` while an import runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportProgress {
    /// `reading` the file, then `writing` to the workspace.
    pub phase: String,
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

impl From<ImportFailure> for Error {
    fn from(failure: ImportFailure) -> Self {
        match failure {
            ImportFailure::Cancelled => Error::Cancelled,
            ImportFailure::Invalid { errors } => {
                let first = errors.first().map(ToString::to_string).unwrap_or_default();
                let more = match errors.len() {
                    0 | 1 => String::new(),
                    n => format!(" (and {} more problems)", n - 1),
                };
                Error::Invalid {
                    field: "file".into(),
                    message: format!("{first}{more}"),
                }
            }
            ImportFailure::Io { file, message } => Error::invalid(file, message),
        }
    }
}

impl From<ImportError> for Error {
    fn from(error: ImportError) -> Self {
        ImportFailure::from(error).into()
    }
}

/// The preview of `path`, with the mapping remembered for its layout.
pub fn preview_with_memory(db: &Db, path: &Path, kind: Option<FileKind>) -> Result<ImportPreview> {
    with_memory(db, super::preview_as(path, PREVIEW_ROWS, kind)?)
}

/// A preview made without the workspace, with the mapping remembered for its layout: the
/// app reads the file first and only then takes the workspace for this one lookup.
pub fn with_memory(db: &Db, preview: Preview) -> Result<ImportPreview> {
    let remembered = db.remembered_mapping(&preview.layout_key)?;
    Ok(ImportPreview {
        preview,
        remembered,
    })
}

/// Parses and validates `path` without touching the workspace.
pub fn parse(
    path: &Path,
    mapping: &ColumnMapping,
    options: &ImportOptions,
    progress: &mut dyn FnMut(u64, u64),
    cancel: &AtomicBool,
) -> std::result::Result<(ImportSummary, Vec<(u64, NewAnecdote)>), ImportFailure> {
    let plan = super::read(path, mapping, options, progress, cancel)?;
    let summary = plan.summary();
    Ok((
        summary,
        plan.rows.into_iter().map(|r| (r.row, r.anecdote)).collect(),
    ))
}

/// The dry run: what importing `rows` would do. Errors refusing the file are data here.
/// Setting `cancel` stops it while it compares the rows with the workspace.
pub fn check(
    db: &Db,
    parsed: std::result::Result<(ImportSummary, Vec<(u64, NewAnecdote)>), ImportFailure>,
    cancel: &AtomicBool,
) -> Result<ImportCheck> {
    match parsed {
        Ok((summary, rows)) => {
            let (already, _) = db.count_existing(&rows, cancel)?;
            Ok(ImportCheck {
                errors: Vec::new(),
                summary: Some(summary),
                already_in_workspace: already,
            })
        }
        Err(ImportFailure::Invalid { errors }) => Ok(ImportCheck {
            errors,
            summary: None,
            already_in_workspace: 0,
        }),
        Err(other) => Err(other.into()),
    }
}

/// Writes parsed rows in one transaction, linking each to `persona_ids`, and remembers the
/// mapping for files laid out like this one.
#[allow(clippy::too_many_arguments)]
pub fn write(
    db: &mut Db,
    summary: ImportSummary,
    mut rows: Vec<(u64, NewAnecdote)>,
    layout_key: &str,
    mapping: &ColumnMapping,
    persona_ids: &[String],
    progress: &mut dyn FnMut(u64, u64),
    cancel: &AtomicBool,
) -> Result<ImportReport> {
    for p in persona_ids {
        db.get_persona(p)?;
    }
    if !persona_ids.is_empty() {
        for (_, a) in &mut rows {
            a.persona_ids = persona_ids.to_vec();
        }
    }
    let outcome = db.import_anecdotes(&rows, progress, cancel)?;
    db.remember_mapping(layout_key, mapping)?;
    Ok(ImportReport {
        summary,
        inserted: outcome.inserted,
        already_in_workspace: outcome.duplicates,
        already_rows: outcome.duplicate_rows,
    })
}
