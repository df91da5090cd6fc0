//! The WOCAS report: what customers are saying, synthesized into themes (recurring topics)
//! with counts, trend over time and representative quotes.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::AnecdoteHit;

/// Which anecdotes the report covers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct WocasQuery {
    pub persona_id: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// At most this many themes (default 8).
    pub max_themes: Option<u32>,
}

/// Whether a theme is said more or less often lately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TrendDirection {
    Rising,
    Falling,
    Steady,
}

/// Anecdotes of a theme in one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct TrendPoint {
    /// `YYYY-MM` for reports up to three years long, `YYYY-Qn` up to nine, else `YYYY`.
    pub period: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Theme {
    /// A short name for the topic, e.g. "refund · e-book".
    pub label: String,
    /// The words that define it.
    pub terms: Vec<String>,
    /// Anecdotes in the theme.
    pub count: u32,
    /// Customers who said it (sum of each anecdote's customer count).
    pub customers: u32,
    /// Share of the report's anecdotes, 0..1.
    pub share: f64,
    pub trend: Vec<TrendPoint>,
    pub direction: TrendDirection,
    /// Up to three anecdotes that say it best.
    pub quotes: Vec<AnecdoteHit>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WocasReport {
    pub query: WocasQuery,
    /// Anecdotes covered.
    pub total: u32,
    /// Customers covered.
    pub customers: u32,
    /// Covered anecdotes in no theme.
    pub unthemed: u32,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub themes: Vec<Theme>,
}

/// Formats a report can be exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ReportFormat {
    Markdown,
    Csv,
}

use std::collections::HashMap;

use crate::db::ReportRow;
use crate::export::{csv_cell, markdown_text};
use crate::search::{highlight, STOPWORDS};
use crate::{index, Db, Result};

/// A report reads at most this many anecdotes (the newest of its period).
pub const MAX_ANECDOTES: u32 = 20_000;
const DEFAULT_THEMES: u32 = 8;
const QUOTES: usize = 3;

/// Words customers use to tell any story; they name no topic. Compared by their stems.
const CHATTER_TEXT: &str = "day days week weeks month months year years time today yesterday \
    back still even ever never always again every one two three first last next new got get go \
    went come came made make take took told tell said say ask asked call called know knew want \
    wanted need needed use used look way thing like really actually well much many since show \
    showed kept keep put gave give let try tried seem seemed think thought feel felt something \
    anything nothing everything someone anyone people person hour hours minute minutes number \
    also just only very can could would will now sure good great bad right wrong lot without \
    another around least little long start started stop stopped turn turned work worked help \
    see saw hold left leave set find found didn don doesn isn wasn won couldn wouldn haven \
    hasn aren half";

static CHATTER: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| {
        index::tokens(CHATTER_TEXT)
            .into_iter()
            .map(|t| t.stem)
            .collect()
    });

/// A candidate topic: a word stem, or a tag (tags are topics people chose).
struct Term {
    label: String,
    stem: Option<String>,
    docs: Vec<u32>,
    weight: f64,
}

/// Reads the terms of every anecdote; returns the terms and, per anecdote, its term ids.
fn collect_terms(db: &Db, rows: &[ReportRow]) -> Result<(Vec<Term>, Vec<Vec<u32>>)> {
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut surfaces: Vec<HashMap<String, u32>> = Vec::new();
    let mut terms: Vec<Term> = Vec::new();
    let mut per_doc: Vec<Vec<u32>> = Vec::with_capacity(rows.len());
    let mut intern = |key: String, label: &str, stem: Option<String>, terms: &mut Vec<Term>| {
        *ids.entry(key).or_insert_with(|| {
            terms.push(Term {
                label: label.to_owned(),
                stem,
                docs: Vec::new(),
                weight: 0.0,
            });
            surfaces.push(HashMap::new());
            (terms.len() - 1) as u32
        })
    };
    let mut word_counts: Vec<(u32, String)> = Vec::new();
    for (doc, row) in rows.iter().enumerate() {
        let mut mine: Vec<u32> = Vec::new();
        for t in index::tokens(&row.text) {
            let useful = t.stem.chars().count() >= 3
                && !t.stem.chars().all(|c| c.is_ascii_digit())
                && !t.stem.eq_ignore_ascii_case("xxxx")
                && !STOPWORDS.contains(&t.stem)
                && !CHATTER.contains(&t.stem);
            if !useful {
                continue;
            }
            let id = intern(
                format!("w:{}", t.stem),
                &t.stem,
                Some(t.stem.clone()),
                &mut terms,
            );
            word_counts.push((id, row.text[t.start..t.end].to_lowercase()));
            mine.push(id);
        }
        for tag in &row.tags {
            let tag = tag.trim().to_lowercase();
            if !tag.is_empty() {
                mine.push(intern(format!("t:{tag}"), &tag, None, &mut terms));
            }
        }
        mine.sort_unstable();
        mine.dedup();
        for &id in &mine {
            terms[id as usize].docs.push(doc as u32);
        }
        per_doc.push(mine);
    }
    // A stem is named by the word customers used most for it.
    for (id, word) in word_counts {
        *surfaces[id as usize].entry(word).or_default() += 1;
    }
    for (term, words) in terms.iter_mut().zip(&surfaces) {
        if let Some((word, _)) = words.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) {
            term.label = word.clone();
        }
    }
    // Rarer across the whole library means more telling (tags weigh a little more).
    let library = db.index().num_docs().max(1) as f64;
    for term in &mut terms {
        term.weight = match &term.stem {
            Some(stem) => {
                let df = db.index().doc_freq(stem)?.max(term.docs.len() as u64) as f64;
                (library / df).ln() + 1.0
            }
            None => ((rows.len() as f64) / term.docs.len() as f64).ln() + 3.0,
        };
    }
    Ok((terms, per_doc))
}

