//! Feeding the decisions' full-text index (`index::DecisionIndex`, in memory) from SQLite:
//! built whole when the workspace opens, then kept up to date from the
//! `decision_search_changes` queue after every write; and asking it which decisions a filter's
//! words match (`text_matches`), for the decision log and the exports.

use std::cell::OnceCell;
use std::collections::HashMap;

use rusqlite::{params, Connection, Row};

use super::{search_index, Db};
use crate::index::{DecisionDoc, DecisionIndex};
use crate::model::DecisionFilter;
use crate::Result;

/// The words of a decision: statement, rationale, options, and each impact's segment, reach and
/// what changes for the customer.
const DOC_SELECT: &str = "SELECT d.rowid,
        d.statement || char(10) || d.rationale || char(10) || d.options_considered || char(10) ||
        COALESCE((SELECT group_concat(i.segment || ' ' || i.reach || ' ' || i.what_changes,
                                      char(10))
                  FROM customer_impacts i WHERE i.decision_id = d.id), '')
    FROM decisions d";

fn doc_from_row(row: &Row<'_>) -> rusqlite::Result<DecisionDoc> {
    Ok(DecisionDoc {
        rowid: row.get(0)?,
        text: row.get(1)?,
    })
}

/// The last queued change and the distinct rowids queued.
fn queued(conn: &Connection) -> Result<(i64, Vec<i64>)> {
    search_index::queue(
        conn,
        "SELECT seq, decision_rowid FROM decision_search_changes ORDER BY seq",
    )
}

impl Db {
    /// Whether the decisions' index holds exactly the decisions SQLite holds, so that what it
    /// finds can be counted without asking SQLite about each one. Every change to a decision or
    /// its impacts is queued in its own transaction, and the queue is emptied only once the
    /// index has applied it: an empty queue means the index is complete, for the `Db` that
    /// writes. A workspace opened read-only built its index when it opened while the app,
    /// writing beside it, empties the queue: it never claims this.
    pub(crate) fn decision_index_current(&self) -> Result<bool> {
        if self.path.is_some() && self._lock.is_none() {
            return Ok(false);
        }
        Ok(self.conn.query_row(
            "SELECT NOT EXISTS (SELECT 1 FROM decision_search_changes)",
            [],
            |r| r.get(0),
        )?)
    }

    /// Applies the queued decision changes to the decisions' index, then forgets them.
    pub(crate) fn sync_decision_index(&mut self) -> Result<()> {
        let (last, rowids) = queued(&self.conn)?;
        if rowids.is_empty() {
            return Ok(());
        }
        {
            let mut stmt = self
                .conn
                .prepare_cached(&format!("{DOC_SELECT} WHERE d.rowid = ?1"))?;
            for rowid in rowids {
                match stmt.query_map([rowid], doc_from_row)?.next().transpose()? {
                    Some(doc) => self.decision_index.upsert(&doc),
                    None => self.decision_index.remove(rowid),
                }
            }
        }
        self.decision_index.commit()?;
        self.conn.execute(
            "DELETE FROM decision_search_changes WHERE seq <= ?1",
            params![last],
        )?;
        Ok(())
    }

    /// Builds the decisions' index from every decision; with `forget_queue`, empties the queue
    /// it covers (not on a workspace opened read-only).
    pub(crate) fn rebuild_decision_index(&mut self, forget_queue: bool) -> Result<()> {
        let (last, _) = queued(&self.conn)?;
        self.decision_index.clear()?;
        {
            let mut stmt = self.conn.prepare(DOC_SELECT)?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                self.decision_index.upsert(&doc_from_row(row)?);
            }
        }
        self.decision_index.commit()?;
        if forget_queue {
            self.conn.execute(
                "DELETE FROM decision_search_changes WHERE seq <= ?1",
                params![last],
            )?;
        }
        Ok(())
    }
}

/// The decisions whose words match `filter.query` (see `Matches`); `None` when the filter has
/// no words to look for.
pub(crate) fn text_matches(
    index: &DecisionIndex,
    filter: &DecisionFilter,
) -> Result<Option<Matches>> {
    let Some(query) = filter.query.as_deref() else {
        return Ok(None);
    };
    Ok(index.matching(query)?.map(|found| Matches {
        found,
        scores: OnceCell::new(),
    }))
}

/// The decisions a text query found: their rowids and scores.
pub(crate) struct Matches {
    found: Vec<(i64, f32)>,
    /// The scores by rowid, made when first asked for.
    scores: OnceCell<HashMap<i64, f32>>,
}

impl Matches {
    /// The rowids found with their scores, in no particular order.
    pub(crate) fn found(&self) -> &[(i64, f32)] {
        &self.found
    }

    /// The score of the decision `rowid` (0 if the words did not find it).
    pub(crate) fn score(&self, rowid: i64) -> f32 {
        let scores = self
            .scores
            .get_or_init(|| self.found.iter().copied().collect());
        scores.get(&rowid).copied().unwrap_or(0.0)
    }

    /// The rowids found as a JSON list, for SQL's `json_each`.
    pub(crate) fn json(&self) -> String {
        serde_json::to_string(&self.found.iter().map(|(r, _)| *r).collect::<Vec<_>>())
            .expect("numbers serialize")
    }
}
