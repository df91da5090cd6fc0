//! Delimited text (CSV, TSV, semicolon, pipe) through the `csv` crate: the header row, the
//! preview's first rows, and the full read, which checks each record's field count and whether
//! the file cuts its last record off.
//!
//! Row numbers are a spreadsheet's: each record is one row, however many lines its quoted
//! fields span, and a blank line is an (empty) row. With the header on line 1 that makes the
//! first record row 2.

use csv::{ByteRecord, Reader, ReaderBuilder};

use super::detect::ends_inside_quotes;
use super::mapping::display_headers;
use super::plan::{Builder, Cell, Cells};
use super::value::clean;
use super::{too_many_columns, ImportError, ImportFailure, ImportPlan, Job, Sample, MAX_COLUMNS};

fn reader(text: &str, delimiter: u8) -> Reader<&[u8]> {
    ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

/// Reads one record; `false` at the end. Reading bytes from memory cannot fail, but a failure
/// would still be reported, not ignored.
fn next(
    file: &str,
    reader: &mut Reader<&[u8]>,
    record: &mut ByteRecord,
) -> Result<bool, ImportError> {
    reader
        .read_byte_record(record)
        .map_err(|e| ImportError::file(file, format!("cannot be read as delimited text: {e}")))
}

/// A field as text. The text was decoded before parsing and delimiters are ASCII, so fields
/// are always whole UTF-8.
fn field(record: &ByteRecord, i: usize) -> Option<Result<&str, std::str::Utf8Error>> {
    record.get(i).map(std::str::from_utf8)
}

/// The header row's names (as mappings use them).
/// A header wider than [`MAX_COLUMNS`] is refused before any name is built.
fn headers(file: &str, record: &ByteRecord) -> Result<(Vec<String>, Vec<bool>), ImportError> {
    if record.len() > MAX_COLUMNS {
        return Err(too_many_columns(file, 1, record.len()));
    }
    let raw = (0..record.len())
        .map(|i| field(record, i).unwrap_or(Ok("")))
        .collect::<Result<Vec<&str>, _>>()
        .map_err(|_| ImportError::row(file, 1, "the header row is not valid text"))?;
    Ok(display_headers(raw.into_iter()))
}

fn is_blank(record: &ByteRecord) -> bool {
    record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace))
}

/// The header and the first `max_rows` records, cleaned for display. With `is_prefix`, a
/// record reaching the end of the text may be cut and is left out.
pub(crate) fn sample(
    file: &str,
    text: &str,
    delimiter: u8,
    max_rows: usize,
    is_prefix: bool,
) -> Result<Sample, ImportError> {
    let mut reader = reader(text, delimiter);
    let mut record = ByteRecord::new();
    if !next(file, &mut reader, &mut record)? {
        return Err(ImportError::file(file, "the file is empty"));
    }
    let (headers, unnamed) = headers(file, &record)?;
    let mut rows = Vec::new();
    while rows.len() < max_rows && next(file, &mut reader, &mut record)? {
        if is_prefix && reader.position().byte() >= text.len() as u64 {
            break;
        }
        if is_blank(&record) && record.len() != headers.len() {
            continue;
        }
        let mut row: Vec<String> = (0..record.len())
            .map(|i| match field(&record, i) {
                Some(Ok(value)) => clean(value).into_owned(),
                _ => String::new(),
            })
            .collect();
        // One value per header, as `Preview` promises: a short record is padded, a long
        // one's extra fields dropped (the full read refuses that record, naming its row).
        row.resize(headers.len(), String::new());
        rows.push(row);
    }
    Ok(Sample {
        headers,
        unnamed,
        rows,
    })
}

struct Record<'r>(&'r ByteRecord);

impl Cells for Record<'_> {
    fn cell(&self, position: usize) -> Cell<'_> {
        match field(self.0, position) {
            None => Cell::Missing,
            Some(Ok(value)) => Cell::Str(value),
            Some(Err(_)) => Cell::Unsupported("not valid text"),
        }
    }
}

