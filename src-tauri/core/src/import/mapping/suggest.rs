//! Header names: normalised for comparing, made distinct for display, hashed into the layout
//! key a mapping is remembered under, and the mapping guessed from them and the first rows.

use std::collections::{HashMap, HashSet};

use super::{ColumnMapping, DateOrder};
use crate::import::FileKind;
use crate::model::Provenance;

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
