//! Excel workbooks (.xlsx) through `calamine`: one sheet's cells become comma-separated text,
//! which then goes through the same reader, mapping, checks and warnings as a CSV file. So a
//! workbook and the same data saved as CSV import the same anecdotes, and map the same way.
//!
//! The sheet is streamed cell by cell, never built whole: the preview stops after its rows,
//! the full read checks cancel every row, and the text is capped like a file. Rows keep their
//! spreadsheet numbers (the first row with a cell is the header, row 1 when it is the sheet's
//! first); empty rows in between are blank rows, as in CSV.

use std::io::Cursor;
use std::sync::atomic::{AtomicBool, Ordering};

use calamine::{DataRef, Reader, Xlsx};

use super::{too_many_columns, ImportError, ImportFailure, MAX_COLUMNS, MAX_FILE_BYTES};

/// Whether `bytes` is a zip archive, which is what an .xlsx file is.
pub(crate) fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// A sheet as CSV text, and the workbook's sheet names in order.
pub(crate) struct SheetText {
    pub text: String,
    pub sheets: Vec<String>,
}

fn open<'a>(file: &str, bytes: &'a [u8]) -> Result<Xlsx<Cursor<&'a [u8]>>, ImportError> {
    Xlsx::new(Cursor::new(bytes)).map_err(|e| {
        ImportError::file(
            file,
            format!(
                "this zip archive is not an Excel workbook that can be read ({e}); save the \
                 sheet as CSV and import that"
            ),
        )
    })
}

/// Sheet number `sheet` (0 is the first) of the workbook in `bytes`, as CSV text. With
/// `max_rows`, stops after the header and that many more rows (the preview). `cancel` is
/// checked at every row.
pub(crate) fn to_text(
    file: &str,
    bytes: &[u8],
    sheet: u32,
    max_rows: Option<usize>,
    cancel: &AtomicBool,
) -> Result<SheetText, ImportFailure> {
    let mut workbook = open(file, bytes)?;
    let sheets = workbook.sheet_names();
    let Some(name) = sheets.get(sheet as usize).cloned() else {
        return Err(ImportError::file(
            file,
            format!(
                "the workbook has no sheet number {}; its sheets are {}",
                sheet + 1,
                sheets.join(", ")
            ),
        )
        .into());
    };
    let sheet_error = |e: calamine::XlsxError| {
        ImportFailure::from(ImportError::file(
            file,
            format!("sheet {name:?} cannot be read: {e}"),
        ))
    };
    let mut cells = workbook
        .worksheet_cells_reader(&name)
        .map_err(sheet_error)?;
    let mut out = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    let mut row: Vec<String> = Vec::new();
    let mut current: Option<u32> = None;
    let mut rows_written = 0usize;
    let mut width = 0usize;
    let write_error = |e: csv::Error| ImportFailure::from(ImportError::file(file, format!("{e}")));
    loop {
        let cell = cells.next_cell().map_err(sheet_error)?;
        let position = cell.as_ref().map(|c| c.get_position());
        let next_row = position.map(|(r, _)| r);
        if let Some(at) = current {
            if next_row != Some(at) {
                // The row is complete: write it, padded to the header's width.
                if rows_written == 0 {
                    width = row.len();
                }
                row.resize(row.len().max(width), String::new());
                out.write_record(&row).map_err(write_error)?;
                rows_written += 1;
                row.clear();
                if max_rows.is_some_and(|max| rows_written > max) {
                    break;
                }
                if cancel.load(Ordering::Relaxed) {
                    return Err(ImportFailure::Cancelled);
                }
                if out.get_ref().len() as u64 > MAX_FILE_BYTES {
                    return Err(ImportError::file(
                        file,
                        format!(
                            "sheet {name:?} holds more than {} MiB of text; split it",
                            MAX_FILE_BYTES / (1024 * 1024)
                        ),
                    )
                    .into());
                }
                // Empty rows between two rows are blank rows, so row numbers stay the sheet's.
                if let Some(next) = next_row {
                    for _ in at + 1..next {
                        out.write_record([""]).map_err(write_error)?;
                    }
                }
            }
        }
        let (Some(cell), Some((r, c))) = (cell, position) else {
            break;
        };
        current = Some(r);
        let column = c as usize;
        if column >= MAX_COLUMNS {
            return Err(too_many_columns(file, u64::from(r) + 1, column + 1).into());
        }
        if row.len() <= column {
            row.resize(column + 1, String::new());
        }
        row[column] = value_text(cell.get_value());
    }
    let text = String::from_utf8(
        out.into_inner()
            .map_err(|e| ImportFailure::from(ImportError::file(file, format!("{}", e.error()))))?,
    )
    .map_err(|_| ImportError::file(file, "the sheet is not valid text"))?;
    Ok(SheetText { text, sheets })
}

/// A cell as the text a CSV export of the sheet would hold: whole numbers without `.0`,
/// dates as `YYYY-MM-DD` (with the time when there is one), errors as Excel shows them.
fn value_text(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Empty => String::new(),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        DataRef::Float(f) => f.to_string(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(d) => match d.as_datetime() {
            Some(at) if at.time() == chrono::NaiveTime::MIN => at.date().to_string(),
            Some(at) => at.format("%Y-%m-%dT%H:%M:%S").to_string(),
            None => d.as_f64().to_string(),
        },
        DataRef::Error(e) => e.to_string(),
    }
}
