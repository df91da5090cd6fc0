//! Building a report: a greedy cover of the anecdotes by their most telling terms, one theme at
//! a time, each named by its term and the term that most often goes with it, with its trend and
//! the quotes that say it best.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::terms::{collect_terms, Term};
use super::trend::Timeline;
use super::{Theme, WocasQuery, WocasReport, DEFAULT_THEMES, MAX_ANECDOTES, QUOTES};
use crate::db::wocas::ReportRow;
use crate::model::AnecdoteHit;
use crate::search::highlight;
use crate::{Db, Result};

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
        let mut cover = Cover::new(&rows, &terms, &per_doc);
        let timeline = Timeline::new(from, to, &dates);
        let mut themes = Vec::new();
        for _ in 0..query.max_themes.unwrap_or(DEFAULT_THEMES).clamp(1, 20) {
            let Some(best) = cover.pick() else { break };
            let companion = cover.companion(best);
            cover.cover(best);
            themes.push(self.theme(&cover, best, companion, &timeline)?);
        }
        Ok(WocasReport {
            query: query.clone(),
            total,
            customers,
            unthemed: cover.covered.iter().filter(|c| !**c).count() as u32,
            from,
            to,
            themes,
        })
    }

    /// The theme of term `best` (with its `companion`, if any).
    fn theme(
        &self,
        cover: &Cover,
        best: usize,
        companion: Option<usize>,
        timeline: &Timeline,
    ) -> Result<Theme> {
        let terms = cover.terms;
        let rows = cover.rows;
        let mut label = terms[best].label.clone();
        let mut stems: Vec<String> = terms[best].stem.iter().cloned().collect();
        let mut term_labels = vec![terms[best].label.clone()];
        if let Some(c) = companion {
            label = format!("{label} · {}", terms[c].label);
            stems.extend(terms[c].stem.iter().cloned());
            term_labels.push(terms[c].label.clone());
        }
        let members = &terms[best].docs;
        let trend = timeline.trend(members.iter().filter_map(|&d| rows[d as usize].said_on));
        let quotes = self.quotes(&cover.best_quotes(best, companion), &stems)?;
        Ok(Theme {
            label,
            terms: term_labels,
            count: members.len() as u32,
            customers: members
                .iter()
                .map(|&d| rows[d as usize].customer_count)
                .sum(),
            share: members.len() as f64 / rows.len().max(1) as f64,
            direction: timeline.direction(&trend),
            trend,
            quotes,
        })
    }

    /// The anecdotes with these ids, the words with `stems` highlighted.
    fn quotes(&self, ids: &[String], stems: &[String]) -> Result<Vec<AnecdoteHit>> {
        let mut quotes = Vec::new();
        for id in ids {
            if let Some(a) = self.get_anecdotes(std::slice::from_ref(id))?.pop() {
                let (snippet, matched) = highlight(&a.text, stems);
                quotes.push(AnecdoteHit {
                    anecdote: a,
                    snippet,
                    matched,
                    score: 0.0,
                });
            }
        }
        Ok(quotes)
    }
}

/// The state of the greedy cover: which terms are themes already, which anecdotes a theme
/// covers, and in how many still uncovered anecdotes each term appears.
struct Cover<'a> {
    rows: &'a [ReportRow],
    terms: &'a [Term],
    /// Per anecdote, its term ids (sorted).
    per_doc: &'a [Vec<u32>],
    uncovered_df: Vec<usize>,
    covered: Vec<bool>,
    used: Vec<bool>,
    /// A theme covers at least this many anecdotes not yet in a theme.
    min_support: usize,
    /// A term in more anecdotes than this names no topic.
    max_df: usize,
}

impl<'a> Cover<'a> {
    fn new(rows: &'a [ReportRow], terms: &'a [Term], per_doc: &'a [Vec<u32>]) -> Self {
        // In a large set, a word in most anecdotes is how customers talk, not what about; in a
        // small one it may well be the one thing they all say.
        let max_df = if rows.len() < 50 {
            rows.len()
        } else {
            rows.len() * 3 / 5
        };
        Cover {
            rows,
            terms,
            per_doc,
            uncovered_df: terms.iter().map(|t| t.docs.len()).collect(),
            covered: vec![false; rows.len()],
            used: vec![false; terms.len()],
            min_support: (rows.len() / 100).max(2),
            max_df,
        }
    }

    /// The next theme's term: the one that covers the most uncovered anecdotes, by weight.
    fn pick(&mut self) -> Option<usize> {
        let terms = self.terms;
        let best = (0..terms.len())
            .filter(|&i| !self.used[i] && terms[i].docs.len() <= self.max_df)
            .filter(|&i| self.uncovered_df[i] >= self.min_support)
            .max_by(|&a, &b| {
                let score = |i: usize| self.uncovered_df[i] as f64 * terms[i].weight;
                // On a tie the longer (more specific) word wins.
                score(a)
                    .total_cmp(&score(b))
                    .then(terms[a].label.len().cmp(&terms[b].label.len()))
            })?;
        self.used[best] = true;
        Some(best)
    }

    /// The companion: the term that most often goes with `best`, relative to how common it is.
    fn companion(&self, best: usize) -> Option<usize> {
        let terms = self.terms;
        let members = &terms[best].docs;
        let mut together: HashMap<u32, usize> = HashMap::new();
        for &d in members {
            for &t in &self.per_doc[d as usize] {
                if t as usize != best {
                    *together.entry(t).or_default() += 1;
                }
            }
        }
        together
            .into_iter()
            .filter(|&(t, n)| {
                n * 3 >= members.len()
                    && !self.used[t as usize]
                    && !terms[t as usize].label.starts_with(&terms[best].label)
                    && !terms[best].label.starts_with(&terms[t as usize].label)
            })
            .max_by(|a, b| {
                let lift = |(t, n): (u32, usize)| n as f64 * terms[t as usize].weight;
                let len = |(t, _): (u32, usize)| terms[t as usize].label.len();
                lift(*a).total_cmp(&lift(*b)).then(len(*a).cmp(&len(*b)))
            })
            .map(|(t, _)| t as usize)
    }

    /// Marks the anecdotes of term `best` as covered.
    fn cover(&mut self, best: usize) {
        for &d in &self.terms[best].docs {
            if !self.covered[d as usize] {
                self.covered[d as usize] = true;
                for &t in &self.per_doc[d as usize] {
                    self.uncovered_df[t as usize] -= 1;
                }
            }
        }
    }

    /// The ids of the anecdotes that quote the theme best: they say both words, hurt the most,
    /// were said by many, and are readable.
    fn best_quotes(&self, best: usize, companion: Option<usize>) -> Vec<String> {
        let quote_score = |d: u32| {
            let r = &self.rows[d as usize];
            let len = r.text.chars().count();
            let readable = if (60..=500).contains(&len) { 1.0 } else { 0.0 };
            let both = companion
                .is_some_and(|c| self.per_doc[d as usize].binary_search(&(c as u32)).is_ok());
            f64::from(r.severity)
                + f64::from(r.customer_count.max(1)).ln()
                + readable
                + if both { 2.0 } else { 0.0 }
        };
        let mut best_quotes: Vec<u32> = self.terms[best].docs.clone();
        best_quotes.sort_by(|&a, &b| quote_score(b).total_cmp(&quote_score(a)));
        best_quotes
            .iter()
            .take(QUOTES)
            .map(|&d| self.rows[d as usize].id.clone())
            .collect()
    }
}
