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
    let name = sheet_name(file, &sheets, sheet)?;
    let sheet_error = |e: calamine::XlsxError| {
        ImportFailure::from(ImportError::file(
            file,
            format!("sheet {name:?} cannot be read: {e}"),
        ))
    };
    let mut cells = workbook
        .worksheet_cells_reader(&name)
        .map_err(sheet_error)?;
    let mut out = CsvRows::new(file, &name);
    let mut current: Option<u32> = None;
    loop {
        let cell = cells.next_cell().map_err(sheet_error)?;
        let position = cell.as_ref().map(|c| c.get_position());
        let next_row = position.map(|(r, _)| r);
        if let Some(at) = current {
            if next_row != Some(at) {
                out.end_row()?;
                if max_rows.is_some_and(|max| out.rows_written > max) {
                    break;
                }
                if cancel.load(Ordering::Relaxed) {
                    return Err(ImportFailure::Cancelled);
                }
                out.check_size()?;
                // Empty rows between two rows are blank rows, so row numbers stay the sheet's.
                if let Some(next) = next_row {
                    out.blank_rows(next.saturating_sub(at + 1))?;
                }
            }
        }
        let (Some(cell), Some((r, c))) = (cell, position) else {
            break;
        };
        current = Some(r);
        out.set(r, c as usize, value_text(cell.get_value()))?;
    }
    Ok(SheetText {
        text: out.finish()?,
        sheets,
    })
}

/// The name of sheet number `sheet`, or an error naming the sheets there are.
fn sheet_name(file: &str, sheets: &[String], sheet: u32) -> Result<String, ImportFailure> {
    sheets.get(sheet as usize).cloned().ok_or_else(|| {
        ImportError::file(
            file,
            format!(
                "the workbook has no sheet number {}; its sheets are {}",
                sheet + 1,
                sheets.join(", ")
            ),
        )
        .into()
    })
}

/// The CSV text being written, one row at a time: the cells of the current row, and the
/// header's width that every later row is padded to.
struct CsvRows<'a> {
    file: &'a str,
    sheet: &'a str,
    out: csv::Writer<Vec<u8>>,
    row: Vec<String>,
    rows_written: usize,
    width: usize,
}

impl<'a> CsvRows<'a> {
    fn new(file: &'a str, sheet: &'a str) -> Self {
        CsvRows {
            file,
            sheet,
            out: csv::WriterBuilder::new()
                .flexible(true)
                .from_writer(Vec::new()),
            row: Vec::new(),
            rows_written: 0,
            width: 0,
        }
    }

    fn write_error(&self, e: csv::Error) -> ImportFailure {
        ImportFailure::from(ImportError::file(self.file, format!("{e}")))
    }

    /// Sets the cell in column `column` of the current row, sheet row `row` (0-based).
    fn set(&mut self, row: u32, column: usize, text: String) -> Result<(), ImportFailure> {
        if column >= MAX_COLUMNS {
            return Err(too_many_columns(self.file, u64::from(row) + 1, column + 1).into());
        }
        if self.row.len() <= column {
            self.row.resize(column + 1, String::new());
        }
        self.row[column] = text;
        Ok(())
    }

    /// The row is complete: writes it, padded to the header's width.
    fn end_row(&mut self) -> Result<(), ImportFailure> {
        if self.rows_written == 0 {
            self.width = self.row.len();
        }
        self.row
            .resize(self.row.len().max(self.width), String::new());
        if let Err(e) = self.out.write_record(&self.row) {
            return Err(self.write_error(e));
        }
        self.rows_written += 1;
        self.row.clear();
        Ok(())
    }

    fn blank_rows(&mut self, count: u32) -> Result<(), ImportFailure> {
        for _ in 0..count {
            if let Err(e) = self.out.write_record([""]) {
                return Err(self.write_error(e));
            }
        }
        Ok(())
    }

    /// The text is capped like a file.
    fn check_size(&self) -> Result<(), ImportFailure> {
        if self.out.get_ref().len() as u64 > MAX_FILE_BYTES {
            return Err(ImportError::file(
                self.file,
                format!(
                    "sheet {:?} holds more than {} MiB of text; split it",
                    self.sheet,
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
            )
            .into());
        }
        Ok(())
    }

    fn finish(self) -> Result<String, ImportFailure> {
        let file = self.file;
        let bytes = self
            .out
            .into_inner()
            .map_err(|e| ImportFailure::from(ImportError::file(file, format!("{}", e.error()))))?;
        String::from_utf8(bytes)
            .map_err(|_| ImportError::file(file, "the sheet is not valid text").into())
    }
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
