//! Opening the anecdote index (rebuilding one of another version or another workspace's), and
//! writing to it: batched upserts and removals, commits that record the data version, rollback.

use std::ops::Bound;
use std::path::{Path, PathBuf};

use tantivy::indexer::UserOperation;
use tantivy::query::RangeQuery;
use tantivy::{Index, IndexWriter, ReloadPolicy, Term};

use super::{
    analyzer, document, index_error, schema, stored_version, Fields, IndexDoc, SearchIndex, BATCH,
    TOKENIZER, VERSION, WRITER_HEAP,
};
use crate::db::lock::retry_while_busy;
use crate::{Error, Result};

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
}
