//! Rows to anecdotes: applies the resolved mapping to each row's cells, collects errors (up to
//! the limit), warnings with example rows, and drops rows repeated within the file. Both
//! readers feed it; it knows nothing of CSV or JSON.

use std::borrow::Cow;
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::mapping::{DateOrder, Field, Resolved};
use super::value::{
    clean, parse_count, parse_date, parse_sentiment, parse_severity, push_tag, push_tag_list,
    too_many_tags, TagList,
};
use super::{FileKind, ImportError, ImportFailure, Job, MAX_CELL_BYTES, MAX_TAGS_PER_CELL};
use crate::db::NewAnecdote;
use crate::model::{Provenance, Sentiment};

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

/// The error for a cell longer than [`MAX_CELL_BYTES`].
fn too_long(bytes: usize) -> String {
    format!(
        "is {} KiB long; a cell can hold at most {} KiB. Shorten it or split it into several \
         rows",
        bytes.div_ceil(1024),
        MAX_CELL_BYTES / 1024
    )
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

    fn fail(&mut self, row: u64, position: usize, field: Field, message: String) {
        let error = ImportError {
            column: Some(self.map.name(position).to_owned()),
            field: Some(field.key().to_owned()),
            ..ImportError::row(self.file, row, message)
        };
        self.error(error);
    }

    /// The cleaned text of a cell; `Ok(None)` when empty, `Err` (reported) when the cell holds
    /// a list or an object.
    fn text_of<'c>(
        &mut self,
        row: u64,
        cell: Cell<'c>,
        position: usize,
        field: Field,
    ) -> Result<Option<Cow<'c, str>>, ()> {
        match cell {
            Cell::Missing => Ok(None),
            Cell::Str(s) => {
                let text = clean(s);
                if text.len() > MAX_CELL_BYTES {
                    self.fail(row, position, field, too_long(text.len()));
                    return Err(());
                }
                Ok((!text.is_empty()).then_some(text))
            }
            Cell::List(_) => {
                self.fail(row, position, field, "is a list; expected one value".into());
                Err(())
            }
            Cell::Unsupported(what) => {
                let message = format!("is {what}; expected text, a number or true/false");
                self.fail(row, position, field, message);
                Err(())
            }
        }
    }

    /// A mapped, non-empty cell parsed by `parse`; parse errors are reported against the cell.
    fn parsed<T>(
        &mut self,
        row: u64,
        cells: &impl Cells,
        position: Option<usize>,
        field: Field,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<Option<T>, ()> {
        let Some(position) = position else {
            return Ok(None);
        };
        let Some(value) = self.text_of(row, cells.cell(position), position, field)? else {
            return Ok(None);
        };
        match parse(&value) {
            Ok(v) => Ok(Some(v)),
            Err(message) => {
                self.fail(row, position, field, message);
                Err(())
            }
        }
    }

    fn tags(&mut self, row: u64, cells: &impl Cells) -> Result<Vec<String>, ()> {
        let mut tags = TagList::default();
        let mut ok = true;
        let map = self.map;
        let list = map.tags.map(|p| (p, Field::Tags));
        let categories = map.category_tags.iter().map(|&p| (p, Field::CategoryTags));
        for (position, field) in list.into_iter().chain(categories) {
            let refused = match cells.cell(position) {
                Cell::Missing => None,
                Cell::Str(s) if s.len() > MAX_CELL_BYTES => Some(too_long(s.len())),
                Cell::Str(s) if field == Field::Tags => push_tag_list(&mut tags, s).err(),
                Cell::Str(s) => {
                    push_tag(&mut tags, &clean(s));
                    None
                }
                Cell::List(list) if list.len() > MAX_TAGS_PER_CELL => {
                    Some(too_many_tags(list.len()))
                }
                Cell::List(list) => {
                    list.iter().for_each(|t| push_tag(&mut tags, &clean(t)));
                    None
                }
                Cell::Unsupported(what) => {
                    Some(format!("is {what}; expected text or a list of text"))
                }
            };
            if let Some(message) = refused {
                self.fail(row, position, field, message);
                ok = false;
            }
        }
        ok.then(|| tags.into_vec()).ok_or(())
    }

    /// One data row. Rows with empty text are skipped (and their other cells not checked).
    pub(crate) fn add(&mut self, row: u64, cells: &impl Cells) {
        self.records += 1;
        let map = self.map;
        let Ok(text) = self.text_of(row, cells.cell(map.text), map.text, Field::Text) else {
            return;
        };
        let Some(text) = text else {
            self.empty_text.add(row);
            return;
        };
        let plus_one = self.count_plus_one;
        let owned = |v: &str| Ok(v.to_owned());
        let order = self.date_order;
        let said_on = self.parsed(row, cells, map.said_on, Field::SaidOn, |v| {
            parse_date(v, order)
        });
        let channel = self.parsed(row, cells, map.channel, Field::Channel, |v| {
            Ok(v.to_lowercase())
        });
        let product_area = self.parsed(row, cells, map.product_area, Field::ProductArea, owned);
        let segment = self.parsed(row, cells, map.segment, Field::Segment, owned);
        let sentiment = self.parsed(row, cells, map.sentiment, Field::Sentiment, parse_sentiment);
        let severity = self.parsed(row, cells, map.severity, Field::Severity, parse_severity);
        let count = self.parsed(row, cells, map.customer_count, Field::CustomerCount, |v| {
            parse_count(v, plus_one)
        });
        let source_ref = self.parsed(row, cells, map.source_ref, Field::SourceRef, owned);
        let tags = self.tags(row, cells);
        let (
            Ok(said_on),
            Ok(channel),
            Ok(product_area),
            Ok(segment),
            Ok(sentiment),
            Ok(severity),
            Ok(count),
            Ok(source_ref),
            Ok(tags),
        ) = (
            said_on,
            channel,
            product_area,
            segment,
            sentiment,
            severity,
            count,
            source_ref,
            tags,
        )
        else {
            return;
        };
        if self.is_duplicate(&text, said_on, source_ref.as_deref()) {
            self.duplicates.add(row);
            return;
        }
        let customer_count = match count {
            Some((count, raised)) => {
                if raised {
                    self.count_raised.add(row);
                }
                count
            }
            None => 1,
        };
        self.rows.push(ImportRow {
            row,
            anecdote: NewAnecdote {
                text: text.into_owned(),
                said_on,
                channel: channel.unwrap_or_else(|| self.default_channel.clone()),
                product_area: product_area.unwrap_or_default(),
                segment: segment.unwrap_or_default(),
                sentiment: sentiment.unwrap_or(Sentiment::Unknown),
                severity: severity.unwrap_or(DEFAULT_SEVERITY),
                customer_count,
                tags,
                source_ref,
                provenance: self.provenance,
                persona_ids: Vec::new(),
            },
        });
    }

    /// Whether an earlier kept row has the same source reference, or the same text and date
    /// (the rule the workspace applies too). Remembers this row otherwise. A hash collision
    /// between different rows keeps both.
    fn is_duplicate(
        &mut self,
        text: &str,
        said_on: Option<chrono::NaiveDate>,
        source_ref: Option<&str>,
    ) -> bool {
        let key = |value: &dyn Fn(&mut DefaultHasher)| {
            let mut hasher = DefaultHasher::new();
            value(&mut hasher);
            hasher.finish()
        };
        let text_key = key(&|h| (1u8, text, said_on).hash(h));
        let ref_key = source_ref.map(|r| key(&|h| (0u8, r).hash(h)));
        let rows = &self.rows;
        let same_ref = ref_key
            .and_then(|k| self.seen.get(&k))
            .is_some_and(|&i| rows[i].anecdote.source_ref.as_deref() == source_ref);
        let same_text = self
            .seen
            .get(&text_key)
            .is_some_and(|&i| rows[i].anecdote.said_on == said_on && rows[i].anecdote.text == text);
        if same_ref || same_text {
            return true;
        }
        self.seen.entry(text_key).or_insert(self.rows.len());
        if let Some(k) = ref_key {
            self.seen.entry(k).or_insert(self.rows.len());
        }
        false
    }

    /// The plan, or every error found.
    pub(crate) fn finish(self) -> Result<ImportPlan, ImportFailure> {
        if !self.errors.is_empty() {
            return Err(ImportFailure::Invalid {
                errors: self.errors,
            });
        }
        let mut warnings = Vec::new();
        if let Some(note) = &self.encoding_note {
            warnings.push(ImportWarning {
                kind: WarningKind::EncodingFallback,
                count: 1,
                rows: Vec::new(),
                message: note.clone(),
            });
        }
        if let Some(row) = self.incomplete_last {
            warnings.push(ImportWarning {
                kind: WarningKind::IncompleteLastRecord,
                count: 1,
                rows: vec![row],
                message: format!(
                    "the last record (row {row}) is incomplete: the file seems cut off; that \
                     record was skipped"
                ),
            });
        }
        let text_column = self.map.name(self.map.text).to_owned();
        let count_column = self
            .map
            .customer_count
            .map_or("", |p| self.map.name(p))
            .to_owned();
        let rows = |n: u64| {
            if n == 1 {
                "1 row".to_owned()
            } else {
                format!("{n} rows")
            }
        };
        let pick = |n: u64, one: &'static str, many: &'static str| if n == 1 { one } else { many };
        let n = self.empty_text.count;
        let empty_text = format!(
            "{} {} no text in column {text_column:?} and {} skipped",
            rows(n),
            pick(n, "has", "have"),
            pick(n, "was", "were"),
        );
        let n = self.duplicates.count;
        let duplicates = format!(
            "{} {} an earlier row of the file (same source reference, or else same text and \
             date); only the first is imported",
            rows(n),
            pick(n, "repeats", "repeat"),
        );
        let n = self.count_raised.count;
        let count_raised = format!(
            "{} {} a value below 1 in column {count_column:?}, counted as 1 customer",
            rows(n),
            pick(n, "has", "have"),
        );
        for (kind, tally, message) in [
            (WarningKind::EmptyText, self.empty_text, empty_text),
            (WarningKind::DuplicateInFile, self.duplicates, duplicates),
            (WarningKind::ValueIgnored, self.count_raised, count_raised),
        ] {
            if tally.count > 0 {
                warnings.push(ImportWarning {
                    kind,
                    count: tally.count,
                    rows: tally.rows,
                    message,
                });
            }
        }
        Ok(ImportPlan {
            file_name: self.file.to_owned(),
            kind: self.kind,
            encoding: self.encoding.to_owned(),
            encoding_note: self.encoding_note,
            records: self.records,
            rows: self.rows,
            warnings,
        })
    }
}
