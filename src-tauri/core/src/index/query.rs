//! Searching the anecdote index: what a query asks (terms, weights, filters, boosts), the
//! tantivy query built from it, and the candidates it answers in the order asked.

use std::ops::Bound;

use tantivy::collector::TopDocs;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, Term};

use super::{facet_key, index_error, SearchIndex};
use crate::Result;

/// Added to the text score of the chair's persona's own anecdotes, and of its segment's: about
/// what one more matching word is worth, so what was said still comes first.
const PERSONA_BOOST: f32 = 1.0;
const SEGMENT_BOOST: f32 = 0.5;

/// What to look for. `terms` are stems from `tokens`.
#[derive(Debug, Clone, Default)]
pub struct IndexQuery {
    pub terms: Vec<String>,
    /// How much each of `terms` counts (how often the text said it); missing: 1.
    pub term_weights: Vec<f32>,
    /// All terms must match (a search box) rather than any (the decision being typed).
    pub all_terms: bool,
    /// Anecdotes linked to this persona rank higher.
    pub boost_persona: Option<String>,
    /// Anecdotes from this customer segment rank a little higher.
    pub boost_segment: Option<String>,
    pub filters: IndexFilters,
}

/// Restrictions; each list matches any of its values, lists combine with AND.
#[derive(Debug, Clone, Default)]
pub struct IndexFilters {
    pub persona_ids: Vec<String>,
    pub tags: Vec<String>,
    pub channels: Vec<String>,
    pub product_areas: Vec<String>,
    pub segments: Vec<String>,
    pub sentiments: Vec<String>,
    pub severity_min: Option<u8>,
    pub severity_max: Option<u8>,
    pub said_from: Option<i64>,
    pub said_to: Option<i64>,
}

/// A candidate: the anecdote's rowid, its text relevance and what ranking needs from it.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexHit {
    pub rowid: i64,
    pub score: f32,
    pub severity: u8,
    pub customer_count: u32,
    pub said_on: Option<i64>,
}

/// How candidates are ordered before the caller's re-ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexOrder {
    Relevance,
    NewestFirst,
    OldestFirst,
    MostReported,
}

impl SearchIndex {
    fn term_query(field: Field, value: &str, scored: bool) -> Box<dyn Query> {
        let option = if scored {
            IndexRecordOption::WithFreqs
        } else {
            IndexRecordOption::Basic
        };
        Box::new(TermQuery::new(Term::from_field_text(field, value), option))
    }

    /// `query` for the `i`th of `q.terms`, counting as much as its weight. A boosted term query
    /// still scores as a term (tantivy hands the boost to its BM25 weight), so block-max WAND
    /// still prunes.
    fn weighed(query: Box<dyn Query>, q: &IndexQuery, i: usize) -> Box<dyn Query> {
        match q.term_weights.get(i) {
            Some(&w) if w != 1.0 => Box::new(BoostQuery::new(query, w)),
            _ => query,
        }
    }

    fn any_of(field: Field, values: &[String], key: impl Fn(&str) -> String) -> Box<dyn Query> {
        let clauses = values
            .iter()
            .map(|v| (Occur::Should, Self::term_query(field, &key(v), false)))
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }

    fn filter_clauses(&self, filters: &IndexFilters) -> Vec<Box<dyn Query>> {
        let f = self.fields;
        let mut out: Vec<Box<dyn Query>> = Vec::new();
        let lists: [(Field, &Vec<String>, bool); 6] = [
            (f.persona, &filters.persona_ids, false),
            (f.tag, &filters.tags, true),
            (f.channel, &filters.channels, true),
            (f.product_area, &filters.product_areas, true),
            (f.segment, &filters.segments, true),
            (f.sentiment, &filters.sentiments, false),
        ];
        for (field, values, folded) in lists {
            if !values.is_empty() {
                out.push(Self::any_of(field, values, |v| {
                    if folded {
                        facet_key(v)
                    } else {
                        v.to_owned()
                    }
                }));
            }
        }
        if filters.severity_min.is_some() || filters.severity_max.is_some() {
            let bound = |v: Option<u8>, inclusive: fn(Term) -> Bound<Term>| match v {
                Some(v) => inclusive(Term::from_field_u64(f.severity, u64::from(v))),
                None => Bound::Unbounded,
            };
            out.push(Box::new(RangeQuery::new(
                bound(filters.severity_min, Bound::Included),
                bound(filters.severity_max, Bound::Included),
            )));
        }
        if filters.said_from.is_some() || filters.said_to.is_some() {
            let bound = |v: Option<i64>| match v {
                Some(v) => Bound::Included(Term::from_field_i64(f.said_on, v)),
                None => Bound::Unbounded,
            };
            out.push(Box::new(RangeQuery::new(
                bound(filters.said_from),
                bound(filters.said_to),
            )));
        }
        out
    }