/// How finely a trend is cut: by month over up to three years, then by quarter, then by year,
/// so a chart never has more than about 36 bars.
#[derive(Clone, Copy)]
enum Grain {
    Month,
    Quarter,
    Year,
}

impl Grain {
    fn for_span(from: NaiveDate, to: NaiveDate) -> Grain {
        let months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32 + 1;
        match months {
            ..=36 => Grain::Month,
            37..=108 => Grain::Quarter,
            _ => Grain::Year,
        }
    }

    /// The period `date` falls in: `YYYY-MM`, `YYYY-Qn` or `YYYY`.
    fn period(self, date: NaiveDate) -> String {
        match self {
            Grain::Month => date.format("%Y-%m").to_string(),
            Grain::Quarter => format!("{}-Q{}", date.year(), date.month0() / 3 + 1),
            Grain::Year => date.year().to_string(),
        }
    }

    /// Every period from `from` to `to`, in order.
    fn periods(self, from: NaiveDate, to: NaiveDate) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut at = from.with_day(1).unwrap_or(from);
        while at <= to {
            let p = self.period(at);
            if out.last() != Some(&p) {
                out.push(p);
            }
            match at.checked_add_months(chrono::Months::new(1)) {
                Some(next) => at = next,
                None => break,
            }
        }
        out
    }
}

/// Whether a theme became a larger or smaller part of what customers say: its share of all
/// anecdotes in the later half of the periods against the earlier half. Shares, not counts, so
/// a library that simply grew does not make every theme "rising".
fn direction(trend: &[TrendPoint], totals: &[u32]) -> TrendDirection {
    if trend.len() < 4 {
        return TrendDirection::Steady;
    }
    let half = trend.len() / 2;
    let share = |points: &[TrendPoint], all: &[u32]| {
        let theme: u32 = points.iter().map(|p| p.count).sum();
        let total: u32 = all.iter().sum();
        (total > 0).then(|| f64::from(theme) / f64::from(total))
    };
    let late_from = trend.len() - half;
    let (Some(early), Some(late)) = (
        share(&trend[..half], &totals[..half]),
        share(&trend[late_from..], &totals[late_from..]),
    ) else {
        return TrendDirection::Steady;
    };
    let late_count: u32 = trend[late_from..].iter().map(|p| p.count).sum();
    if late > early * 1.25 && late_count >= 3 {
        TrendDirection::Rising
    } else if late < early * 0.8 {
        TrendDirection::Falling
    } else {
        TrendDirection::Steady
    }
}

use chrono::Datelike;

