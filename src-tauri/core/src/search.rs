//! "Relevant now": which anecdotes bear on what the room is discussing.
//!
//! Free text (a search box, or the decision being typed) becomes stems through the search
//! index's analyzer. A search box needs every word; the decision being written uses its most
//! telling words (those it says most often, weighed by how rare they are in the library, at
//! most 32), so a pasted page costs about what a paragraph does. The index returns the best
//! candidates (text relevance plus the chair's persona); severity, how many customers said it and recency then re-rank them. Each hit carries the
//! words it matched, marked in a snippet of plain-text spans: customer text never becomes markup.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::index::{self, IndexFilters, IndexHit, IndexOrder, IndexQuery};
use crate::model::{AnecdoteFilters, AnecdoteHit, AnecdoteQuery, SearchMode, SearchSort, TextSpan};
use crate::{Db, Result};

/// Most words taken from a long text in `relevant` mode. Chosen on the CFPB-by-product
/// labelled set (docs/BENCHMARKS.md): 12 lost precision to BM25 over every word, more than 32
/// gained nothing there.
const MAX_TERMS: usize = 32;
/// Candidates fetched from the index before re-ranking.
const CANDIDATES: usize = 100;
const DEFAULT_LIMIT: u32 = 20;
/// Characters of text shown around the first match of a long anecdote.
const SNIPPET_CHARS: usize = 320;

/// Words that say nothing about what a customer meant, as written; compared by their stems.
const STOPWORD_TEXT: &str =
    "a about after again all also an and any anything are as at be because been \
    before between but by can could customer customers did do does doing during each every for \
    from get got had has have he her here him his how i if in into is it its just me more most \
    my no not now of off on once only or other our out over own same she should so some \
    something such than that the their them then there these they thing things this those \
    through to too under until up us very was we were what when where whether which while who \
    whom why will with within without would you your";

/// The stems of `STOPWORD_TEXT`.
pub(crate) static STOPWORDS: std::sync::LazyLock<HashSet<String>> =
    std::sync::LazyLock::new(|| {
        index::tokens(STOPWORD_TEXT)
            .into_iter()
            .map(|t| t.stem)
            .collect()
    });

fn epoch_days(date: NaiveDate) -> i64 {
    date.signed_duration_since(NaiveDate::default()).num_days()
}

fn index_filters(f: &AnecdoteFilters) -> IndexFilters {
    let list = |v: &Option<Vec<String>>| v.clone().unwrap_or_default();
    IndexFilters {
        persona_ids: list(&f.persona_ids),
        tags: list(&f.tags),
        channels: list(&f.channels),
        product_areas: list(&f.product_areas),
        segments: list(&f.segments),
        sentiments: f
            .sentiments
            .iter()
            .flatten()
            .map(|s| s.as_str().to_owned())
            .collect(),
        severity_min: f.severity_min,
        severity_max: f.severity_max,
        said_from: f.said_from.map(epoch_days),
        said_to: f.said_to.map(epoch_days),
    }
}

/// The distinct stems of `text` worth searching for, in order of appearance.
pub fn query_stems(text: &str) -> Vec<String> {
    let mut seen = HashSet::new();
    index::tokens(text)
        .into_iter()
        .map(|t| t.stem)
        .filter(|s| !STOPWORDS.contains(s) && seen.insert(s.clone()))
        .collect()
}

/// `text` split into spans with the words whose stems are in `stems` marked, and the
/// distinct matched words (as written, lowercased). Long text is cut to a window around the
/// first match, with an ellipsis where it was cut.
pub fn highlight(text: &str, stems: &[String]) -> (Vec<TextSpan>, Vec<String>) {
    let wanted: HashSet<&str> = stems.iter().map(String::as_str).collect();
    let marks: Vec<(usize, usize)> = index::tokens(text)
        .into_iter()
        .filter(|t| wanted.contains(t.stem.as_str()))
        .map(|t| (t.start, t.end))
        .collect();
    let mut matched: Vec<String> = Vec::new();
    for &(s, e) in &marks {
        let word = text[s..e].to_lowercase();
        if !matched.contains(&word) {
            matched.push(word);
        }
    }

    let (start, end) = window(text, marks.first().map(|m| m.0).unwrap_or(0));
    let mut spans: Vec<TextSpan> = Vec::new();
    let mut push = |s: &str, hit: bool| {
        if s.is_empty() {
            return;
        }
        match spans.last_mut() {
            Some(TextSpan { text, hit: h }) if *h == hit => text.push_str(s),
            _ => spans.push(TextSpan {
                text: s.to_owned(),
                hit,
            }),
        }
    };
    if start > 0 {
        push("… ", false);
    }
    let mut at = start;
    for &(s, e) in marks.iter().filter(|(s, e)| *s >= start && *e <= end) {
        push(&text[at..s], false);
        push(&text[s..e], true);
        at = e;
    }
    push(&text[at..end], false);
    if end < text.len() {
        push(" …", false);
    }
    (spans, matched)
}

