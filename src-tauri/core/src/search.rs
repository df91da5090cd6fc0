//! "Relevant now": which anecdotes bear on what the room is discussing.
//!
//! Free text (a search box, or the decision being typed) becomes a handful of significant
//! terms; SQLite FTS5 finds candidates by BM25; the persona in the chair, severity and how many
//! customers said it re-rank them; each hit says which words matched and marks them in a snippet.
//! Customer text never becomes markup here: spans are plain text with a `hit` flag.

use std::collections::BTreeSet;

use crate::model::{Anecdote, AnecdoteHit, AnecdoteQuery, TextSpan};
use crate::{Db, Result};

/// Most terms taken from the query text; longer (rarer, in practice) words are preferred.
const MAX_TERMS: usize = 12;
/// Candidates fetched by BM25 before re-ranking.
const CANDIDATES: u32 = 200;
const DEFAULT_LIMIT: u32 = 20;
/// Characters of text shown around the first match of a long anecdote.
const SNIPPET_CHARS: usize = 320;

const STOPWORDS: &[&str] = &[
    "about",
    "after",
    "again",
    "all",
    "also",
    "and",
    "any",
    "are",
    "because",
    "been",
    "before",
    "but",
    "can",
    "could",
    "did",
    "does",
    "doing",
    "for",
    "from",
    "had",
    "has",
    "have",
    "her",
    "here",
    "him",
    "his",
    "how",
    "into",
    "its",
    "just",
    "more",
    "most",
    "not",
    "now",
    "off",
    "once",
    "only",
    "other",
    "our",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "too",
    "under",
    "until",
    "very",
    "was",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "we",
    "us",
    "customer",
    "customers",
];

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The significant terms of `text`, lowercased, in the order they first appear.
pub fn terms(text: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut out: Vec<String> = Vec::new();
    for w in words(text) {
        let w = w.to_lowercase();
        if w.chars().count() < 3 || STOPWORDS.contains(&w.as_str()) || !seen.insert(w.clone()) {
            continue;
        }
        out.push(w);
    }
    if out.len() > MAX_TERMS {
        let mut by_length = out.clone();
        by_length.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        let keep: BTreeSet<String> = by_length.into_iter().take(MAX_TERMS).collect();
        out.retain(|w| keep.contains(w));
    }
    out
}

/// An FTS5 expression matching any of `terms`, each quoted as a string (inner quotes doubled),
/// with a prefix star so "refund" also finds "refunds" and "refunded".
pub fn fts_expression(terms: &[String]) -> String {
    terms
        .iter()
        .map(|t| format!("\"{}\"*", t.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" OR ")
}

fn word_matches(word: &str, terms: &[String]) -> Option<String> {
    let lower = word.to_lowercase();
    terms
        .iter()
        .find(|t| lower.starts_with(t.as_str()))
        .cloned()
}

/// `text` split into spans, words matching `terms` marked; long text is cut to a window
/// around the first match, with an ellipsis where it was cut.
pub fn highlight(text: &str, terms: &[String]) -> (Vec<TextSpan>, Vec<String>) {
    let mut matched: Vec<String> = Vec::new();
    let mut marks: Vec<(usize, usize)> = Vec::new();
    let mut offset = 0;
    for w in text.split_inclusive(|c: char| !c.is_alphanumeric()) {
        let word = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !word.is_empty() {
            if let Some(t) = word_matches(word, terms) {
                marks.push((offset, offset + word.len()));
                if !matched.contains(&t) {
                    matched.push(t);
                }
            }
        }
        offset += w.len();
    }

    let (start, end) = window(text, marks.first().map(|m| m.0).unwrap_or(0));
    let mut spans = Vec::new();
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

/// How much the chair's persona, severity and reach lift an anecdote's text relevance.
fn boost(anecdote: &Anecdote, persona_linked: bool) -> f64 {
    let persona = if persona_linked { 1.5 } else { 1.0 };
    let severity = 1.0 + 0.1 * (f64::from(anecdote.severity) - 3.0);
    let reach = 1.0 + (f64::from(anecdote.customer_count)).ln() * 0.05;
    persona * severity * reach
}

impl Db {
    /// The anecdotes most relevant to `query`, best first.
    pub fn search_anecdotes(&self, query: &AnecdoteQuery) -> Result<Vec<AnecdoteHit>> {
        let limit = query.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, 200);
        let persona = query.persona_id.as_deref();
        let terms = terms(&query.text);
        if terms.is_empty() {
            return Ok(self
                .strongest_anecdotes(persona, limit)?
                .into_iter()
                .map(|a| {
                    let (snippet, _) = highlight(&a.text, &[]);
                    let score = boost(
                        &a,
                        persona.is_some_and(|p| a.persona_ids.iter().any(|x| x == p)),
                    );
                    AnecdoteHit {
                        anecdote: a,
                        snippet,
                        matched: Vec::new(),
                        score,
                    }
                })
                .collect());
        }
        let mut hits: Vec<AnecdoteHit> = self
            .fts_candidates(&fts_expression(&terms), persona, CANDIDATES)?
            .into_iter()
            .map(|c| {
                let (snippet, matched) = highlight(&c.anecdote.text, &terms);
                // SQLite's bm25() is negative, more negative is better.
                let score = -c.bm25 * boost(&c.anecdote, c.persona_linked);
                AnecdoteHit {
                    anecdote: c.anecdote,
                    snippet,
                    matched,
                    score,
                }
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        hits.truncate(limit as usize);
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_drop_stopwords_short_words_and_repeats() {
        assert_eq!(
            terms("The refund for the e-book, the REFUND!"),
            vec!["refund", "book"]
        );
    }

    #[test]
    fn fts_expression_quotes_every_term() {
        assert_eq!(
            fts_expression(&["a\"b".into(), "or".into()]),
            "\"a\"\"b\"* OR \"or\"*"
        );
    }

    #[test]
    fn highlight_marks_prefix_matches_and_keeps_all_text() {
        let (spans, matched) = highlight("Refunds refused, twice.", &["refund".into()]);
        let text: String = spans.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(text, "Refunds refused, twice.");
        assert_eq!(
            spans[0],
            TextSpan {
                text: "Refunds".into(),
                hit: true
            }
        );
        assert!(!spans[1].hit);
        assert_eq!(matched, vec!["refund"]);
    }

    #[test]
    fn highlight_windows_long_text_on_char_boundaries() {
        let text = format!("{} refund {}", "é ".repeat(300), "ü ".repeat(300));
        let (spans, _) = highlight(&text, &["refund".into()]);
        assert!(spans.first().unwrap().text.starts_with('…'));
        assert!(spans.last().unwrap().text.ends_with('…'));
        assert!(spans.iter().any(|s| s.hit && s.text == "refund"));
    }
}