impl Db {
    /// Synthesizes what customers are saying into themes: greedy cover of the anecdotes by
    /// their most telling words and tags, each theme named by its word and the word that most
    /// often goes with it.
    pub fn wocas_report(&self, query: &WocasQuery) -> Result<WocasReport> {
        let rows = self.report_rows(
            query.persona_id.as_deref(),
            query.from,
            query.to,
            MAX_ANECDOTES,
        )?;
        let total = rows.len() as u32;
        let customers: u32 = rows.iter().map(|r| r.customer_count).sum();
        let dates: Vec<NaiveDate> = rows.iter().filter_map(|r| r.said_on).collect();
        let from = query.from.or_else(|| dates.iter().min().copied());
        let to = query.to.or_else(|| dates.iter().max().copied());
        let (terms, per_doc) = collect_terms(self, &rows)?;

        let min_support = (rows.len() / 100).max(2);
        // In a large set, a word in most anecdotes is how customers talk, not what about; in a
        // small one it may well be the one thing they all say.
        let max_df = if rows.len() < 50 {
            rows.len()
        } else {
            rows.len() * 3 / 5
        };
        let mut uncovered_df: Vec<usize> = terms.iter().map(|t| t.docs.len()).collect();
        let mut covered = vec![false; rows.len()];
        let mut used = vec![false; terms.len()];
        let mut themes = Vec::new();
        let grain = match (from, to) {
            (Some(f), Some(t)) => Grain::for_span(f, t),
            _ => Grain::Month,
        };
        let calendar = match (from, to) {
            (Some(f), Some(t)) => grain.periods(f, t),
            _ => Vec::new(),
        };
        let mut all_by_period: HashMap<String, u32> = HashMap::new();
        for day in &dates {
            *all_by_period.entry(grain.period(*day)).or_default() += 1;
        }
        let totals: Vec<u32> = calendar
            .iter()
            .map(|p| all_by_period.get(p).copied().unwrap_or(0))
            .collect();
        for _ in 0..query.max_themes.unwrap_or(DEFAULT_THEMES).clamp(1, 20) {
            let best = (0..terms.len())
                .filter(|&i| !used[i] && terms[i].docs.len() <= max_df)
                .filter(|&i| uncovered_df[i] >= min_support)
                .max_by(|&a, &b| {
                    let score = |i: usize| uncovered_df[i] as f64 * terms[i].weight;
                    // On a tie the longer (more specific) word wins.
                    score(a)
                        .total_cmp(&score(b))
                        .then(terms[a].label.len().cmp(&terms[b].label.len()))
                });
            let Some(best) = best else { break };
            used[best] = true;
            let members = &terms[best].docs;
            // The companion: the term that most often goes with it, relative to how common it is.
            let mut together: HashMap<u32, usize> = HashMap::new();
            for &d in members {
                for &t in &per_doc[d as usize] {
                    if t as usize != best {
                        *together.entry(t).or_default() += 1;
                    }
                }
            }
            let companion = together
                .into_iter()
                .filter(|&(t, n)| {
                    n * 3 >= members.len()
                        && !used[t as usize]
                        && !terms[t as usize].label.starts_with(&terms[best].label)
                        && !terms[best].label.starts_with(&terms[t as usize].label)
                })
                .max_by(|a, b| {
                    let lift = |(t, n): (u32, usize)| n as f64 * terms[t as usize].weight;
                    let len = |(t, _): (u32, usize)| terms[t as usize].label.len();
                    lift(*a).total_cmp(&lift(*b)).then(len(*a).cmp(&len(*b)))
                })
                .map(|(t, _)| t as usize);
            let mut label = terms[best].label.clone();
            let mut stems: Vec<String> = terms[best].stem.iter().cloned().collect();
            let mut term_labels = vec![terms[best].label.clone()];
            if let Some(c) = companion {
                label = format!("{label} · {}", terms[c].label);
                stems.extend(terms[c].stem.iter().cloned());
                term_labels.push(terms[c].label.clone());
            }
            for &d in members {
                if !covered[d as usize] {
                    covered[d as usize] = true;
                    for &t in &per_doc[d as usize] {
                        uncovered_df[t as usize] -= 1;
                    }
                }
            }
            let mut by_month: HashMap<String, u32> = HashMap::new();
            for &d in members {
                if let Some(day) = rows[d as usize].said_on {
                    *by_month.entry(grain.period(day)).or_default() += 1;
                }
            }
            let trend: Vec<TrendPoint> = calendar
                .iter()
                .map(|p| TrendPoint {
                    period: p.clone(),
                    count: by_month.get(p).copied().unwrap_or(0),
                })
                .collect();
            // The best quotes say both words, hurt the most, were said by many, and are readable.
            let quote_score = |d: u32| {
                let r = &rows[d as usize];
                let len = r.text.chars().count();
                let readable = if (60..=500).contains(&len) { 1.0 } else { 0.0 };
                let both = companion
                    .is_some_and(|c| per_doc[d as usize].binary_search(&(c as u32)).is_ok());
                f64::from(r.severity)
                    + f64::from(r.customer_count.max(1)).ln()
                    + readable
                    + if both { 2.0 } else { 0.0 }
            };
            let mut best_quotes: Vec<u32> = members.clone();
            best_quotes.sort_by(|&a, &b| quote_score(b).total_cmp(&quote_score(a)));
            let ids: Vec<String> = best_quotes
                .iter()
                .take(QUOTES)
                .map(|&d| rows[d as usize].id.clone())
                .collect();
            let mut quotes = Vec::new();
            for id in &ids {
                if let Some(a) = self.get_anecdotes(std::slice::from_ref(id))?.pop() {
                    let (snippet, matched) = highlight(&a.text, &stems);
                    quotes.push(AnecdoteHit {
                        anecdote: a,
                        snippet,
                        matched,
                        score: 0.0,
                    });
                }
            }
            themes.push(Theme {
                label,
                terms: term_labels,
                count: members.len() as u32,
                customers: members
                    .iter()
                    .map(|&d| rows[d as usize].customer_count)
                    .sum(),
                share: members.len() as f64 / rows.len().max(1) as f64,
                direction: direction(&trend, &totals),
                trend,
                quotes,
            });
        }
        Ok(WocasReport {
            query: query.clone(),
            total,
            customers,
            unthemed: covered.iter().filter(|c| !**c).count() as u32,
            from,
            to,
            themes,
        })
    }
}

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
