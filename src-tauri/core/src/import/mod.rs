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
//! `failure` (errors).

mod decode;
mod delimited;
mod detect;
mod failure;
mod jsonl;
mod mapping;
mod plan;
mod sheet;
mod value;
mod workspace;

use std::borrow::Cow;
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

/// The start of a file, as the import dialog shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Preview {
    pub file_name: String,
    pub kind: FileKind,
    /// `utf-8`, `utf-16le`, `utf-16be`, `windows-1252` or (when chosen) `iso-8859-15`.
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
    /// A workbook's sheet names, in order (the user may pick another); empty for text files.
    pub sheets: Vec<String>,
    /// Columns of slashed dates (`03/04/2026`) in the first rows, with the order they settle.
    pub date_columns: Vec<DateColumn>,
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
    preview_with(path, max_rows, kind, None)
}

/// [`preview_as`] with the encoding given too (`None` detects it).
pub fn preview_with(
    path: &Path,
    max_rows: usize,
    kind: Option<FileKind>,
    encoding: Option<TextEncoding>,
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
    let mut is_prefix = (bytes.len() as u64) < total;
    if is_prefix && (sheet::is_workbook(&bytes) || matches!(kind, Some(FileKind::Workbook { .. })))
    {
        // A zip archive is only readable whole.
        bytes = load(path, &file, MAX_FILE_BYTES, &AtomicBool::new(false))
            .map_err(|failure| first_error(&file, failure))?;
        is_prefix = false;
    }
    preview_inner(&file, &bytes, total, is_prefix, max_rows, kind, encoding)
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
    preview_bytes_with(file_name, bytes, max_rows, kind, None)
}

/// [`preview_bytes_as`] with the encoding given too (`None` detects it).
pub fn preview_bytes_with(
    file_name: &str,
    bytes: &[u8],
    max_rows: usize,
    kind: Option<FileKind>,
    encoding: Option<TextEncoding>,
) -> Result<Preview, ImportError> {
    preview_inner(
        file_name,
        bytes,
        bytes.len() as u64,
        false,
        max_rows,
        kind,
        encoding,
    )
}

fn preview_inner(
    file: &str,
    bytes: &[u8],
    total_bytes: u64,
    is_prefix: bool,
    max_rows: usize,
    kind: Option<FileKind>,
    encoding: Option<TextEncoding>,
) -> Result<Preview, ImportError> {
    let never = AtomicBool::new(false);
    // More rows are read than shown, for the guesses (which column is text, how dates read).
    let scan = max_rows.max(SCAN_ROWS);
    let decoded = text_of(file, bytes, is_prefix, kind, encoding, Some(scan), &never)
        .map_err(|failure| first_error(file, failure))?;
    let kind = decoded.kind;
    let mut sample = match kind {
        FileKind::Delimited { delimiter } => {
            delimited::sample(file, &decoded.text, delimiter, scan, is_prefix)?
        }
        FileKind::Workbook { .. } => delimited::sample(file, &decoded.text, b',', scan, false)?,
        FileKind::JsonLines => jsonl::sample(file, &decoded.text, scan, is_prefix)?,
    };
    let date_columns = mapping::date_columns(&sample.headers, &sample.rows, max_rows);
    let mut suggested = mapping::suggest(&sample.headers, &sample.unnamed, &sample.rows);
    if let Some(settled) = suggested
        .said_on
        .as_ref()
        .and_then(|c| date_columns.iter().find(|d| &d.column == c))
        .and_then(|d| d.settled)
    {
        suggested.date_order = settled;
    }
    sample.rows.truncate(max_rows);
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
        sheets: decoded.sheets,
        date_columns,
    })
}

/// A file's text, however it is stored, and how it was read.
struct FileText<'a> {
    text: Cow<'a, str>,
    kind: FileKind,
    encoding: &'static str,
    note: Option<String>,
    sheets: Vec<String>,
}

/// Turns the file's bytes into text: a workbook's sheet (the preview's first rows only, with
/// `max_rows`) as CSV, anything else decoded (as `encoding`, or as detected). The kind is the
/// one given, or detected.
fn text_of<'a>(
    file: &str,
    bytes: &'a [u8],
    is_prefix: bool,
    kind: Option<FileKind>,
    encoding: Option<TextEncoding>,
    max_rows: Option<usize>,
    cancel: &AtomicBool,
) -> Result<FileText<'a>, ImportFailure> {
    if sheet::is_workbook(bytes) || matches!(kind, Some(FileKind::Workbook { .. })) {
        let sheet = match kind {
            Some(FileKind::Workbook { sheet }) => sheet,
            _ => 0,
        };
        let sheet_text = sheet::to_text(file, bytes, sheet, max_rows, cancel)?;
        return Ok(FileText {
            text: Cow::Owned(sheet_text.text),
            kind: FileKind::Workbook { sheet },
            encoding: decode::UTF_8,
            note: None,
            sheets: sheet_text.sheets,
        });
    }
    let decoded = match encoding {
        Some(chosen) => decode::decode_as(file, bytes, is_prefix, chosen)?,
        None => decode::decode(file, bytes, is_prefix)?,
    };
    if cancel.load(Ordering::Relaxed) {
        return Err(ImportFailure::Cancelled);
    }
    let kind = kind.unwrap_or_else(|| detect::detect_kind(file, &decoded.text));
    check_kind(file, kind)?;
    Ok(FileText {
        text: decoded.text,
        kind,
        encoding: decoded.encoding,
        note: decoded.note,
        sheets: Vec::new(),
    })
}

/// The preview answers with one error: the first of an `Invalid` failure.
fn first_error(file: &str, failure: ImportFailure) -> ImportError {
    match failure {
        ImportFailure::Invalid { mut errors } if !errors.is_empty() => errors.swap_remove(0),
        ImportFailure::Io { file, message } => ImportError::file(&file, message),
        other => ImportError::file(file, other.to_string()),
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

/// Bytes `load` reads between two cancel checks.
const LOAD_CHUNK: usize = 4 * 1024 * 1024;

/// The whole file at `path`, read in chunks so that cancel is seen while a large file loads.
/// A file over `limit` bytes is refused before it is read (and if it grows while read).
pub(crate) fn load(
    path: &Path,
    file: &str,
    limit: u64,
    cancel: &AtomicBool,
) -> Result<Vec<u8>, ImportFailure> {
    use std::io::Read;
    let io_error = |e: std::io::Error| ImportFailure::Io {
        file: file.to_owned(),
        message: format!("cannot be read: {e}"),
    };
    let too_large = |size: u64| {
        ImportFailure::from(ImportError::file(
            file,
            format!(
                "the file is {} MiB; at most {} MiB can be imported at once. Split it into \
                 smaller files",
                size.div_ceil(1024 * 1024),
                limit / (1024 * 1024)
            ),
        ))
    };
    if cancel.load(Ordering::Relaxed) {
        return Err(ImportFailure::Cancelled);
    }
    let handle = std::fs::File::open(path).map_err(io_error)?;
    let size = handle.metadata().map_err(io_error)?.len();
    if size > limit {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    let mut handle = handle.take(limit + 1);
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Err(ImportFailure::Cancelled);
        }
        let before = bytes.len();
        (&mut handle)
            .take(LOAD_CHUNK as u64)
            .read_to_end(&mut bytes)
            .map_err(io_error)?;
        if bytes.len() == before {
            break;
        }
    }
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
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
