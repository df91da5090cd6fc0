//! Rows to anecdotes: applies the resolved mapping to each row's cells, collects errors (up to
//! the limit), warnings with example rows, and drops rows repeated within the file. Both
//! readers feed it; it knows nothing of CSV or JSON.
//!
//! This module owns the plan's types and the builder's state; `row` reads one row's cells into
//! an anecdote, `finish` turns what was tallied into warnings.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::mapping::{DateOrder, Resolved};
use super::{FileKind, ImportError, Job};
use crate::db::NewAnecdote;
use crate::model::Provenance;

mod finish;
mod row;

/// Example rows kept per warning.
const EXAMPLE_ROWS: usize = 10;
/// Severity when the column is unmapped or empty: the middle of 1-5.
pub const DEFAULT_SEVERITY: u8 = 3;

/// What a warning is about. Warnings never refuse the file; the UI shows them before import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum WarningKind {
    /// The file is not UTF-8 and was read as Windows-1252.
    EncodingFallback,
    /// The file ends in the middle of a record, which was skipped (`accept_incomplete_last`).
    IncompleteLastRecord,
    /// Rows whose text cell is empty were skipped.
    EmptyText,
    /// Rows repeating an earlier row of the file were imported once.
    DuplicateInFile,
    /// A value was replaced by the nearest valid one (a customer count below 1 counts as 1).
    ValueIgnored,
}

/// One kind of thing noticed, how often, and where first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportWarning {
    pub kind: WarningKind,
    #[ts(type = "number")]
    pub count: u64,
    /// The first rows concerned (at most 10), numbered as in `ImportRow::row`.
    #[ts(type = "Array<number>")]
    pub rows: Vec<u64>,
    pub message: String,
}

/// One anecdote to insert and where it came from.
#[derive(Debug, Clone)]
pub struct ImportRow {
    /// Spreadsheet row (the header is row 1, so data starts at 2); for JSON Lines the line.
    pub row: u64,
    /// `persona_ids` is empty: the file does not know the workspace's personas.
    pub anecdote: NewAnecdote,
}

/// Everything `read` found: the anecdotes to insert, in file order, and what to tell the user.
#[derive(Debug, Clone)]
pub struct ImportPlan {
    pub file_name: String,
    pub kind: FileKind,
    /// `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`.
    pub encoding: String,
    /// Set when the encoding was a fallback the user should check.
    pub encoding_note: Option<String>,
    /// Data records read (rows or non-blank lines), including skipped ones.
    pub records: u64,
    pub rows: Vec<ImportRow>,
    pub warnings: Vec<ImportWarning>,
}

impl ImportPlan {
    /// The warning of one kind, if any.
    pub fn warning(&self, kind: WarningKind) -> Option<&ImportWarning> {
        self.warnings.iter().find(|w| w.kind == kind)
    }

    /// What a dry run shows: everything but the anecdotes themselves.
    pub fn summary(&self) -> ImportSummary {
        ImportSummary {
            file_name: self.file_name.clone(),
            kind: self.kind,
            encoding: self.encoding.clone(),
            encoding_note: self.encoding_note.clone(),
            records: self.records,
            importable: self.rows.len() as u64,
            warnings: self.warnings.clone(),
        }
    }
}

/// A dry run's answer for the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportSummary {
    pub file_name: String,
    pub kind: FileKind,
    pub encoding: String,
    pub encoding_note: Option<String>,
    /// Data records read, including skipped ones.
    #[ts(type = "number")]
    pub records: u64,
    /// Anecdotes the import would add (before any de-duplication against the workspace).
    #[ts(type = "number")]
    pub importable: u64,
    pub warnings: Vec<ImportWarning>,
}

/// A cell as a reader hands it over.
pub(crate) enum Cell<'a> {
    /// Absent or null.
    Missing,
    Str(&'a str),
    /// A JSON array of scalars, as text.
    List(&'a [String]),
    /// A value no field can take (a JSON object); says what it is.
    Unsupported(&'static str),
}

/// A row as a reader hands it over: cells by mapped position.
pub(crate) trait Cells {
    fn cell(&self, position: usize) -> Cell<'_>;
}

#[derive(Default)]
struct Tally {
    count: u64,
    rows: Vec<u64>,
}

impl Tally {
    fn add(&mut self, row: u64) {
        self.count += 1;
        if self.rows.len() < EXAMPLE_ROWS {
            self.rows.push(row);
        }
    }
}

/// Builds the plan row by row.
pub(crate) struct Builder<'a> {
    file: &'a str,
    kind: FileKind,
    encoding: &'static str,
    encoding_note: Option<String>,
    map: &'a Resolved,
    count_plus_one: bool,
    date_order: DateOrder,
    default_channel: String,
    provenance: Provenance,
    accept_incomplete_last: bool,
    max_errors: usize,
    records: u64,
    rows: Vec<ImportRow>,
    errors: Vec<ImportError>,
    incomplete_last: Option<u64>,
    empty_text: Tally,
    duplicates: Tally,
    count_raised: Tally,
    /// Hash of a row's identity → index in `rows`.
    seen: HashMap<u64, usize>,
}

impl<'a> Builder<'a> {
    pub(crate) fn new<'j: 'a>(job: &Job<'j>, map: &'a Resolved) -> Self {
        let mapping = job.mapping;
        Builder {
            file: job.file,
            kind: job.kind,
            encoding: job.encoding,
            encoding_note: job.encoding_note.clone(),
            map,
            count_plus_one: mapping.count_plus_one,
            date_order: mapping.date_order,
            default_channel: mapping
                .default_channel
                .as_deref()
                .map(|c| c.trim().to_lowercase())
                .unwrap_or_default(),
            provenance: mapping.provenance,
            accept_incomplete_last: job.options.accept_incomplete_last,
            max_errors: job.options.max_errors.max(1),
            records: 0,
            rows: Vec::new(),
            errors: Vec::new(),
            incomplete_last: None,
            empty_text: Tally::default(),
            duplicates: Tally::default(),
            count_raised: Tally::default(),
            seen: HashMap::new(),
        }
    }

    /// Enough errors collected: stop reading.
    pub(crate) fn full(&self) -> bool {
        self.errors.len() >= self.max_errors
    }

    pub(crate) fn error(&mut self, error: ImportError) {
        if !self.full() {
            self.errors.push(error);
        }
    }

    /// Errors about the mapping itself go first.
    pub(crate) fn mapping_errors(&mut self, errors: Vec<ImportError>) {
        self.errors.splice(0..0, errors);
    }

    /// A record that cannot be read as a row at all.
    pub(crate) fn bad_record(&mut self, row: u64, message: String) {
        self.records += 1;
        self.error(ImportError::row(self.file, row, message));
    }

    /// The file ends inside the last record: an error, or a warning when the caller accepts it.
    pub(crate) fn incomplete_last(&mut self, row: u64) {
        self.records += 1;
        if self.accept_incomplete_last {
            self.incomplete_last = Some(row);
        } else {
            self.error(ImportError::row(
                self.file,
                row,
                "the last record is incomplete: the file seems cut off. Export it again, or \
                 import it skipping that record",
            ));
        }
    }
}
