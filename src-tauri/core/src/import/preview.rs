//! The preview: the start of a file read as the import dialog shows it (first rows, headers,
//! encoding, kind), with a suggested mapping and how its dates seem to be written.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::source::{file_name, load, text_of};
use super::{
    delimited, jsonl, mapping, sheet, ColumnMapping, DateColumn, FileKind, ImportError,
    ImportFailure, TextEncoding, MAX_FILE_BYTES, PREVIEW_BYTES, SCAN_ROWS,
};

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

/// The preview answers with one error: the first of an `Invalid` failure.
fn first_error(file: &str, failure: ImportFailure) -> ImportError {
    match failure {
        ImportFailure::Invalid { mut errors } if !errors.is_empty() => errors.swap_remove(0),
        ImportFailure::Io { file, message } => ImportError::file(&file, message),
        other => ImportError::file(file, other.to_string()),
    }
}

/// What a reader found at the start of a file.
pub(crate) struct Sample {
    pub headers: Vec<String>,
    /// Which headers were empty in the file.
    pub unnamed: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}
