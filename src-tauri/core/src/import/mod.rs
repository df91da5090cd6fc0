//! Reading customer exports (CSV/TSV with any delimiter, JSON Lines) into anecdotes.
//!
//! Pure: bytes in, validated [`NewAnecdote`](crate::db::NewAnecdote)s out; nothing here
//! touches the database. [`preview`] reads the start of a file, says how it was read (encoding,
//! kind, delimiter), shows its first rows and suggests a [`ColumnMapping`]. [`read`] applies a
//! mapping to the whole file and returns an [`ImportPlan`] (anecdotes plus warnings) or refuses
//! the whole file with every error it found ([`ImportFailure::Invalid`]). `read` writes
//! nothing, so it is also the dry run.
//!
//! Submodules: `decode` (bytes to text), `detect` (kind, delimiter, cut-off records),
//! `mapping` (header names, suggestions, layout keys), `value` (one cell to one field), `plan`
//! (rows to anecdotes, warnings, duplicates), `delimited` and `jsonl` (the two readers),
//! `failure` (errors).

mod decode;
mod delimited;
mod detect;
mod failure;
mod jsonl;
mod mapping;
mod plan;
mod value;
mod workspace;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use failure::{ImportError, ImportFailure};
pub use mapping::ColumnMapping;
pub use plan::{
    ImportPlan, ImportRow, ImportSummary, ImportWarning, WarningKind, DEFAULT_SEVERITY,
};
pub use workspace::{
    check, parse, preview_with_memory, write, ImportCheck, ImportPreview, ImportProgress,
    ImportReport,
};

/// How much of a file `preview` reads.
pub const PREVIEW_BYTES: usize = 4 * 1024 * 1024;
/// Rows between two progress reports (and cancel checks).
const PROGRESS_EVERY: u64 = 1000;

/// How the file's records are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "camelCase")]
#[ts(export)]
pub enum FileKind {
    /// CSV-like text: a header row, then one record per row; fields may be quoted with `"`.
    /// `delimiter` is the byte between fields (`,` `\t` `;` `|`).
    Delimited { delimiter: u8 },
    /// One JSON object per line; its keys are the headers.
    JsonLines,
}

/// The start of a file, as the import dialog shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Preview {
    pub file_name: String,
    pub kind: FileKind,
    /// `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`.
    pub encoding: String,
    /// Set when the encoding was a fallback the user should check.
    pub encoding_note: Option<String>,
    /// Column names as mappings use them: trimmed, an empty one named `(unnamed column N)`,
    /// repeats numbered. For JSON Lines, the keys in order of first appearance.
    pub headers: Vec<String>,
    /// The first data rows, one value per header, cleaned as they would be imported (entities
    /// decoded, line ends normalised, wrapping quotes removed), not shortened.
    pub rows: Vec<Vec<String>>,
    #[ts(type = "number")]
    pub total_bytes: u64,
    /// Stable key of the header layout (kind and normalised headers), to remember the mapping
    /// the user chose for files shaped like this one.
    pub layout_key: String,
    pub suggested: ColumnMapping,
}

/// How `read` treats the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct ImportOptions {
    /// Skip (with a warning) a last record the file cuts off, instead of refusing the file.
    pub accept_incomplete_last: bool,
    /// Stop collecting errors after this many (at least 1).
    #[ts(type = "number")]
    pub max_errors: usize,
    /// The file's kind and delimiter; `None` detects them as `preview` does.
    pub kind: Option<FileKind>,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            accept_incomplete_last: false,
            max_errors: 20,
            kind: None,
        }
    }
}

/// Previews the file at `path`: its first `max_rows` data rows, read from at most
/// [`PREVIEW_BYTES`] of it.
pub fn preview(path: &Path, max_rows: usize) -> Result<Preview, ImportError> {
    preview_as(path, max_rows, None)
}

/// [`preview`] with the kind (and delimiter) given instead of detected.
pub fn preview_as(
    path: &Path,
    max_rows: usize,
    kind: Option<FileKind>,
) -> Result<Preview, ImportError> {
    use std::io::Read;
    let file = file_name(path);
    let io_error = |e: std::io::Error| ImportError::file(&file, format!("cannot be read: {e}"));
    let handle = std::fs::File::open(path).map_err(io_error)?;
    let total = handle.metadata().map_err(io_error)?.len();
    let mut bytes = Vec::with_capacity((total as usize).min(PREVIEW_BYTES));
    handle
        .take(PREVIEW_BYTES as u64)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    let is_prefix = (bytes.len() as u64) < total;
    preview_inner(&file, &bytes, total, is_prefix, max_rows, kind)
}

/// [`preview`] of a file already in memory; `bytes` is the whole file.
pub fn preview_bytes(
    file_name: &str,
    bytes: &[u8],
    max_rows: usize,
) -> Result<Preview, ImportError> {
    preview_bytes_as(file_name, bytes, max_rows, None)
}

/// [`preview_bytes`] with the kind (and delimiter) given instead of detected.
pub fn preview_bytes_as(
    file_name: &str,
    bytes: &[u8],
    max_rows: usize,
    kind: Option<FileKind>,
) -> Result<Preview, ImportError> {
    preview_inner(file_name, bytes, bytes.len() as u64, false, max_rows, kind)
}

