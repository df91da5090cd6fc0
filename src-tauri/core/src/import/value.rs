//! One cell to one field value: text cleaning, dates, sentiment, severity, counts and tags.
//! Errors are messages about the value; the caller adds file, row and column.
//!
//! Customer text is untrusted and kept as the customer wrote it: HTML entities are decoded
//! (exports escape them) but HTML tags are neither stripped nor interpreted; the UI renders
//! text as text.

use std::borrow::Cow;
use std::collections::HashSet;

use chrono::NaiveDate;

use super::mapping::DateOrder;
use super::MAX_TAGS_PER_CELL;
use crate::model::Sentiment;

/// A cell as shown and stored: trimmed, CR and CRLF turned into LF, one wrapping pair of
/// literal quotes removed (exports like the UCI drug reviews quote every review once more),
/// HTML entities decoded. Borrows when nothing changes.
///
/// The wrapping quotes go only when there is no other `"` inside: in `"No" means "no"` they
/// are the customer's own.
pub(crate) fn clean(raw: &str) -> Cow<'_, str> {
    let trimmed = raw.trim();
    let mut text: Cow<'_, str> = if trimmed.contains('\r') {
        Cow::Owned(trimmed.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(trimmed)
    };
    text = match text {
        Cow::Borrowed(t) => Cow::Borrowed(unwrap_quotes(t).unwrap_or(t)),
        Cow::Owned(t) => match unwrap_quotes(&t) {
            Some(inner) => Cow::Owned(inner.to_owned()),
            None => Cow::Owned(t),
        },
    };
    if text.contains("&#") {
        if let Some(kept) = without_control_entities(&text) {
            text = Cow::Owned(kept);
        }
    }
    if text.contains('&') {
        if let Cow::Owned(decoded) = html_escape::decode_html_entities(text.as_ref()) {
            let trimmed = decoded.trim();
            return Cow::Owned(if trimmed.len() == decoded.len() {
                decoded
            } else {
                trimmed.to_owned()
            });
        }
    }
    match text {
        Cow::Borrowed(t) => Cow::Borrowed(t.trim()),
        Cow::Owned(t) if t.trim().len() == t.len() => Cow::Owned(t),
        Cow::Owned(t) => Cow::Owned(t.trim().to_owned()),
    }
}

/// `text` without the numeric character entities (`&#27;`, `&#x7;`) that decode to control
/// characters other than line feed and tab (`&#0;` included), which would otherwise reach the
/// screen and every export as raw escape codes, or linger as entity text; `None` when there is
/// none.
fn without_control_entities(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut from = 0;
    while let Some(found) = text[from..].find("&#") {
        let start = from + found;
        let mut end = start + 2;
        let hex = matches!(bytes.get(end), Some(b'x' | b'X'));
        if hex {
            end += 1;
        }
        let digits_from = end;
        while bytes.get(end).is_some_and(|b| {
            if hex {
                b.is_ascii_hexdigit()
            } else {
                b.is_ascii_digit()
            }
        }) {
            end += 1;
        }
        if end == digits_from {
            from = end;
            continue;
        }
        let digits = &text[digits_from..end];
        let code = u32::from_str_radix(digits, if hex { 16 } else { 10 }).ok();
        // An entity too large for a number, or of no character, is no control character.
        let is_control = code
            .and_then(char::from_u32)
            .is_some_and(|c| c.is_control() && c != '\n' && c != '\t');
        if bytes.get(end) == Some(&b';') {
            end += 1;
        }
        if is_control {
            let kept = out.get_or_insert_with(|| String::with_capacity(text.len()));
            kept.push_str(&text[copied..start]);
            copied = end;
        }
        from = end;
    }
    let mut kept = out?;
    kept.push_str(&text[copied..]);
    Some(kept)
}

fn unwrap_quotes(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    (!inner.contains('"')).then_some(inner)
}

