//! Imports into the workspace: writing many anecdotes in one transaction, the column mapping
//! chosen for each header layout, and which rows of a file the workspace already holds.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::NaiveDate;
use rusqlite::{Connection, Transaction};

use super::{anecdotes, settings, Db};
use crate::db::NewAnecdote;
use crate::import::ColumnMapping;
use crate::index::SearchIndex;
use crate::time::now;
use crate::{Error, Result};

fn mapping_key(layout_key: &str) -> String {
    format!("import_mapping:{layout_key}")
}

/// What an import wrote.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportOutcome {
    pub inserted: u64,
    /// Rows already in the workspace, left out.
    pub duplicates: u64,
    /// Their row numbers in the file (the first few).
    pub duplicate_rows: Vec<u64>,
}

/// Pages SQLite may keep in memory during an import, in KiB: the tables' and indexes' pages
/// stay cached for the whole transaction instead of spilling to the WAL and being read back.
const IMPORT_CACHE_KIB: i64 = 128 * 1024;
/// The triggers that queue each new anecdote (and persona link) for the search index, one
/// statement each. An import drops them for its duration and queues its rows in one statement.
const QUEUE_TRIGGERS: [&str; 2] = ["anecdotes_search_insert", "anecdote_personas_search_insert"];

fn anecdotes_exist(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM anecdotes)", [], |r| r.get(0))?)
}

/// Schema objects an import drops inside its transaction and creates again, from their own
/// stored SQL, before it commits: a failed or cancelled import rolls the drop back with the
/// rest, so they are always there outside the import.
struct Deferred {
    create: Vec<String>,
}

impl Deferred {
    /// Drops the search-queue triggers, and when `empty`, the anecdotes' lookup indexes (not
    /// unique ones: those keep refusing as rows come).
    fn drop(tx: &Transaction<'_>, empty: bool) -> Result<Deferred> {
        let mut names: Vec<(String, String, String)> = Vec::new();
        for name in QUEUE_TRIGGERS {
            names.push(tx.query_row(
                "SELECT type, name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
                [name],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?);
        }
        if empty {
            let mut stmt = tx.prepare(
                "SELECT type, name, sql FROM sqlite_master WHERE type = 'index'
                 AND tbl_name = 'anecdotes' AND sql IS NOT NULL AND sql NOT LIKE '%UNIQUE%'",
            )?;
            let indexes = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            for index in indexes {
                names.push(index?);
            }
        }
        let mut create = Vec::with_capacity(names.len());
        for (kind, name, sql) in names {
            // `kind` and `name` come from sqlite_master; quoted all the same.
            tx.execute_batch(&format!("DROP {kind} \"{}\"", name.replace('"', "\"\"")))?;
            create.push(sql);
        }
        Ok(Deferred { create })
    }

    /// Queues every anecdote after `last_rowid` for the search index (what the triggers would
    /// have done row by row), then creates what was dropped.
    fn restore(self, tx: &Transaction<'_>, last_rowid: i64) -> Result<()> {
        tx.execute(
            "INSERT INTO search_changes (anecdote_rowid)
             SELECT rowid FROM anecdotes WHERE rowid > ?1 ORDER BY rowid",
            [last_rowid],
        )?;
        for sql in &self.create {
            tx.execute_batch(sql)?;
        }
        Ok(())
    }
}

/// Inserts `rows` but those already seen (in `rows`, or in the workspace when `probe`), queuing
/// each for the search index, which indexes on its own thread while SQLite keeps inserting.
fn insert_rows(
    tx: &Transaction<'_>,
    index: &mut SearchIndex,
    rows: &[(u64, NewAnecdote)],
    probe: bool,
    progress: &mut dyn FnMut(u64, u64),
    cancel: &AtomicBool,
) -> Result<ImportOutcome> {
    let total = rows.len() as u64;
    let at = now();
    let mut seen_refs: HashSet<&str> = HashSet::new();
    let mut seen_texts: HashSet<(&str, Option<NaiveDate>)> = HashSet::new();
    let mut outcome = ImportOutcome::default();
    for (i, (row, input)) in rows.iter().enumerate() {
        if i % 1024 == 0 {
            if cancel.load(Ordering::Relaxed) {
                return Err(Error::Cancelled);
            }
            progress(i as u64, total);
        }
        let source = input
            .source_ref
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let repeated = source.is_some_and(|s| !seen_refs.insert(s))
            | !seen_texts.insert((input.text.trim(), input.said_on));
        if repeated || (probe && anecdotes::is_duplicate(tx, input)?) {
            outcome.duplicates += 1;
            if outcome.duplicate_rows.len() < 10 {
                outcome.duplicate_rows.push(*row);
            }
            continue;
        }
        let (_, rowid) = anecdotes::insert_at(tx, input, &at).map_err(|e| match e {
            Error::Invalid { field, message } => {
                Error::invalid(format!("row {row}, {field}"), message)
            }
            other => other,
        })?;
        // New rowids, none of them in the index (`remove_above`): added, not upserted.
        index.add(&input.index_doc(rowid))?;
        outcome.inserted += 1;
    }
    Ok(outcome)
}

impl Db {
    /// Adds many anecdotes at once (an import): one transaction, all or nothing. Anecdotes
    /// already in the workspace are left out and counted. `rows` pairs each anecdote with its
    /// row number in the source file. `progress(done, total)` is called now and then; setting
    /// `cancel` stops the import and leaves the workspace as it was.
    pub fn import_anecdotes(
        &mut self,
        rows: &[(u64, NewAnecdote)],
        progress: &mut dyn FnMut(u64, u64),
        cancel: &AtomicBool,
    ) -> Result<ImportOutcome> {
        let cache: i64 = self.conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        self.conn
            .pragma_update(None, "cache_size", -IMPORT_CACHE_KIB)?;
        let imported = self.import_in_transaction(rows, progress, cancel);
        // Back to the usual cache, which frees the pages the import kept.
        self.conn.pragma_update(None, "cache_size", cache)?;
        let (outcome, last_seq) = imported?;
        progress(rows.len() as u64, rows.len() as u64);
        // Durable in SQLite; now in the index. A crash before this line leaves the queue,
        // applied at the next start.
        self.index
            .commit(&super::search_index::data_version(&self.conn)?)?;
        self.conn
            .execute("DELETE FROM search_changes WHERE seq <= ?1", [last_seq])?;
        Ok(outcome)
    }