    fn build_query(&self, q: &IndexQuery) -> Box<dyn Query> {
        let f = self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if !q.terms.is_empty() {
            let words: Vec<(Occur, Box<dyn Query>)> = q
                .terms
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let occur = if q.all_terms {
                        Occur::Must
                    } else {
                        Occur::Should
                    };
                    (
                        occur,
                        Self::weighed(Self::term_query(f.text, t, true), q, i),
                    )
                })
                .collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(words))));
            // The product area and tags count, a little.
            let about: Vec<(Occur, Box<dyn Query>)> = q
                .terms
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let about = Self::term_query(f.about, t, true);
                    (Occur::Should, Self::weighed(about, q, i))
                })
                .collect();
            clauses.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(BooleanQuery::new(about)), 0.3)),
            ));
        } else {
            clauses.push((
                Occur::Must,
                Box::new(ConstScoreQuery::new(Box::new(AllQuery), 1.0)),
            ));
        }
        if let Some(p) = &q.boost_persona {
            clauses.push((
                Occur::Should,
                Box::new(ConstScoreQuery::new(
                    Self::term_query(f.persona, p, false),
                    PERSONA_BOOST,
                )),
            ));
        }
        if let Some(segment) = q.boost_segment.as_deref().filter(|s| !s.trim().is_empty()) {
            let term = Self::term_query(f.segment, &facet_key(segment), false);
            clauses.push((
                Occur::Should,
                Box::new(ConstScoreQuery::new(term, SEGMENT_BOOST)),
            ));
        }
        for filter in self.filter_clauses(&q.filters) {
            clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(filter, 0.0))));
        }
        Box::new(BooleanQuery::new(clauses))
    }

    /// The best `limit` candidates for `q`, in `order`.
    pub fn search(&self, q: &IndexQuery, order: IndexOrder, limit: usize) -> Result<Vec<IndexHit>> {
        let searcher = self.reader.searcher();
        let query = self.build_query(q);
        let top = TopDocs::with_limit(limit.max(1));
        let found: Vec<(f32, DocAddress)> = match order {
            IndexOrder::Relevance => searcher.search(&query, &top.order_by_score()),
            IndexOrder::NewestFirst | IndexOrder::OldestFirst => {
                let dir = if order == IndexOrder::NewestFirst {
                    tantivy::Order::Desc
                } else {
                    tantivy::Order::Asc
                };
                searcher
                    .search(&query, &top.order_by_fast_field::<i64>("said_on", dir))
                    .map(|v| v.into_iter().map(|(_, a)| (0.0, a)).collect())
            }
            IndexOrder::MostReported => searcher
                .search(
                    &query,
                    &top.order_by_fast_field::<u64>("count", tantivy::Order::Desc),
                )
                .map(|v| v.into_iter().map(|(_, a)| (0.0, a)).collect()),
        }
        .map_err(index_error)?;
        self.describe(&searcher, found)
    }

    fn describe(
        &self,
        searcher: &tantivy::Searcher,
        found: Vec<(f32, DocAddress)>,
    ) -> Result<Vec<IndexHit>> {
        let mut out = Vec::with_capacity(found.len());
        for (score, addr) in found {
            let segment = searcher.segment_reader(addr.segment_ord);
            let fast = segment.fast_fields();
            let rowid = fast.i64("rowid").map_err(index_error)?.first(addr.doc_id);
            let severity = fast
                .u64("severity")
                .map_err(index_error)?
                .first(addr.doc_id);
            let count = fast.u64("count").map_err(index_error)?.first(addr.doc_id);
            let said_on = fast.i64("said_on").map_err(index_error)?.first(addr.doc_id);
            let Some(rowid) = rowid else { continue };
            out.push(IndexHit {
                rowid,
                score,
                severity: severity.unwrap_or(3) as u8,
                customer_count: count.unwrap_or(1) as u32,
                said_on,
            });
        }
        Ok(out)
    }
}
