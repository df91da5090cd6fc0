//! Feeding the search index from SQLite: applying the `search_changes` queue, and rebuilding
//! the whole index when it is missing or out of step.

use rusqlite::{params, Connection, Row};

use super::Db;
use crate::index::IndexDoc;
use crate::Result;

/// A queue longer than this is applied by rebuilding: one streaming pass beats point lookups.
const REBUILD_ABOVE: usize = 20_000;

const DOC_SELECT: &str = "SELECT a.rowid, a.text, a.product_area, a.tags, a.channel, a.segment,
        a.sentiment, a.severity, a.customer_count,
        CAST(julianday(a.said_on) - 2440587.5 AS INTEGER),
        (SELECT group_concat(p.persona_id, ' ') FROM anecdote_personas p
         WHERE p.anecdote_id = a.id)
    FROM anecdotes a";

fn doc_from_row(row: &Row<'_>) -> rusqlite::Result<IndexDoc> {
    let tags: String = row.get(3)?;
    let personas: Option<String> = row.get(10)?;
    Ok(IndexDoc {
        rowid: row.get(0)?,
        text: row.get(1)?,
        product_area: row.get(2)?,
        tags: serde_json::from_str(&tags).unwrap_or_default(),
        channel: row.get(4)?,
        segment: row.get(5)?,
        sentiment: row.get(6)?,
        severity: row.get(7)?,
        customer_count: row.get(8)?,
        said_on: row.get(9)?,
        persona_ids: personas
            .map(|p| p.split(' ').map(str::to_owned).collect())
            .unwrap_or_default(),
    })
}

fn queued(conn: &Connection) -> Result<(i64, Vec<i64>)> {
    queue(
        conn,
        "SELECT seq, anecdote_rowid FROM search_changes ORDER BY seq",
    )
}

/// The last change a search queue holds and the distinct rowids queued; `select` reads the
/// queue's `seq` and rowid columns in order. Shared with the decisions' queue.
pub(crate) fn queue(conn: &Connection, select: &str) -> Result<(i64, Vec<i64>)> {
    let mut stmt = conn.prepare_cached(select)?;
    let mut last = 0;
    let mut rowids = Vec::new();
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
    for row in rows {
        let (seq, rowid) = row?;
        last = seq;
        rowids.push(rowid);
    }
    rowids.sort_unstable();
    rowids.dedup();
    Ok((last, rowids))
}

/// The version of the anecdotes the index follows: the highest change sequence ever queued
/// (SQLite's AUTOINCREMENT counter, which only grows) and the latest anecdote stamp. Another
/// database file, even with as many anecdotes, has another one.
pub(crate) fn data_version(conn: &Connection) -> Result<String> {
    Ok(conn.query_row(
        "SELECT (SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence
                 WHERE name = 'search_changes')
             || '/' || (SELECT COALESCE(MAX(updated_at), '') FROM anecdotes)",
        [],
        |r| r.get(0),
    )?)
}

impl Db {
    pub(crate) fn anecdote_count(&self) -> Result<u64> {
        let n: i64 = self
            .conn()
            .query_row("SELECT COUNT(*) FROM anecdotes", [], |r| r.get(0))?;
        Ok(n as u64)
    }

    /// Applies the queued anecdote changes to the index, then forgets them.
    pub fn sync_index(&mut self) -> Result<()> {
        let (last, rowids) = queued(&self.conn)?;
        if rowids.is_empty() {
            return Ok(());
        }
        if rowids.len() > REBUILD_ABOVE {
            return self.rebuild_index();
        }
        {
            let mut stmt = self
                .conn
                .prepare_cached(&format!("{DOC_SELECT} WHERE a.rowid = ?1"))?;
            for rowid in rowids {
                let doc = stmt.query_map([rowid], doc_from_row)?.next().transpose()?;
                match doc {
                    Some(doc) => self.index.upsert(&doc)?,
                    None => self.index.remove(rowid),
                }
            }
        }
        self.index.commit(&data_version(&self.conn)?)?;
        self.conn
            .execute("DELETE FROM search_changes WHERE seq <= ?1", params![last])?;
        Ok(())
    }

    /// Rebuilds the index from every anecdote, then empties the queue.
    pub fn rebuild_index(&mut self) -> Result<()> {
        let (last, _) = queued(&self.conn)?;
        self.index.clear()?;
        {
            let mut stmt = self.conn.prepare(DOC_SELECT)?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                self.index.add(&doc_from_row(row)?)?;
            }
        }
        self.index.commit(&data_version(&self.conn)?)?;
        self.conn
            .execute("DELETE FROM search_changes WHERE seq <= ?1", params![last])?;
        Ok(())
    }

    /// Whether the index holds another version of the anecdotes than the database (after the
    /// queue is applied): then it is rebuilt.
    pub(crate) fn index_is_stale(&self) -> Result<bool> {
        Ok(self.index.data_version() != data_version(&self.conn)?
            || self.index.num_docs() != self.anecdote_count()?)
    }

    pub(crate) fn index(&self) -> &crate::index::SearchIndex {
        &self.index
    }
}
