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
//!
//! This module owns the anecdote index's schema, analyzer and state; `store` opens and writes
//! it, `query` searches it, and `decisions` is the small in-memory index of decisions.

use std::path::{Path, PathBuf};

use tantivy::indexer::UserOperation;
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};
use tantivy::{Index, IndexReader, IndexWriter, TantivyDocument};

use crate::{Error, Result};

mod decisions;
mod query;
mod store;

pub use decisions::{DecisionDoc, DecisionIndex};
pub use query::{IndexFilters, IndexHit, IndexOrder, IndexQuery};

/// Changes when the schema or the analyzer changes: an index of another version is rebuilt.
const VERSION: &str = "empty-chair-search-3";
const TOKENIZER: &str = "chair";
const WRITER_HEAP: usize = 64 * 1024 * 1024;
/// Operations handed to the writer at once.
const BATCH: usize = 512;

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
