//! Which column feeds which anecdote field: the `ColumnMapping` the user confirms, the guess
//! offered from header names, the header layout key a mapping is remembered under, and turning
//! a mapping into column positions.
//!
//! This module owns the mapping's types; `dates` reads slashed date columns, `resolve` turns a
//! mapping into positions, `suggest` normalises headers and guesses a mapping from them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ImportError;
use crate::model::Provenance;

mod dates;
mod resolve;
mod suggest;

pub(crate) use dates::date_columns;
pub(crate) use suggest::{display_headers, layout_key, suggest};

/// Which column (header name, or JSON key) feeds each anecdote field; `None` leaves the field at
/// its default. Header names match exactly, or else ignoring case, spaces and punctuation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct ColumnMapping {
    /// The customer's words. Required; rows where it is empty are skipped with a warning.
    pub text: String,
    /// `YYYY-MM-DD` (a time after it is ignored), `YYYY/MM/DD`, `MM/DD/YYYY` (or
    /// `DD/MM/YYYY`, see `date_order`) or `September 14, 2016`.
    pub said_on: Option<String>,
    /// How `03/04/2026` reads: month first (March 4, the default) or day first (3 April).
    pub date_order: DateOrder,
    /// Stored lower-case (`Web` becomes `web`); empty cells take `default_channel`.
    pub channel: Option<String>,
    pub product_area: Option<String>,
    pub segment: Option<String>,
    /// Words (positive/pos/good, negative/neg/bad, neutral, mixed, unknown) or a rating from 1
    /// to 10 (up to 4 negative, 5-6 neutral, 7 and up positive). Empty is unknown.
    pub sentiment: Option<String>,
    /// 1 to 5, or low/medium/high/critical (2/3/4/5). Empty or unmapped is 3.
    pub severity: Option<String>,
    /// How many customers said it. Below 1 counts as 1, with a warning. Unmapped is 1.
    pub customer_count: Option<String>,
    /// The count column counts the *other* customers who agreed ("found this useful", votes),
    /// so the author is added: customer count = value + 1.
    pub count_plus_one: bool,
    /// A list column: split on `,` `;` `|`, or a JSON array of strings.
    pub tags: Option<String>,
    /// Category columns whose whole value becomes one tag (CFPB `Issue`, `Sub-issue`): these
    /// are not split, because categories contain commas.
    pub category_tags: Vec<String>,
    /// The export's own id for the row; also what duplicates inside the file are found by.
    pub source_ref: Option<String>,
    /// The channel when there is no channel column or its cell is empty (`complaint`,
    /// `review`).
    pub default_channel: Option<String>,
    pub provenance: Provenance,
}

impl Default for ColumnMapping {
    fn default() -> Self {
        ColumnMapping {
            text: String::new(),
            said_on: None,
            date_order: DateOrder::MonthFirst,
            channel: None,
            product_area: None,
            segment: None,
            sentiment: None,
            severity: None,
            customer_count: None,
            count_plus_one: false,
            tags: None,
            category_tags: Vec::new(),
            source_ref: None,
            default_channel: None,
            provenance: Provenance::Real,
        }
    }
}

impl ColumnMapping {
    /// A mapping saved as JSON (the object the app sends, camelCase keys), as a nightly job
    /// keeps it. Unknown keys are refused rather than ignored: a misspelt `saidOn` would
    /// otherwise import every row without its date. `file` names the mapping in errors.
    pub fn from_json(file: &str, json: &str) -> Result<ColumnMapping, ImportError> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| ImportError::file(file, format!("is not valid JSON: {e}")))?;
        let known = serde_json::to_value(ColumnMapping::default())
            .map_err(|e| ImportError::file(file, e.to_string()))?;
        let (Some(given), Some(known)) = (value.as_object(), known.as_object()) else {
            return Err(ImportError::file(file, "must be one JSON object"));
        };
        if let Some(unknown) = given.keys().find(|k| !known.contains_key(*k)) {
            let mut keys: Vec<&String> = known.keys().collect();
            keys.sort();
            return Err(ImportError {
                field: Some(unknown.clone()),
                ..ImportError::file(
                    file,
                    format!(
                        "{unknown:?} is not a mapping field; the fields are {}",
                        keys.iter()
                            .map(|k| k.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            });
        }
        serde_path_to_error::deserialize(value).map_err(|e| ImportError {
            field: Some(e.path().to_string()),
            ..ImportError::file(file, e.inner().to_string())
        })
    }
}

/// Which part of a slashed date (`03/04/2026`) is the month.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum DateOrder {
    /// `MM/DD/YYYY`, as US exports write it.
    #[default]
    MonthFirst,
    /// `DD/MM/YYYY`, as most of the world writes it.
    DayFirst,
}

/// What the preview saw of slashed dates in one column: whether any value reads two ways, an
/// example of one that does, and the order a value settles (a part over 12 can only be a
/// day), when the values agree on one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DateColumn {
    pub column: String,
    /// A value that reads as two different dates (`03/04/2026`), if the sample has one.
    pub ambiguous_example: Option<String>,
    /// The order the file settles, or `None` when no value settles it (or values disagree).
    pub settled: Option<DateOrder>,
    /// Each preview row's value read month first (`YYYY-MM-DD`), `None` when it is no date.
    pub month_first: Vec<Option<String>>,
    /// The same read day first.
    pub day_first: Vec<Option<String>>,
}

/// An anecdote field a column can feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Text,
    SaidOn,
    Channel,
    ProductArea,
    Segment,
    Sentiment,
    Severity,
    CustomerCount,
    Tags,
    CategoryTags,
    SourceRef,
}

impl Field {
    /// The name of the field in `ColumnMapping` as the UI sees it.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Field::Text => "text",
            Field::SaidOn => "saidOn",
            Field::Channel => "channel",
            Field::ProductArea => "productArea",
            Field::Segment => "segment",
            Field::Sentiment => "sentiment",
            Field::Severity => "severity",
            Field::CustomerCount => "customerCount",
            Field::Tags => "tags",
            Field::CategoryTags => "categoryTags",
            Field::SourceRef => "sourceRef",
        }
    }
}

/// The words for a field key in messages: `saidOn` reads "date".
pub(crate) fn field_label(key: &str) -> &str {
    match key {
        "saidOn" => "date",
        "productArea" => "product area",
        "customerCount" => "customer count",
        "categoryTags" => "tag",
        "sourceRef" => "source reference",
        other => other,
    }
}

/// A mapping turned into column positions. For delimited files a position is a header index;
/// for JSON Lines it indexes `names`, the distinct keys the mapping uses.
#[derive(Debug, Clone)]
pub(crate) struct Resolved {
    pub text: usize,
    pub said_on: Option<usize>,
    pub channel: Option<usize>,
    pub product_area: Option<usize>,
    pub segment: Option<usize>,
    pub sentiment: Option<usize>,
    pub severity: Option<usize>,
    pub customer_count: Option<usize>,
    pub tags: Option<usize>,
    pub category_tags: Vec<usize>,
    pub source_ref: Option<usize>,
    /// Column name per position, for messages.
    pub names: Vec<String>,
}

impl Resolved {
    pub(crate) fn name(&self, position: usize) -> &str {
        self.names.get(position).map_or("", String::as_str)
    }
}