const DATE_FORMATS: &str = "expected YYYY-MM-DD, MM/DD/YYYY or \"September 14, 2016\"";
const DATE_FORMATS_DAY_FIRST: &str = "expected YYYY-MM-DD, DD/MM/YYYY or \"September 14, 2016\"";

/// The two numbers before the year of a slashed date (`03/04/2026 10:00` gives (3, 4)).
pub(crate) fn slashed_parts(value: &str) -> Option<(u32, u32)> {
    let first = value.split_whitespace().next()?;
    let mut parts = first.split('/');
    let (a, b, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number = |p: &str| {
        (matches!(p.len(), 1 | 2) && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    Some((number(a)?, number(b)?))
}

/// A date in one of the forms exports use; a time after an ISO or slashed date is ignored.
/// A slashed date reads in `order`; one that only reads the other way is refused with advice.
pub(crate) fn parse_date(value: &str, order: DateOrder) -> Result<NaiveDate, String> {
    let expected = match order {
        DateOrder::MonthFirst => DATE_FORMATS,
        DateOrder::DayFirst => DATE_FORMATS_DAY_FIRST,
    };
    let error = || format!("{value:?} is not a date ({expected})");
    // ISO: 2016-09-14, 2016-09-14T10:00:00Z, 2016-09-14 10:00
    if let Some(day) = value.get(..10) {
        let rest = &value[10..];
        if rest.is_empty() || rest.starts_with(['T', 't', ' ']) {
            for format in ["%Y-%m-%d", "%Y/%m/%d"] {
                if let Ok(date) = NaiveDate::parse_from_str(day, format) {
                    return Ok(date);
                }
            }
        }
    }
    // Slashed: 9/14/2016, 09/14/2016 10:00 AM, or 14/09/2016 day first
    let first = value.split_whitespace().next().unwrap_or("");
    if first.contains('/') {
        let (format, other, other_name) = match order {
            DateOrder::MonthFirst => ("%m/%d/%Y", "%d/%m/%Y", "day/month"),
            DateOrder::DayFirst => ("%d/%m/%Y", "%m/%d/%Y", "month/day"),
        };
        return NaiveDate::parse_from_str(first, format).map_err(
            |_| match NaiveDate::parse_from_str(first, other) {
                Ok(_) => format!(
                    "{value:?} is not a date in the order chosen ({expected}); if the file \
                     writes dates as {other_name}, choose that order for the date column"
                ),
                Err(_) => error(),
            },
        );
    }
    // Words: September 14, 2016 / Sep 14, 2016 / 14 September 2016
    for format in ["%B %d, %Y", "%B %d %Y", "%d %B %Y", "%d %B, %Y"] {
        if let Ok(date) = NaiveDate::parse_from_str(value, format) {
            return Ok(date);
        }
    }
    Err(error())
}

/// Sentiment words, or a rating from 1 to 10: up to 4 negative, 5-6 neutral, 7 and up
/// positive. Empty is `Unknown`.
pub(crate) fn parse_sentiment(value: &str) -> Result<Sentiment, String> {
    let word = value.trim().to_ascii_lowercase();
    let sentiment = match word.as_str() {
        "" | "unknown" | "n/a" => Sentiment::Unknown,
        "positive" | "pos" | "good" | "+" => Sentiment::Positive,
        "negative" | "neg" | "bad" | "-" => Sentiment::Negative,
        "neutral" | "neu" => Sentiment::Neutral,
        "mixed" => Sentiment::Mixed,
        _ => match word.parse::<f64>() {
            Ok(r) if (1.0..5.0).contains(&r) => Sentiment::Negative,
            Ok(r) if (5.0..7.0).contains(&r) => Sentiment::Neutral,
            Ok(r) if (7.0..=10.0).contains(&r) => Sentiment::Positive,
            _ => {
                return Err(format!(
                    "{value:?} is not a sentiment (expected positive, negative, neutral, mixed \
                     or a rating from 1 to 10)"
                ))
            }
        },
    };
    Ok(sentiment)
}

/// 1 to 5, or low/medium/high/critical (2/3/4/5).
pub(crate) fn parse_severity(value: &str) -> Result<u8, String> {
    let word = value.trim().to_ascii_lowercase();
    let severity = match word.as_str() {
        "low" => 2,
        "medium" | "med" => 3,
        "high" => 4,
        "critical" => 5,
        _ => match whole_number(&word) {
            Some(n @ 1..=5) => n as u8,
            _ => {
                return Err(format!(
                    "{value:?} is not a severity (expected 1 to 5, or low, medium, high, \
                     critical)"
                ))
            }
        },
    };
    Ok(severity)
}

/// A whole number; `3.0` (a spreadsheet's idea of 3) counts as one.
pub(crate) fn whole_number(value: &str) -> Option<i64> {
    if let Ok(n) = value.parse::<i64>() {
        return Some(n);
    }
    let f = value.parse::<f64>().ok()?;
    (f.fract() == 0.0 && f.abs() < 1e15).then_some(f as i64)
}

/// A customer count: a whole number, `plus_one` added. `Ok((count, true))` when the value was
/// below 1 and was raised to 1.
pub(crate) fn parse_count(value: &str, plus_one: bool) -> Result<(u32, bool), String> {
    let Some(n) = whole_number(value.trim()) else {
        return Err(format!("{value:?} is not a whole number"));
    };
    let n = n.saturating_add(i64::from(plus_one));
    if n < 1 {
        return Ok((1, true));
    }
    u32::try_from(n)
        .map(|n| (n, false))
        .map_err(|_| format!("{value:?} is too large for a customer count"))
}

/// An anecdote's tags in order, each once. The set makes adding a tag constant time, so a cell
/// of many tags costs what reading it costs.
#[derive(Debug, Default)]
pub(crate) struct TagList {
    tags: Vec<String>,
    seen: HashSet<String>,
}

impl TagList {
    pub(crate) fn into_vec(self) -> Vec<String> {
        self.tags
    }
}

/// The error for a cell with more than [`MAX_TAGS_PER_CELL`] tags.
pub(crate) fn too_many_tags(found: usize) -> String {
    format!("has {found} tags; at most {MAX_TAGS_PER_CELL} are allowed in one cell")
}

/// Adds tags from a list cell (raw, as read): a JSON array of strings, or values split on `,`
/// `;` `|`. Each tag is cleaned like any cell. A cell of more than [`MAX_TAGS_PER_CELL`]
/// non-empty tags is refused (nothing is added).
pub(crate) fn push_tag_list(tags: &mut TagList, raw: &str) -> Result<(), String> {
    let trimmed = raw.trim();
    if trimmed.starts_with('[') {
        if let Ok(list) = serde_json::from_str::<Vec<String>>(trimmed) {
            if list.len() > MAX_TAGS_PER_CELL {
                return Err(too_many_tags(list.len()));
            }
            for tag in &list {
                push_tag(tags, &clean(tag));
            }
            return Ok(());
        }
    }
    let cleaned = clean(raw);
    let pieces = || {
        cleaned
            .split([',', ';', '|'])
            .filter(|t| !t.trim().is_empty())
    };
    let found = pieces().count();
    if found > MAX_TAGS_PER_CELL {
        return Err(too_many_tags(found));
    }
    for tag in pieces() {
        push_tag(tags, tag);
    }
    Ok(())
}

/// Adds one tag (already cleaned): lower-case, spaces collapsed; empty and repeated tags are
/// dropped.
pub(crate) fn push_tag(tags: &mut TagList, tag: &str) {
    let mut normal = String::with_capacity(tag.len());
    for word in tag.split_whitespace() {
        if !normal.is_empty() {
            normal.push(' ');
        }
        normal.extend(word.chars().flat_map(char::to_lowercase));
    }
    if !normal.is_empty() && tags.seen.insert(normal.clone()) {
        tags.tags.push(normal);
    }
}

#[cfg(test)]
mod tests;
