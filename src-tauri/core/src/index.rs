//! The search index: a tantivy index derived from the anecdotes table, kept beside the database
//! (`<workspace>.db.search/`). SQLite stays the source of truth; this index only answers "which
//! anecdote rowids best match", fast enough to re-rank on every keystroke at a million rows
//! (block-max WAND top-k pruning, which SQLite FTS5's bm25 ordering cannot do; see
//! docs/BENCHMARKS.md for the measured difference).
//!
//! Consistency: triggers enqueue every changed anecdote rowid in `search_changes` inside the
//! writing transaction; `Db` applies the queue here after commit. A crash in between leaves the
//! queue for the next start. An index that is missing, unreadable, of another schema or with a
//! different document count is rebuilt from SQLite.

use std::ops::Bound;
use std::path::{Path, PathBuf};

use tantivy::collector::{Collector, SegmentCollector, TopDocs};
use tantivy::columnar::Column;
use tantivy::indexer::UserOperation;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};
use tantivy::{
    DocAddress, DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, SegmentOrdinal,
    SegmentReader, TantivyDocument, Term,
};

use crate::db::lock::retry_while_busy;
use crate::{Error, Result};

/// Changes when the schema or the analyzer changes: an index of another version is rebuilt.
const VERSION: &str = "empty-chair-search-3";
const TOKENIZER: &str = "chair";
const WRITER_HEAP: usize = 64 * 1024 * 1024;
/// Operations handed to the writer at once.
const BATCH: usize = 512;
/// Added to the text score of the chair's persona's own anecdotes, and of its segment's: about
/// what one more matching word is worth, so what was said still comes first.
const PERSONA_BOOST: f32 = 1.0;
const SEGMENT_BOOST: f32 = 0.5;

/// One anecdote as the index sees it.
#[derive(Debug, Clone)]
pub struct IndexDoc {
    pub rowid: i64,
    pub text: String,
    pub product_area: String,
    pub tags: Vec<String>,
    pub channel: String,
    pub segment: String,
    pub sentiment: String,
    pub severity: u8,
    pub customer_count: u32,
    /// Days since 1970-01-01.
    pub said_on: Option<i64>,
    pub persona_ids: Vec<String>,
}

#[derive(Clone, Copy)]
struct Fields {
    rowid: Field,
    text: Field,
    about: Field,
    channel: Field,
    product_area: Field,
    segment: Field,
    sentiment: Field,
    tag: Field,
    persona: Field,
    severity: Field,
    count: Field,
    said_on: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let words = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let number = NumericOptions::default().set_indexed().set_fast();
    let fields = Fields {
        rowid: b.add_i64_field("rowid", NumericOptions::default().set_indexed().set_fast()),
        text: b.add_text_field("text", words.clone()),
        about: b.add_text_field("about", words),
        channel: b.add_text_field("channel", STRING),
        product_area: b.add_text_field("product_area", STRING),
        segment: b.add_text_field("segment", STRING),
        sentiment: b.add_text_field("sentiment", STRING),
        tag: b.add_text_field("tag", STRING),
        persona: b.add_text_field("persona", STRING),
        severity: b.add_u64_field("severity", number.clone()),
        count: b.add_u64_field("count", NumericOptions::default().set_fast()),
        said_on: b.add_i64_field("said_on", number),
    };
    (b.build(), fields)
}

fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build()
}

/// Filter values are compared case-insensitively.
pub fn facet_key(value: &str) -> String {
    value.trim().to_lowercase()
}

/// A word of a text as the index knows it: its stem and where it stands in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub stem: String,
    pub start: usize,
    pub end: usize,
}

/// Splits `text` into the index's tokens (lowercased, folded, stemmed), with byte offsets.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut analyzer = analyzer();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        let t = stream.token();
        out.push(Token {
            stem: t.text.clone(),
            start: t.offset_from,
            end: t.offset_to,
        });
    }
    out
}

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

pub struct SearchIndex {
    /// Operations not yet handed to the writer: sent in batches, which costs the indexing
    /// thread one wake-up per batch instead of one per document.
    pending: Vec<UserOperation>,
    reader: IndexReader,
    /// `None` when opened read-only (beside the app that writes it).
    writer: Option<IndexWriter>,
    fields: Fields,
    dir: Option<PathBuf>,
    /// The version of the workspace's anecdotes the index was last committed at
    /// (`Db::search_data_version`): a database replaced outside the app, even with as many
    /// anecdotes, has another one, and its index is rebuilt.
    data_version: String,
}