    /// The import's transaction, committed; returns what it wrote and the last change it
    /// queued for the search index. On error nothing is written, in SQLite or the index.
    fn import_in_transaction(
        &mut self,
        rows: &[(u64, NewAnecdote)],
        progress: &mut dyn FnMut(u64, u64),
        cancel: &AtomicBool,
    ) -> Result<(ImportOutcome, i64)> {
        let tx = self.conn.transaction()?;
        let committed = (|| {
            // Repeats within `rows` are caught in memory; the workspace is only probed when it
            // had anecdotes to begin with. Into an empty workspace, its lookup indexes are
            // built once at the end, from sorted keys, rather than grown row by row.
            let last_rowid: i64 =
                tx.query_row("SELECT COALESCE(MAX(rowid), 0) FROM anecdotes", [], |r| {
                    r.get(0)
                })?;
            let empty = !anecdotes_exist(&tx)?;
            let deferred = Deferred::drop(&tx, empty)?;
            self.index.remove_above(last_rowid)?;
            let outcome = insert_rows(&tx, &mut self.index, rows, !empty, progress, cancel)?;
            deferred.restore(&tx, last_rowid)?;
            let last_seq: i64 = tx.query_row(
                "SELECT COALESCE(MAX(seq), 0) FROM search_changes",
                [],
                |r| r.get(0),
            )?;
            if cancel.load(Ordering::Relaxed) {
                return Err(Error::Cancelled);
            }
            Ok((outcome, last_seq))
        })()
        .and_then(|done| Ok(tx.commit().map(|()| done)?));
        if committed.is_err() {
            // The transaction rolled back on drop; forget what was queued in the index.
            self.index.rollback()?;
        }
        committed
    }

    /// The mapping last used for files with this header layout.
    pub fn remembered_mapping(&self, layout_key: &str) -> Result<Option<ColumnMapping>> {
        let stored = settings::get(self.conn(), &mapping_key(layout_key))?;
        // A mapping stored by an older version that no longer parses is simply forgotten.
        Ok(stored.and_then(|json| serde_json::from_str(&json).ok()))
    }

    pub fn remember_mapping(&mut self, layout_key: &str, mapping: &ColumnMapping) -> Result<()> {
        let json = serde_json::to_string(mapping)?;
        self.write(|tx| settings::set(tx, &mapping_key(layout_key), &json))
    }

    /// How many of `rows` the workspace already holds, and the first few of their row numbers.
    /// Setting `cancel` stops the count (checked every 1024 rows).
    pub fn count_existing(
        &self,
        rows: &[(u64, NewAnecdote)],
        cancel: &AtomicBool,
    ) -> Result<(u64, Vec<u64>)> {
        let mut count = 0;
        let mut examples = Vec::new();
        for (i, (row, anecdote)) in rows.iter().enumerate() {
            if i % 1024 == 0 && cancel.load(Ordering::Relaxed) {
                return Err(Error::Cancelled);
            }
            if anecdotes::is_duplicate(self.conn(), anecdote)? {
                count += 1;
                if examples.len() < 10 {
                    examples.push(*row);
                }
            }
        }
        Ok((count, examples))
    }
}