/// Byte range of at most `SNIPPET_CHARS` characters around `focus`, on char boundaries.
fn window(text: &str, focus: usize) -> (usize, usize) {
    if text.chars().count() <= SNIPPET_CHARS {
        return (0, text.len());
    }
    let before = SNIPPET_CHARS / 4;
    let start = text[..focus]
        .char_indices()
        .rev()
        .nth(before)
        .map(|(i, _)| i)
        .unwrap_or(0);
    let end = text[start..]
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map(|(i, _)| start + i)
        .unwrap_or(text.len());
    (start, end)
}

/// How much severity, reach and recency lift a candidate's relevance.
fn boost(hit: &IndexHit, today: i64) -> f32 {
    let severity = 1.0 + 0.1 * (f32::from(hit.severity) - 3.0);
    let reach = 1.0 + (hit.customer_count.max(1) as f32).ln() * 0.05;
    let age_years = hit
        .said_on
        .map(|d| (today - d).max(0) as f32 / 365.0)
        .unwrap_or(2.0);
    let recency = 1.0 + 0.15 * (-age_years).exp();
    severity * reach * recency
}

impl Db {
    /// The anecdotes that best answer `query`, best first.
    pub fn search_anecdotes(&self, query: &AnecdoteQuery) -> Result<Vec<AnecdoteHit>> {
        let limit = query.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, 200) as usize;
        let mode = query.mode.unwrap_or(SearchMode::Keyword);
        let sort = query.sort.unwrap_or(SearchSort::Relevance);
        let iq = self.index_query(query, mode)?;
        let stems = iq.terms.clone();
        let (order, fetch) = match sort {
            SearchSort::Relevance => (IndexOrder::Relevance, CANDIDATES.max(limit)),
            SearchSort::Newest => (IndexOrder::NewestFirst, limit),
            SearchSort::Oldest => (IndexOrder::OldestFirst, limit),
            SearchSort::MostReported => (IndexOrder::MostReported, limit),
        };
        // Typed words that are all too common to search for find nothing in a search box; a
        // decision being written falls back to the strongest evidence.
        let nothing_to_match =
            stems.is_empty() && (query.text.trim().is_empty() || mode == SearchMode::Relevant);
        let mut hits = if stems.is_empty() && !nothing_to_match {
            Vec::new()
        } else if nothing_to_match && sort == SearchSort::Relevance {
            self.strongest_evidence(iq, query.persona_id.as_ref(), limit, fetch)?
        } else {
            self.index().search(&iq, order, fetch)?
        };
        if sort == SearchSort::Relevance {
            let today = epoch_days(chrono::Utc::now().date_naive());
            for h in &mut hits {
                h.score = h.score.max(f32::MIN_POSITIVE) * boost(h, today);
            }
            hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        }
        hits.truncate(limit);
        self.anecdote_hits(hits, &stems)
    }

    /// What the index is asked for `query`: its stems (in "relevant now" mode, the most telling
    /// ones, weighted), its filters, and the chair's persona and segment to lift.
    fn index_query(&self, query: &AnecdoteQuery, mode: SearchMode) -> Result<IndexQuery> {
        let mut stems = query_stems(&query.text);
        let mut weights = Vec::new();
        if mode == SearchMode::Relevant && !stems.is_empty() {
            (stems, weights) = self
                .telling_stems(&query.text)?
                .into_iter()
                .map(|t| (t.stem, t.weight))
                .unzip();
        }
        let filters = query
            .filters
            .as_ref()
            .map(index_filters)
            .unwrap_or_default();
        // The chair's persona lifts its own anecdotes, and a little, those of its segment.
        let segment = match &query.persona_id {
            Some(p) => self.get_persona(p).map(|p| p.segment).ok(),
            None => None,
        };
        Ok(IndexQuery {
            terms: stems,
            term_weights: weights,
            all_terms: mode == SearchMode::Keyword,
            boost_persona: query.persona_id.clone(),
            boost_segment: segment,
            filters,
        })
    }

    /// Nothing to match: the strongest evidence, the chair's persona first.
    fn strongest_evidence(
        &self,
        mut iq: IndexQuery,
        persona_id: Option<&String>,
        limit: usize,
        fetch: usize,
    ) -> Result<Vec<IndexHit>> {
        let mut hits = Vec::new();
        if let Some(p) = persona_id {
            let mut own = iq.clone();
            own.filters.persona_ids = vec![p.clone()];
            hits = self.index().search(&own, IndexOrder::MostReported, fetch)?;
        }
        if hits.len() < limit {
            iq.boost_persona = None;
            iq.boost_segment = None;
            let seen: HashSet<i64> = hits.iter().map(|h| h.rowid).collect();
            let more = self.index().search(&iq, IndexOrder::MostReported, fetch)?;
            let base = if hits.is_empty() { 1.0 } else { 0.5 };
            hits.extend(
                more.into_iter()
                    .filter(|h| !seen.contains(&h.rowid))
                    .map(|mut h| {
                        h.score = base;
                        h
                    }),
            );
        }
        Ok(hits)
    }

    /// The anecdotes of `hits`, in order, the words with `stems` highlighted.
    fn anecdote_hits(&self, hits: Vec<IndexHit>, stems: &[String]) -> Result<Vec<AnecdoteHit>> {
        let rowids: Vec<i64> = hits.iter().map(|h| h.rowid).collect();
        let anecdotes = self.anecdotes_by_rowid(&rowids)?;
        Ok(anecdotes
            .into_iter()
            .zip(hits)
            .map(|(anecdote, hit)| {
                let (snippet, matched) = highlight(&anecdote.text, stems);
                AnecdoteHit {
                    anecdote,
                    snippet,
                    matched,
                    score: f64::from(hit.score),
                }
            })
            .collect())
    }

    /// The stems "relevant now" searches for when `text` is the decision being written, most
    /// telling first (at most `MAX_TERMS`), so a comparison can give another engine the same
    /// terms.
    pub fn relevant_terms(&self, text: &str) -> Result<Vec<String>> {
        Ok(self
            .telling_stems(text)?
            .into_iter()
            .map(|t| t.stem)
            .collect())
    }

    /// The stems of a long text that say the most, most telling first: each weighs what it
    /// adds to a BM25 score, its inverse document frequency in the library times how often the
    /// text says it. A word said five times is the topic; a one-off rare word is often a typo or
    /// a name. A common word is not dropped (in a library of credit complaints, "credit" is
    /// common and still the point): said often, it is kept. Unknown stems and redaction marks
    /// match nothing worth finding.
    fn telling_stems(&self, text: &str) -> Result<Vec<TellingStem>> {
        // Each stem once, in the text's order, with how often the text says it.
        let mut counts: Vec<(String, u32)> = Vec::new();
        let mut at: HashMap<String, usize> = HashMap::new();
        for stem in index::tokens(text).into_iter().map(|t| t.stem) {
            if STOPWORDS.contains(&stem) || is_redaction(&stem) {
                continue;
            }
            match at.get(&stem) {
                Some(&i) => counts[i].1 += 1,
                None => {
                    at.insert(stem.clone(), counts.len());
                    counts.push((stem, 1));
                }
            }
        }
        let docs = self.index().num_docs() as f32;
        let mut scored: Vec<(f32, TellingStem)> = Vec::with_capacity(counts.len());
        for (stem, said) in counts {
            let df = self.index().doc_freq(&stem)?;
            if df == 0 {
                continue;
            }
            // BM25's idf, as the index scores it.
            let df = df as f32;
            let idf = (1.0 + (docs - df + 0.5) / (df + 0.5)).ln();
            let weight = said as f32;
            scored.push((idf * weight, TellingStem { stem, weight }));
        }
        // Stable: among equals, the text's order.
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        Ok(scored.into_iter().take(MAX_TERMS).map(|(_, t)| t).collect())
    }
}

/// A stem chosen from the decision being written, and how much it counts in the query (how
/// often the text says it: BM25's query-term frequency, not saturated).
struct TellingStem {
    stem: String,
    weight: f32,
}

/// Whether `stem` is a redaction mark ("XXXX", the parts of "XX/XX/XXXX"), which says nothing
/// about what the text is about.
fn is_redaction(stem: &str) -> bool {
    stem.len() >= 2 && stem.bytes().all(|b| b == b'x')
}

#[cfg(test)]
mod tests;