/// The data version an index of this build's `VERSION` was last committed at (its payload is
/// `VERSION`, a line break, then the data version); `None` for another version's index.
fn stored_version(index: &Index) -> Option<String> {
    let payload = index.load_metas().ok()?.payload?;
    let (version, data) = payload.split_once('\n')?;
    (version == VERSION).then(|| data.to_owned())
}

fn index_error(e: impl std::fmt::Display) -> Error {
    Error::Search(e.to_string())
}

/// `doc` as the index stores it.
fn document(f: Fields, doc: &IndexDoc) -> TantivyDocument {
    let mut d = TantivyDocument::default();
    d.add_i64(f.rowid, doc.rowid);
    d.add_text(f.text, &doc.text);
    let mut about = doc.product_area.clone();
    for tag in &doc.tags {
        about.push(' ');
        about.push_str(tag);
    }
    d.add_text(f.about, &about);
    d.add_text(f.channel, facet_key(&doc.channel));
    d.add_text(f.product_area, facet_key(&doc.product_area));
    d.add_text(f.segment, facet_key(&doc.segment));
    d.add_text(f.sentiment, &doc.sentiment);
    for tag in &doc.tags {
        d.add_text(f.tag, facet_key(tag));
    }
    for p in &doc.persona_ids {
        d.add_text(f.persona, p);
    }
    d.add_u64(f.severity, u64::from(doc.severity));
    d.add_u64(f.count, u64::from(doc.customer_count));
    if let Some(day) = doc.said_on {
        d.add_i64(f.said_on, day);
    }
    d
}

/// A bare tantivy index in the empty folder `dir`, with the app's schema and analyzer, and how
/// the app turns an anecdote into its document: the benchmark's floor (tantivy alone, on the
/// same documents, with a writer of its own choosing).
pub fn bare_index(dir: &Path) -> Result<(Index, impl Fn(&IndexDoc) -> TantivyDocument)> {
    let (schema, fields) = schema();
    let index = Index::create_in_dir(dir, schema).map_err(index_error)?;
    index.tokenizers().register(TOKENIZER, analyzer());
    Ok((index, move |doc: &IndexDoc| document(fields, doc)))
}

impl SearchIndex {
    /// The index directory of the workspace at `db_path`.
    pub fn dir_for(db_path: &Path) -> PathBuf {
        let mut name = db_path.file_name().unwrap_or_default().to_owned();
        name.push(".search");
        db_path.with_file_name(name)
    }

