//! A report as a document to share: Markdown or CSV, customer text escaped so it stays text.

use super::{Theme, TrendDirection, WocasReport, QUOTES};
use crate::export::{csv_cell, markdown_text};
use crate::Result;

fn describe(report: &WocasReport, persona: Option<&str>) -> String {
    let period = match (report.from, report.to) {
        (Some(f), Some(t)) => format!("{f} to {t}"),
        _ => "all time".to_owned(),
    };
    let who = persona
        .map(|p| format!(", said by customers like {p}"))
        .unwrap_or_default();
    format!(
        "{} anecdotes from {} customers, {period}{who}",
        report.total, report.customers
    )
}

fn trend_text(theme: &Theme) -> String {
    theme
        .trend
        .iter()
        .map(|p| format!("{} {}", p.period, p.count))
        .collect::<Vec<_>>()
        .join(", ")
}

fn direction_text(d: TrendDirection) -> &'static str {
    match d {
        TrendDirection::Rising => "rising",
        TrendDirection::Falling => "falling",
        TrendDirection::Steady => "steady",
    }
}

/// The report as a Markdown document; customer text is escaped so it stays text.
pub fn to_markdown(report: &WocasReport, persona: Option<&str>) -> String {
    let mut out = String::from("# What our customers are saying\n\n");
    out.push_str(&markdown_text(&describe(report, persona)));
    out.push_str("\n\n");
    for (i, theme) in report.themes.iter().enumerate() {
        out.push_str(&format!(
            "## {}. {}\n\n{} anecdotes ({:.0}%), {} customers, {}.\n\nBy period: {}\n\n",
            i + 1,
            markdown_text(&theme.label),
            theme.count,
            theme.share * 100.0,
            theme.customers,
            direction_text(theme.direction),
            trend_text(theme)
        ));
        for q in &theme.quotes {
            let when = q
                .anecdote
                .said_on
                .map(|d| d.to_string())
                .unwrap_or_default();
            out.push_str(&format!(
                "> {}\n>\n> {} {}\n\n",
                markdown_text(&q.anecdote.text),
                markdown_text(&when),
                markdown_text(&q.anecdote.channel)
            ));
        }
    }
    out
}

/// The report as CSV: one row per theme; customer text neutralized against formulas.
pub fn to_csv(report: &WocasReport) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let io = |e: csv::Error| crate::Error::invalid("csv", e.to_string());
    w.write_record([
        "theme",
        "anecdotes",
        "customers",
        "share",
        "trend",
        "by period",
        "quote 1",
        "quote 2",
        "quote 3",
    ])
    .map_err(io)?;
    for t in &report.themes {
        let mut record = vec![
            csv_cell(&t.label),
            t.count.to_string(),
            t.customers.to_string(),
            format!("{:.3}", t.share),
            direction_text(t.direction).to_owned(),
            trend_text(t),
        ];
        for i in 0..QUOTES {
            record.push(
                t.quotes
                    .get(i)
                    .map(|q| csv_cell(&q.anecdote.text))
                    .unwrap_or_default(),
            );
        }
        w.write_record(&record).map_err(io)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| crate::Error::invalid("csv", e.to_string()))?;
    Ok(String::from_utf8(bytes).expect("CSV of strings is UTF-8"))
}