/// Reads every record with the job's mapping.
pub(crate) fn read(
    job: &mut Job<'_>,
    text: &str,
    delimiter: u8,
) -> Result<ImportPlan, ImportFailure> {
    let file = job.file;
    let mut reader = reader(text, delimiter);
    // The record before `current` (the header at first), `current`, and the one after it:
    // reading one ahead tells which record is the last.
    let mut previous = ByteRecord::new();
    if !next(file, &mut reader, &mut previous)? {
        return Err(ImportError::file(file, "the file is empty").into());
    }
    let (headers, _) = headers(file, &previous)?;
    let map = job
        .mapping
        .resolve_headers(file, &headers)
        .map_err(|errors| ImportFailure::Invalid { errors })?;
    let mut plan = Builder::new(job, &map);
    let ends_with_line_end = text.ends_with(['\n', '\r']);
    let mut rows = RowNumbers::new(text, &previous);
    let mut current = ByteRecord::new();
    let mut following = ByteRecord::new();
    let mut more = next(file, &mut reader, &mut current)?;
    let mut count = 0u64;
    while more {
        count += 1;
        job.check_cancel()?;
        let row = rows.next(&previous, &current);
        more = next(file, &mut reader, &mut following)?;
        if Job::due(count) {
            job.tick(reader.position().byte())?;
        }
        if !more && cut_off(text, &current, delimiter, headers.len(), ends_with_line_end) {
            plan.incomplete_last(row);
        } else if current.len() != headers.len() {
            if !is_blank(&current) {
                plan.bad_record(
                    row,
                    format!(
                        "has {} fields but the header has {}: a delimiter or quote is probably \
                         out of place",
                        current.len(),
                        headers.len()
                    ),
                );
            }
        } else {
            plan.add(row, &Record(&current));
        }
        if plan.full() {
            break;
        }
        std::mem::swap(&mut previous, &mut current);
        std::mem::swap(&mut current, &mut following);
    }
    plan.finish()
}

/// Spreadsheet row numbers. When the parser's line number moves by one from a record to the
/// next, so does the row (the common case). Otherwise the line breaks between the two records'
/// starts are counted, less those inside the earlier record's quoted fields; what remains is
/// its own line end plus any blank lines, each of which a spreadsheet shows as a row.
struct RowNumbers<'t> {
    text: &'t [u8],
    row: u64,
    line: u64,
    start: usize,
}

impl<'t> RowNumbers<'t> {
    fn new(text: &'t str, header: &ByteRecord) -> Self {
        let position = header.position();
        RowNumbers {
            text: text.as_bytes(),
            row: 1,
            line: position.map_or(1, |p| p.line()),
            start: position.map_or(0, |p| p.byte() as usize),
        }
    }

    /// The row of `record`, which follows `previous`.
    fn next(&mut self, previous: &ByteRecord, record: &ByteRecord) -> u64 {
        let (line, start) = record.position().map_or((self.line + 1, self.start), |p| {
            (p.line(), p.byte() as usize)
        });
        let step = if line == self.line + 1 {
            1
        } else {
            let between = line_breaks(self.text, self.start, start.max(self.start));
            let inside = line_breaks(previous.as_slice(), 0, previous.as_slice().len());
            between.saturating_sub(inside).max(1)
        };
        self.row += step;
        self.line = line;
        self.start = start;
        self.row
    }
}

/// Line breaks in `bytes[from..to]`: `\n`, `\r\n` and a lone `\r` each count once (a `\r` is
/// paired with a `\n` just past `to`, so a range may end between the two).
fn line_breaks(bytes: &[u8], from: usize, to: usize) -> u64 {
    let to = to.min(bytes.len());
    let mut breaks = 0;
    for i in from..to {
        match bytes[i] {
            b'\n' => breaks += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => breaks += 1,
            _ => {}
        }
    }
    breaks
}

/// Whether the last record is cut off: the file ends inside one of its quoted fields, or
/// without a line end and with fields missing.
fn cut_off(
    text: &str,
    record: &ByteRecord,
    delimiter: u8,
    header_fields: usize,
    ends_with_line_end: bool,
) -> bool {
    let start = record.position().map_or(0, |p| p.byte() as usize);
    let rest = text.as_bytes().get(start..).unwrap_or_default();
    ends_inside_quotes(rest, delimiter) || (!ends_with_line_end && record.len() < header_fields)
}
