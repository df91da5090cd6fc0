//! A file's bytes to text: loading it (in chunks, so cancel is seen), decoding it or reading a
//! workbook's sheet, and settling its kind.

use std::borrow::Cow;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use super::{decode, detect, sheet, FileKind, ImportError, ImportFailure, TextEncoding};

/// A file's text, however it is stored, and how it was read.
pub(super) struct FileText<'a> {
    pub(super) text: Cow<'a, str>,
    pub(super) kind: FileKind,
    pub(super) encoding: &'static str,
    pub(super) note: Option<String>,
    pub(super) sheets: Vec<String>,
}

/// Turns the file's bytes into text: a workbook's sheet (the preview's first rows only, with
/// `max_rows`) as CSV, anything else decoded (as `encoding`, or as detected). The kind is the
/// one given, or detected.
pub(super) fn text_of<'a>(
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

pub(super) fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| path.to_string_lossy(), |n| n.to_string_lossy())
        .into_owned()
}
