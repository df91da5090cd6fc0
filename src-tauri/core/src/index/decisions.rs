//! The decisions' full-text index: small, in memory, rebuilt from SQLite at open, asked which
//! decisions match a text and how well.

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::indexer::UserOperation;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{
    DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, SegmentOrdinal, SegmentReader,
    TantivyDocument, Term,
};

use super::{analyzer, index_error, tokens, TOKENIZER};
use crate::Result;

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
