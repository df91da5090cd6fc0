//! One cell to one field value: text cleaning, dates, sentiment, severity, counts and tags.
//! Errors are messages about the value; the caller adds file, row and column.
//!
//! Customer text is untrusted and kept as the customer wrote it: HTML entities are decoded
//! (exports escape them) but HTML tags are neither stripped nor interpreted; the UI renders
//! text as text.

use std::borrow::Cow;

use chrono::NaiveDate;

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

fn unwrap_quotes(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    (!inner.contains('"')).then_some(inner)
}

const DATE_FORMATS: &str = "expected YYYY-MM-DD, MM/DD/YYYY or \"September 14, 2016\"";

/// A date in one of the forms exports use; a time after an ISO or US date is ignored.
/// Day-first dates (`31/12/2020`) are refused rather than guessed.
pub(crate) fn parse_date(value: &str) -> Result<NaiveDate, String> {
    let error = || format!("{value:?} is not a date ({DATE_FORMATS})");
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
    // US: 9/14/2016, 09/14/2016 10:00 AM
    let first = value.split_whitespace().next().unwrap_or("");
    if first.contains('/') {
        return NaiveDate::parse_from_str(first, "%m/%d/%Y").map_err(|_| error());
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

/// Adds tags from a list cell (raw, as read): a JSON array of strings, or values split on `,`
/// `;` `|`. Each tag is cleaned like any cell.
pub(crate) fn push_tag_list(tags: &mut Vec<String>, raw: &str) {
    let trimmed = raw.trim();
    if trimmed.starts_with('[') {
        if let Ok(list) = serde_json::from_str::<Vec<String>>(trimmed) {
            for tag in &list {
                push_tag(tags, &clean(tag));
            }
            return;
        }
    }
    for tag in clean(raw).split([',', ';', '|']) {
        push_tag(tags, tag);
    }
}

/// Adds one tag (already cleaned): lower-case, spaces collapsed; empty and repeated tags are
/// dropped.
pub(crate) fn push_tag(tags: &mut Vec<String>, tag: &str) {
    let mut normal = String::with_capacity(tag.len());
    for word in tag.split_whitespace() {
        if !normal.is_empty() {
            normal.push(' ');
        }
        normal.extend(word.chars().flat_map(char::to_lowercase));
    }
    if !normal.is_empty() && !tags.contains(&normal) {
        tags.push(normal);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_text() {
        assert_eq!(clean("  plain  "), "plain");
        assert!(matches!(clean(" plain "), Cow::Borrowed(_)));
        assert_eq!(
            clean("\"I&#039;ve been\r\nfine\rok\""),
            "I've been\nfine\nok"
        );
        assert_eq!(clean("\"No\" means \"no\""), "\"No\" means \"no\"");
        assert_eq!(clean("&quot;quoted&quot;"), "\"quoted\"");
        assert_eq!(
            clean("<b>bold</b> &amp; <script>x</script>"),
            "<b>bold</b> & <script>x</script>"
        );
        assert_eq!(clean("\"\""), "");
    }

    #[test]
    fn parses_dates() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(parse_date("2016-09-14"), Ok(d(2016, 9, 14)));
        assert_eq!(parse_date("2016-09-14T10:00:00Z"), Ok(d(2016, 9, 14)));
        assert_eq!(parse_date("2016/09/14"), Ok(d(2016, 9, 14)));
        assert_eq!(parse_date("09/14/2016"), Ok(d(2016, 9, 14)));
        assert_eq!(parse_date("9/4/2016 10:00 AM"), Ok(d(2016, 9, 4)));
        assert_eq!(parse_date("September 14, 2016"), Ok(d(2016, 9, 14)));
        assert_eq!(parse_date("Sep 4, 2016"), Ok(d(2016, 9, 4)));
        assert_eq!(parse_date("14 September 2016"), Ok(d(2016, 9, 14)));
        for bad in [
            "31/31/2020",
            "31/12/2020",
            "XX/XX/XXXX",
            "2016-13-01",
            "yesterday",
            "2016",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn parses_sentiment_severity_count() {
        assert_eq!(parse_sentiment("Positive"), Ok(Sentiment::Positive));
        assert_eq!(parse_sentiment("bad"), Ok(Sentiment::Negative));
        assert_eq!(parse_sentiment("4"), Ok(Sentiment::Negative));
        assert_eq!(parse_sentiment("5"), Ok(Sentiment::Neutral));
        assert_eq!(parse_sentiment("6"), Ok(Sentiment::Neutral));
        assert_eq!(parse_sentiment("7"), Ok(Sentiment::Positive));
        assert_eq!(parse_sentiment("10"), Ok(Sentiment::Positive));
        assert!(parse_sentiment("11").is_err());
        assert!(parse_sentiment("0").is_err());
        assert!(parse_sentiment("meh").is_err());
        assert_eq!(parse_severity("4"), Ok(4));
        assert_eq!(parse_severity("3.0"), Ok(3));
        assert_eq!(parse_severity("Critical"), Ok(5));
        assert!(parse_severity("6").is_err());
        assert!(parse_severity("0").is_err());
        assert_eq!(parse_count("0", true), Ok((1, false)));
        assert_eq!(parse_count("41", true), Ok((42, false)));
        assert_eq!(parse_count("0", false), Ok((1, true)));
        assert_eq!(parse_count("-3", false), Ok((1, true)));
        assert!(parse_count("many", false).is_err());
    }

    #[test]
    fn splits_and_normalises_tags() {
        let mut tags = Vec::new();
        push_tag_list(&mut tags, "Billing, refund;  Late   Fee |billing");
        push_tag_list(&mut tags, r#"["App", "refund", "Dark &amp; Light"]"#);
        assert_eq!(
            tags,
            ["billing", "refund", "late fee", "app", "dark & light"]
        );
    }
}