    /// Opens the index in `dir`, or creates an empty one there. `fresh` tells whether it was
    /// created (or had to be recreated), so the caller knows to fill it.
    pub fn open(dir: &Path) -> Result<(SearchIndex, bool)> {
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.to_owned(),
            source,
        })?;
        let (schema, fields) = schema();
        let existing = Index::open_in_dir(dir)
            .ok()
            .filter(|index| index.schema() == schema && stored_version(index).is_some());
        let fresh = existing.is_none();
        let index = match existing {
            Some(index) => index,
            None => {
                // Unreadable, older or foreign: start over; it is rebuilt from SQLite.
                std::fs::remove_dir_all(dir)
                    .and_then(|_| std::fs::create_dir_all(dir))
                    .map_err(|source| Error::Io {
                        path: dir.to_owned(),
                        source,
                    })?;
                Index::create_in_dir(dir, schema).map_err(index_error)?
            }
        };
        let mut this = Self::wrap(index, fields, Some(dir.to_owned()), true)?;
        if fresh {
            this.commit("")?;
        }
        Ok((this, fresh))
    }

    /// Opens the index in `dir` to search only: no writer, so no lock, and nothing in `dir`
    /// changes. Refuses an index it would have to rebuild (missing, older or foreign).
    pub fn open_read_only(dir: &Path) -> Result<SearchIndex> {
        let (schema, fields) = schema();
        let index = Index::open_in_dir(dir)
            .ok()
            .filter(|index| index.schema() == schema && stored_version(index).is_some())
            .ok_or_else(|| {
                Error::invalid(
                    "search index",
                    "is missing or from another version; open the workspace in the app once",
                )
            })?;
        Self::wrap(index, fields, Some(dir.to_owned()), false)
    }

    pub fn open_in_memory() -> Result<SearchIndex> {
        let (schema, fields) = schema();
        Self::wrap(Index::create_in_ram(schema), fields, None, true)
    }

    fn wrap(
        index: Index,
        fields: Fields,
        dir: Option<PathBuf>,
        writable: bool,
    ) -> Result<SearchIndex> {
        index.tokenizers().register(TOKENIZER, analyzer());
        let busy = |e: &tantivy::TantivyError| {
            matches!(
                e,
                tantivy::TantivyError::LockFailure(
                    tantivy::directory::error::LockError::LockBusy,
                    _
                )
            )
        };
        // As the workspace lock (`retry_while_busy`): a writer this process has just dropped
        // can hold the index's lock file a moment longer.
        let writer = writable
            .then(|| retry_while_busy(|| index.writer_with_num_threads(1, WRITER_HEAP), busy))
            .transpose()
            .map_err(|e| match e {
                tantivy::TantivyError::LockFailure(
                    tantivy::directory::error::LockError::LockBusy,
                    _,
                ) => Error::InUse {
                    path: dir.clone().unwrap_or_default(),
                },
                other => index_error(other),
            })?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into();
        let reader = reader.map_err(index_error)?;
        Ok(SearchIndex {
            data_version: stored_version(&index).unwrap_or_default(),
            pending: Vec::new(),
            reader,
            writer,
            fields,
            dir,
        })
    }

    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// Documents visible to searches.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Queues (re)indexing of `doc`, replacing any document with its rowid.
    pub fn upsert(&mut self, doc: &IndexDoc) -> Result<()> {
        self.remove(doc.rowid);
        self.add(doc)
    }

    /// Queues indexing of `doc`, which must not be in the index yet.
    pub fn add(&mut self, doc: &IndexDoc) -> Result<()> {
        let d = document(self.fields, doc);
        self.pending.push(UserOperation::Add(d));
        if self.pending.len() >= BATCH {
            self.flush()?;
        }
        Ok(())
    }

    fn writer(&mut self) -> Result<&mut IndexWriter> {
        self.writer
            .as_mut()
            .ok_or_else(|| Error::invalid("search index", "is open read-only"))
    }

    fn flush(&mut self) -> Result<()> {
        if !self.pending.is_empty() {
            let batch = std::mem::take(&mut self.pending);
            self.writer()?.run(batch).map_err(index_error)?;
        }
        Ok(())
    }

    /// Queues removal of the anecdote with `rowid`.
    pub fn remove(&mut self, rowid: i64) {
        let term = Term::from_field_i64(self.fields.rowid, rowid);
        self.pending.push(UserOperation::Delete(term));
    }

    /// Queues removal of every anecdote with a rowid above `rowid`: before new anecdotes are
    /// added (rather than upserted) one by one, none of them can be there already.
    pub fn remove_above(&mut self, rowid: i64) -> Result<()> {
        self.flush()?;
        let above = RangeQuery::new(
            Bound::Excluded(Term::from_field_i64(self.fields.rowid, rowid)),
            Bound::Unbounded,
        );
        self.writer()?
            .delete_query(Box::new(above))
            .map_err(index_error)?;
        Ok(())
    }

    pub fn clear(&mut self) -> Result<()> {
        self.pending.clear();
        self.writer()?.delete_all_documents().map_err(index_error)?;
        Ok(())
    }

    /// Forgets changes queued since the last commit.
    pub fn rollback(&mut self) -> Result<()> {
        self.pending.clear();
        if let Some(writer) = self.writer.as_mut() {
            writer.rollback().map_err(index_error)?;
        }
        Ok(())
    }

    /// Makes queued changes durable and visible, recording that the index now holds the
    /// anecdotes as of `data_version`.
    pub fn commit(&mut self, data_version: &str) -> Result<()> {
        self.flush()?;
        let mut prepared = self.writer()?.prepare_commit().map_err(index_error)?;
        prepared.set_payload(&format!("{VERSION}\n{data_version}"));
        prepared.commit().map_err(index_error)?;
        self.reader.reload().map_err(index_error)?;
        self.data_version = data_version.to_owned();
        Ok(())
    }

    /// The data version of the last commit (empty for an index never filled).
    pub fn data_version(&self) -> &str {
        &self.data_version
    }

    /// How many anecdotes contain the stem `term`.
    pub fn doc_freq(&self, term: &str) -> Result<u64> {
        self.reader
            .searcher()
            .doc_freq(&Term::from_field_text(self.fields.text, term))
            .map_err(index_error)
    }

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

