//! Which column feeds which anecdote field: the `ColumnMapping` the user confirms, the guess
//! offered from header names, the header layout key a mapping is remembered under, and turning
//! a mapping into column positions.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{FileKind, ImportError};
use crate::model::Provenance;

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

/// Column `i` of the first `shown` rows read as dates in `order`.
fn readings(rows: &[Vec<String>], i: usize, order: DateOrder, shown: usize) -> Vec<Option<String>> {
    rows.iter()
        .take(shown)
        .map(|r| {
            let value = r.get(i)?;
            super::value::parse_date(value, order)
                .ok()
                .map(|d| d.to_string())
        })
        .collect()
}

/// The columns of the sample holding slashed dates (`NN/NN/YYYY`), with what they tell.
/// `shown` is how many rows the preview shows (readings are given for those only).
pub(crate) fn date_columns(
    headers: &[String],
    rows: &[Vec<String>],
    shown: usize,
) -> Vec<DateColumn> {
    let mut out = Vec::new();
    for (i, header) in headers.iter().enumerate() {
        let mut slashed = false;
        let mut example = None;
        let (mut day_first, mut month_first) = (false, false);
        for value in rows.iter().filter_map(|r| r.get(i)) {
            let Some((a, b)) = super::value::slashed_parts(value) else {
                continue;
            };
            slashed = true;
            match (a > 12, b > 12) {
                (true, false) => day_first = true,
                (false, true) => month_first = true,
                (false, false) if a != b && example.is_none() => example = Some(value.clone()),
                _ => {}
            }
        }
        if slashed {
            out.push(DateColumn {
                column: header.clone(),
                ambiguous_example: example,
                settled: match (day_first, month_first) {
                    (true, false) => Some(DateOrder::DayFirst),
                    (false, true) => Some(DateOrder::MonthFirst),
                    _ => None,
                },
                month_first: readings(rows, i, DateOrder::MonthFirst, shown),
                day_first: readings(rows, i, DateOrder::DayFirst, shown),
            });
        }
    }
    out
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

impl ColumnMapping {
    /// Every (field, column name) pair the mapping uses, text first.
    pub(crate) fn fields(&self) -> Vec<(Field, &str)> {
        let mut pairs = vec![(Field::Text, self.text.as_str())];
        let optional = [
            (Field::SaidOn, &self.said_on),
            (Field::Channel, &self.channel),
            (Field::ProductArea, &self.product_area),
            (Field::Segment, &self.segment),
            (Field::Sentiment, &self.sentiment),
            (Field::Severity, &self.severity),
            (Field::CustomerCount, &self.customer_count),
            (Field::Tags, &self.tags),
            (Field::SourceRef, &self.source_ref),
        ];
        pairs.extend(
            optional
                .into_iter()
                .filter_map(|(field, name)| Some((field, name.as_deref()?))),
        );
        pairs.extend(
            self.category_tags
                .iter()
                .map(|name| (Field::CategoryTags, name.as_str())),
        );
        pairs
    }

    /// Positions of the mapped columns among `headers`; every column that is not there is an
    /// error naming it.
    pub(crate) fn resolve_headers(
        &self,
        file: &str,
        headers: &[String],
    ) -> Result<Resolved, Vec<ImportError>> {
        self.check_text(file)?;
        let normalised: Vec<String> = headers.iter().map(|h| normalise(h)).collect();
        self.resolve(headers.to_vec(), |name| {
            headers.iter().position(|h| h == name).or_else(|| {
                let want = normalise(name);
                let mut found = normalised.iter().enumerate().filter(|(_, h)| **h == want);
                match (found.next(), found.next()) {
                    (Some((i, _)), None) if !want.is_empty() => Some(i),
                    _ => None,
                }
            })
        })
        .map_err(|missing| {
            missing
                .into_iter()
                .map(|(field, name)| ImportError {
                    column: Some(name.to_owned()),
                    field: Some(field.key().to_owned()),
                    ..ImportError::file(
                        file,
                        format!(
                            "there is no such column; the file's columns are {}",
                            quoted_list(headers)
                        ),
                    )
                })
                .collect()
        })
    }

    /// Positions for JSON Lines: each distinct key gets one; whether the keys exist is only
    /// known after reading the file.
    pub(crate) fn resolve_keys(&self, file: &str) -> Result<Resolved, Vec<ImportError>> {
        self.check_text(file)?;
        let mut names: Vec<String> = Vec::new();
        let mut resolved = self
            .resolve(Vec::new(), |name| {
                Some(names.iter().position(|n| n == name).unwrap_or_else(|| {
                    names.push(name.to_owned());
                    names.len() - 1
                }))
            })
            .map_err(|_| vec![ImportError::file(file, "the mapping could not be applied")])?;
        resolved.names = names;
        Ok(resolved)
    }

    fn check_text(&self, file: &str) -> Result<(), Vec<ImportError>> {
        if self.text.trim().is_empty() {
            return Err(vec![ImportError {
                field: Some(Field::Text.key().to_owned()),
                ..ImportError::file(file, "choose the column that holds the customer's words")
            }]);
        }
        Ok(())
    }

    fn resolve(
        &self,
        names: Vec<String>,
        mut lookup: impl FnMut(&str) -> Option<usize>,
    ) -> Result<Resolved, Vec<(Field, &str)>> {
        let mut missing = Vec::new();
        let mut resolved = Resolved {
            text: 0,
            said_on: None,
            channel: None,
            product_area: None,
            segment: None,
            sentiment: None,
            severity: None,
            customer_count: None,
            tags: None,
            category_tags: Vec::new(),
            source_ref: None,
            names,
        };
        for (field, name) in self.fields() {
            let Some(position) = lookup(name) else {
                missing.push((field, name));
                continue;
            };
            let slot = match field {
                Field::Text => {
                    resolved.text = position;
                    continue;
                }
                Field::CategoryTags => {
                    if !resolved.category_tags.contains(&position) {
                        resolved.category_tags.push(position);
                    }
                    continue;
                }
                Field::SaidOn => &mut resolved.said_on,
                Field::Channel => &mut resolved.channel,
                Field::ProductArea => &mut resolved.product_area,
                Field::Segment => &mut resolved.segment,
                Field::Sentiment => &mut resolved.sentiment,
                Field::Severity => &mut resolved.severity,
                Field::CustomerCount => &mut resolved.customer_count,
                Field::Tags => &mut resolved.tags,
                Field::SourceRef => &mut resolved.source_ref,
            };
            *slot = Some(position);
        }
        if missing.is_empty() {
            Ok(resolved)
        } else {
            Err(missing)
        }
    }
}

fn quoted_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("{n:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A header for comparing: lower-case letters and digits only (`Sub-issue` → `subissue`).
pub(crate) fn normalise(header: &str) -> String {
    header
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Header names as shown and mapped: trimmed; an empty header becomes `(unnamed column N)` and
/// a repeated one gets ` (2)`, ` (3)`, ... so that every column has a distinct name. Returns
/// the names and which of them were unnamed.
///
/// Linear in the number of headers: the names taken are a set, and each base name remembers
/// the last number it tried, so 3,000 copies of one name do not rescan the earlier ones.
pub(crate) fn display_headers<'a>(raw: impl Iterator<Item = &'a str>) -> (Vec<String>, Vec<bool>) {
    let mut names: Vec<String> = Vec::new();
    let mut taken: HashSet<String> = HashSet::new();
    let mut next_number: HashMap<String, usize> = HashMap::new();
    let mut unnamed = Vec::new();
    for (i, header) in raw.enumerate() {
        let header = header.trim();
        unnamed.push(header.is_empty());
        let base = if header.is_empty() {
            format!("(unnamed column {})", i + 1)
        } else {
            header.to_owned()
        };
        let mut name = base.clone();
        if taken.contains(&name) {
            let n = next_number.entry(base.clone()).or_insert(2);
            loop {
                name = format!("{base} ({n})");
                *n += 1;
                if !taken.contains(&name) {
                    break;
                }
            }
        }
        taken.insert(name.clone());
        names.push(name);
    }
    (names, unnamed)
}

/// A stable key for "files shaped like this one": the kind and the normalised headers (in
/// order for delimited files, sorted for JSON Lines, whose key order means nothing), hashed
/// with FNV-1a so it stays the same across builds and platforms. The delimiter is left out: the
/// same export as CSV or TSV maps the same way.
pub(crate) fn layout_key(kind: FileKind, headers: &[String]) -> String {
    let mut normalised: Vec<String> = headers.iter().map(|h| normalise(h)).collect();
    let prefix = match kind {
        // A workbook's sheet and its CSV export map the same way.
        FileKind::Delimited { .. } | FileKind::Workbook { .. } => "delimited",
        FileKind::JsonLines => {
            normalised.sort();
            "jsonl"
        }
    };
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for header in &normalised {
        for &b in header.as_bytes().iter().chain(&[0x1f]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{prefix}-{}-{hash:016x}", headers.len())
}

const TEXT: &[&str] = &[
    "consumercomplaintnarrative",
    "review",
    "reviewtext",
    "text",
    "comment",
    "comments",
    "feedback",
    "message",
    "body",
    "narrative",
    "verbatim",
    "description",
    "content",
];
const SAID_ON: &[&str] = &[
    "datereceived",
    "date",
    "saidon",
    "created",
    "createdat",
    "createdon",
    "submittedat",
    "submittedon",
    "reviewdate",
    "timestamp",
];
const CHANNEL: &[&str] = &["submittedvia", "channel", "source"];
const PRODUCT_AREA: &[&str] = &["product", "productarea", "category", "area", "drugname"];
const SEGMENT: &[&str] = &["segment", "customersegment", "plan", "tier"];
const SENTIMENT: &[&str] = &["sentiment", "rating"];
const SEVERITY: &[&str] = &["severity"];
/// Counts of the customers themselves.
const COUNT: &[&str] = &["customercount", "count", "customers"];
/// Counts of *other* customers who agreed: the author is added.
const COUNT_OTHERS: &[&str] = &["usefulcount", "helpfulcount", "votes", "upvotes", "likes"];
const TAGS: &[&str] = &["tags", "labels", "tag", "keywords"];
const CATEGORY_TAGS: &[&str] = &["issue", "subissue", "topic"];
const SOURCE_REF: &[&str] = &[
    "complaintid",
    "id",
    "ticket",
    "ticketid",
    "reviewid",
    "reference",
    "ref",
    "sourceref",
];

/// A first guess from header names (ignoring case, spaces and punctuation) and, when no header
/// names the text, the column whose sample values are longest. `unnamed` marks headers that
/// were empty in the file: an unnamed first column is taken as the row id (pandas writes one).
pub(crate) fn suggest(headers: &[String], unnamed: &[bool], rows: &[Vec<String>]) -> ColumnMapping {
    let normalised: Vec<String> = headers.iter().map(|h| normalise(h)).collect();
    let find = |candidates: &[&str]| -> Option<String> {
        candidates.iter().find_map(|c| {
            normalised
                .iter()
                .position(|h| h == c)
                .map(|i| headers[i].clone())
        })
    };
    let text = find(TEXT).or_else(|| longest_column(headers, rows));
    let text_norm = text.as_deref().map(normalise).unwrap_or_default();
    let default_channel = if text_norm.contains("complaint") {
        Some("complaint".to_owned())
    } else if text_norm.contains("review") {
        Some("review".to_owned())
    } else {
        None
    };
    let (customer_count, count_plus_one) = match find(COUNT) {
        Some(c) => (Some(c), false),
        None => {
            let others = find(COUNT_OTHERS);
            let plus_one = others.is_some();
            (others, plus_one)
        }
    };
    let source_ref = find(SOURCE_REF).or_else(|| {
        (unnamed.first() == Some(&true) && headers.len() > 1).then(|| headers[0].clone())
    });
    let category_tags = CATEGORY_TAGS
        .iter()
        .filter_map(|c| find(&[c]))
        .filter(|c| Some(c) != text.as_ref())
        .collect();
    ColumnMapping {
        text: text.unwrap_or_default(),
        said_on: find(SAID_ON),
        date_order: DateOrder::MonthFirst,
        channel: find(CHANNEL),
        product_area: find(PRODUCT_AREA),
        segment: find(SEGMENT),
        sentiment: find(SENTIMENT),
        severity: find(SEVERITY),
        customer_count,
        count_plus_one,
        tags: find(TAGS),
        category_tags,
        source_ref,
        default_channel,
        provenance: Provenance::Real,
    }
}

/// The column with the longest values on average in the sample, if any has text at all.
fn longest_column(headers: &[String], rows: &[Vec<String>]) -> Option<String> {
    (0..headers.len())
        .map(|i| {
            let total: usize = rows
                .iter()
                .map(|r| r.get(i).map_or(0, |v| v.chars().count()))
                .sum();
            (total, i)
        })
        .filter(|&(total, _)| total > 0)
        .max_by_key(|&(total, i)| (total, std::cmp::Reverse(i)))
        .map(|(_, i)| headers[i].clone())
}
