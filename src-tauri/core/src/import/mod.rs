//! Reading customer exports (CSV/TSV with any delimiter, JSON Lines, Excel .xlsx) into
//! anecdotes.
//!
//! Pure: bytes in, validated [`NewAnecdote`](crate::db::NewAnecdote)s out; nothing here
//! touches the database. [`preview`] reads the start of a file, says how it was read (encoding,
//! kind, delimiter), shows its first rows and suggests a [`ColumnMapping`]. [`read`] applies a
//! mapping to the whole file and returns an [`ImportPlan`] (anecdotes plus warnings) or refuses
//! the whole file with every error it found ([`ImportFailure::Invalid`]). `read` writes
//! nothing, so it is also the dry run.
//!
//! Submodules: `decode` (bytes to text), `detect` (kind, delimiter, cut-off records),
//! `sheet` (an .xlsx sheet as CSV text),
//! `mapping` (header names, suggestions, layout keys), `value` (one cell to one field), `plan`
//! (rows to anecdotes, warnings, duplicates), `delimited` and `jsonl` (the two readers),
//! `failure` (errors), `preview` (the start of a file, for the dialog), `source` (loading a
//! file and turning its bytes into text).

mod decode;
mod delimited;
mod detect;
mod failure;
mod jsonl;
mod mapping;
mod plan;
mod preview;
mod sheet;
mod source;
mod value;
mod workspace;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use decode::TextEncoding;
pub use failure::{ImportError, ImportFailure};
pub use mapping::{ColumnMapping, DateColumn, DateOrder};
pub use plan::{
    ImportPlan, ImportRow, ImportSummary, ImportWarning, WarningKind, DEFAULT_SEVERITY,
};
pub(crate) use preview::Sample;
pub use preview::{
    preview, preview_as, preview_bytes, preview_bytes_as, preview_bytes_with, preview_with, Preview,
};
use source::{file_name, load, text_of};
pub use workspace::{
    check, parse, preview_with_memory, with_memory, write, ImportCheck, ImportPreview,
    ImportProgress, ImportReport, PREVIEW_ROWS,
};

/// How much of a file `preview` reads.
pub const PREVIEW_BYTES: usize = 4 * 1024 * 1024;
/// Columns a file may have (JSON keys for JSON Lines). Wider files are refused: nobody maps
/// a thousand columns, and a line of commas must not cost more than reading it.
pub const MAX_COLUMNS: usize = 1000;
/// Tags one cell may hold (after splitting a list cell).
pub const MAX_TAGS_PER_CELL: usize = 100;
/// Bytes of one cell's text once cleaned: one anecdote's text is at most 64 KiB. A longer cell
/// refuses the file, naming its row and column (nothing is shortened silently).
pub const MAX_CELL_BYTES: usize = 64 * 1024;
/// Bytes of a file `read` takes; a larger file is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// Rows the preview reads to guess the mapping and the date order (it shows fewer).
const SCAN_ROWS: usize = 200;
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
    /// An Excel workbook (.xlsx): sheet number `sheet` (0 is the first), its first row the
    /// header. Read through the same steps as a CSV file of the same cells.
    Workbook { sheet: u32 },
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
    /// The encoding the user chose; `None` detects it as `preview` does.
    pub encoding: Option<TextEncoding>,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            accept_incomplete_last: false,
            max_errors: 20,
            kind: None,
            encoding: None,
        }
    }
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
    let bytes = load(path, &file, MAX_FILE_BYTES, cancel)?;
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
    let decoded = text_of(
        file_name,
        bytes,
        false,
        options.kind,
        options.encoding,
        None,
        cancel,
    )?;
    let kind = decoded.kind;
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
        FileKind::Workbook { .. } => delimited::read(&mut job, &decoded.text, b','),
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

    /// Checks for cancellation only; cheap enough for every record, so that a cancel is seen
    /// within one record however long the records are.
    pub(crate) fn check_cancel(&self) -> Result<(), ImportFailure> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(ImportFailure::Cancelled);
        }
        Ok(())
    }

    /// Whether record number `n` (1-based) is one to report progress at.
    pub(crate) fn due(n: u64) -> bool {
        n.is_multiple_of(PROGRESS_EVERY)
    }
}

/// The file is wider than [`MAX_COLUMNS`]; `row` is the header row (or the JSON line).
pub(crate) fn too_many_columns(file: &str, row: u64, found: usize) -> ImportError {
    ImportError::row(
        file,
        row,
        format!(
            "has {found} columns; at most {MAX_COLUMNS} can be imported. Remove the columns \
             you do not need, or check that the delimiter is right"
        ),
    )
}