/// The decisions' full-text index: the same analyzer as the anecdotes' (every word must match,
/// word forms count), over a decision's statement, rationale, options and impacts. It lives in
/// memory: it is built from SQLite when the workspace opens (10,000 decisions take a fraction
/// of a second) and follows the `decision_search_changes` queue after every write, as the
/// anecdotes' index follows `search_changes`.
pub struct DecisionIndex {
    reader: IndexReader,
    writer: IndexWriter,
    rowid: Field,
    text: Field,
    pending: Vec<UserOperation>,
}

/// A decision's words as the index sees them.
#[derive(Debug, Clone)]
pub struct DecisionDoc {
    pub rowid: i64,
    pub text: String,
}

impl DecisionIndex {
    pub fn open_in_memory() -> Result<Self> {
        let mut b = Schema::builder();
        let rowid = b.add_i64_field("rowid", NumericOptions::default().set_indexed().set_fast());
        let text = b.add_text_field(
            "text",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(TOKENIZER)
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        );
        let index = Index::create_in_ram(b.build());
        index.tokenizers().register(TOKENIZER, analyzer());
        // A small heap: decisions are few and short.
        let writer = index
            .writer_with_num_threads(1, 15_000_000)
            .map_err(index_error)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(index_error)?;
        Ok(DecisionIndex {
            reader,
            writer,
            rowid,
            text,
            pending: Vec::new(),
        })
    }

    pub fn upsert(&mut self, doc: &DecisionDoc) {
        self.remove(doc.rowid);
        let mut d = TantivyDocument::default();
        d.add_i64(self.rowid, doc.rowid);
        d.add_text(self.text, &doc.text);
        self.pending.push(UserOperation::Add(d));
    }

    pub fn remove(&mut self, rowid: i64) {
        self.pending
            .push(UserOperation::Delete(Term::from_field_i64(
                self.rowid, rowid,
            )));
    }

    pub fn clear(&mut self) -> Result<()> {
        self.pending.clear();
        self.writer.delete_all_documents().map_err(index_error)?;
        Ok(())
    }

    pub fn commit(&mut self) -> Result<()> {
        let batch = std::mem::take(&mut self.pending);
        if !batch.is_empty() {
            self.writer.run(batch).map_err(index_error)?;
        }
        self.writer.commit().map_err(index_error)?;
        self.reader.reload().map_err(index_error)?;
        Ok(())
    }

    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// The decisions (rowids) with every word of `text` in some form, with their scores, in no
    /// particular order; `None` when `text` has no words (then nothing is narrowed).
    pub fn matching(&self, text: &str) -> Result<Option<Vec<(i64, f32)>>> {
        let mut stems: Vec<String> = tokens(text).into_iter().map(|t| t.stem).collect();
        stems.sort();
        stems.dedup();
        if stems.is_empty() {
            return Ok(None);
        }
        let clauses = stems
            .iter()
            .map(|s| {
                let q: Box<dyn Query> = Box::new(TermQuery::new(
                    Term::from_field_text(self.text, s),
                    IndexRecordOption::WithFreqs,
                ));
                (Occur::Must, q)
            })
            .collect();
        let found = self
            .reader
            .searcher()
            .search(&BooleanQuery::new(clauses), &EveryMatch)
            .map_err(index_error)?;
        Ok(Some(found))
    }
}

/// Collects every match's rowid and score, unsorted. The caller wants all of them (the screen
/// orders and counts them with the filters), so a top-k heap as large as the index and a
/// column lookup per hit (what `TopDocs` and `DocAddress`es cost) would be wasted work: the rowid
/// column is opened once per segment here.
struct EveryMatch;

struct SegmentMatches {
    rowids: Column<i64>,
    found: Vec<(i64, f32)>,
}

impl Collector for EveryMatch {
    type Fruit = Vec<(i64, f32)>;
    type Child = SegmentMatches;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentMatches> {
        Ok(SegmentMatches {
            rowids: reader.fast_fields().i64("rowid")?,
            found: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(i64, f32)>>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.concat())
    }
}

impl SegmentCollector for SegmentMatches {
    type Fruit = Vec<(i64, f32)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(rowid) = self.rowids.first(doc) {
            self.found.push((rowid, score));
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.found
    }
}