fn preview_inner(
    file: &str,
    bytes: &[u8],
    total_bytes: u64,
    is_prefix: bool,
    max_rows: usize,
    kind: Option<FileKind>,
) -> Result<Preview, ImportError> {
    let decoded = decode::decode(file, bytes, is_prefix)?;
    let kind = kind.unwrap_or_else(|| detect::detect_kind(file, &decoded.text));
    check_kind(file, kind)?;
    let sample = match kind {
        FileKind::Delimited { delimiter } => {
            delimited::sample(file, &decoded.text, delimiter, max_rows, is_prefix)?
        }
        FileKind::JsonLines => jsonl::sample(file, &decoded.text, max_rows, is_prefix)?,
    };
    let suggested = mapping::suggest(&sample.headers, &sample.unnamed, &sample.rows);
    Ok(Preview {
        file_name: file.to_owned(),
        kind,
        encoding: decoded.encoding.to_owned(),
        encoding_note: decoded.note,
        layout_key: mapping::layout_key(kind, &sample.headers),
        headers: sample.headers,
        rows: sample.rows,
        total_bytes,
        suggested,
    })
}

/// Reads the whole file at `path` with `mapping`. Writes nothing: this is also the dry run.
///
/// `progress(done, total)` is called at the start, about every 1000 rows and at the end, in
/// bytes of the decoded text (file bytes for UTF-8). `cancel` is checked as often; when it is
/// set the answer is [`ImportFailure::Cancelled`].
pub fn read(
    path: &Path,
    mapping: &ColumnMapping,
    options: &ImportOptions,
    progress: &mut dyn FnMut(u64, u64),
    cancel: &AtomicBool,
) -> Result<ImportPlan, ImportFailure> {
    let file = file_name(path);
    if cancel.load(Ordering::Relaxed) {
        return Err(ImportFailure::Cancelled);
    }
    let bytes = std::fs::read(path).map_err(|e| ImportFailure::Io {
        file: file.clone(),
        message: format!("cannot be read: {e}"),
    })?;
    read_bytes(&file, &bytes, mapping, options, progress, cancel)
}

/// [`read`] of a file already in memory.
pub fn read_bytes(
    file_name: &str,
    bytes: &[u8],
    mapping: &ColumnMapping,
    options: &ImportOptions,
    progress: &mut dyn FnMut(u64, u64),
    cancel: &AtomicBool,
) -> Result<ImportPlan, ImportFailure> {
    if cancel.load(Ordering::Relaxed) {
        return Err(ImportFailure::Cancelled);
    }
    let decoded = decode::decode(file_name, bytes, false)?;
    let kind = options
        .kind
        .unwrap_or_else(|| detect::detect_kind(file_name, &decoded.text));
    check_kind(file_name, kind)?;
    let mut job = Job {
        file: file_name,
        kind,
        encoding: decoded.encoding,
        encoding_note: decoded.note.clone(),
        mapping,
        options,
        progress,
        cancel,
        total: decoded.text.len() as u64,
    };
    job.tick(0)?;
    let plan = match kind {
        FileKind::Delimited { delimiter } => delimited::read(&mut job, &decoded.text, delimiter),
        FileKind::JsonLines => jsonl::read(&mut job, &decoded.text),
    }?;
    (job.progress)(job.total, job.total);
    Ok(plan)
}

/// One `read` in progress: what the readers and the plan builder share.
pub(crate) struct Job<'a> {
    pub file: &'a str,
    pub kind: FileKind,
    pub encoding: &'static str,
    pub encoding_note: Option<String>,
    pub mapping: &'a ColumnMapping,
    pub options: &'a ImportOptions,
    pub progress: &'a mut dyn FnMut(u64, u64),
    pub cancel: &'a AtomicBool,
    /// Bytes of decoded text.
    pub total: u64,
}

impl Job<'_> {
    /// Reports progress and checks for cancellation.
    pub(crate) fn tick(&mut self, done: u64) -> Result<(), ImportFailure> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(ImportFailure::Cancelled);
        }
        (self.progress)(done.min(self.total), self.total);
        Ok(())
    }

    /// Whether record number `n` (1-based) is one to report progress at.
    pub(crate) fn due(n: u64) -> bool {
        n.is_multiple_of(PROGRESS_EVERY)
    }
}

/// A delimiter must be one ASCII byte that cannot be part of a field's text.
fn check_kind(file: &str, kind: FileKind) -> Result<(), ImportError> {
    match kind {
        FileKind::Delimited { delimiter }
            if !delimiter.is_ascii() || matches!(delimiter, b'"' | b'\n' | b'\r') =>
        {
            Err(ImportError::file(
                file,
                format!("{:?} cannot separate fields", char::from(delimiter)),
            ))
        }
        _ => Ok(()),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| path.to_string_lossy(), |n| n.to_string_lossy())
        .into_owned()
}

/// What a reader found at the start of a file.
pub(crate) struct Sample {
    pub headers: Vec<String>,
    /// Which headers were empty in the file.
    pub unnamed: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}
