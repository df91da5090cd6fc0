//! Anecdotes (WOCAS) and their full-text index.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, params_from_iter, Connection, Row};

use std::sync::atomic::{AtomicBool, Ordering};

use super::{date_text, json_list, parse_date, to_json, Db};
use crate::index::IndexDoc;
use crate::model::{Anecdote, Provenance, Sentiment};
use crate::time::{new_id, now};
use crate::{Error, Result};

/// An anecdote to store; the importer and the sample workspace build these.
#[derive(Debug, Clone)]
pub struct NewAnecdote {
    pub text: String,
    pub said_on: Option<NaiveDate>,
    pub channel: String,
    pub product_area: String,
    pub segment: String,
    pub sentiment: Sentiment,
    pub severity: u8,
    pub customer_count: u32,
    pub tags: Vec<String>,
    pub source_ref: Option<String>,
    pub provenance: Provenance,
    pub persona_ids: Vec<String>,
}

const COLUMNS: &str =
    "a.id, a.text, a.said_on, a.channel, a.product_area, a.segment, a.sentiment, \
                       a.severity, a.customer_count, a.tags, a.source_ref, a.provenance, \
                       a.created_at, a.updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Anecdote> {
    Ok(Anecdote {
        id: row.get(0)?,
        text: row.get(1)?,
        said_on: parse_date(row.get(2)?)?,
        channel: row.get(3)?,
        product_area: row.get(4)?,
        segment: row.get(5)?,
        sentiment: row.get(6)?,
        severity: row.get(7)?,
        customer_count: row.get(8)?,
        tags: json_list(row.get(9)?)?,
        source_ref: row.get(10)?,
        provenance: row.get(11)?,
        persona_ids: Vec::new(),
        created_at: row.get(12)?,
        updated_at: row.get(13)?,
    })
}

pub(crate) fn insert(conn: &Connection, input: &NewAnecdote) -> Result<String> {
    Ok(insert_at(conn, input, &now())?.0)
}

fn text_hash(text: &str) -> i64 {
    xxhash_rust::xxh3::xxh3_64(text.as_bytes()) as i64
}

/// Stores one anecdote stamped `at`; returns its id and rowid.
fn insert_at(conn: &Connection, input: &NewAnecdote, at: &str) -> Result<(String, i64)> {
    let text = input.text.trim();
    if text.is_empty() {
        return Err(Error::invalid("text", "must not be empty"));
    }
    if !(1..=5).contains(&input.severity) {
        return Err(Error::invalid("severity", "must be between 1 and 5"));
    }
    if input.customer_count == 0 {
        return Err(Error::invalid("customerCount", "must be at least 1"));
    }
    let id = new_id();
    conn.prepare_cached(
        "INSERT INTO anecdotes (id, text, said_on, channel, product_area, segment, sentiment,
             severity, customer_count, tags, source_ref, provenance, text_hash, created_at,
             updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
    )?
    .execute(params![
        id,
        text,
        date_text(input.said_on),
        input.channel,
        input.product_area,
        input.segment,
        input.sentiment,
        input.severity,
        input.customer_count,
        to_json(&input.tags),
        input.source_ref,
        input.provenance,
        text_hash(text),
        at
    ])?;
    let rowid = conn.last_insert_rowid();
    if !input.persona_ids.is_empty() {
        let mut link = conn.prepare_cached(
            "INSERT INTO anecdote_personas (anecdote_id, persona_id) VALUES (?1, ?2)",
        )?;
        for persona in &input.persona_ids {
            link.execute([&id, persona])?;
        }
    }
    Ok((id, rowid))
}

/// Whether the workspace already holds this anecdote: the same source reference, or the same
/// text said on the same date.
fn is_duplicate(conn: &Connection, input: &NewAnecdote) -> Result<bool> {
    if let Some(source) = input.source_ref.as_deref().filter(|s| !s.trim().is_empty()) {
        let found: bool = conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM anecdotes WHERE source_ref = ?1)")?
            .query_row([source], |r| r.get(0))?;
        if found {
            return Ok(true);
        }
    }
    let text = input.text.trim();
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM anecdotes
                            WHERE text_hash = ?1 AND text = ?2 AND said_on IS ?3)",
        )?
        .query_row(
            params![text_hash(text), text, date_text(input.said_on)],
            |r| r.get(0),
        )?)
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

fn index_doc(rowid: i64, input: &NewAnecdote) -> IndexDoc {
    IndexDoc {
        rowid,
        text: input.text.trim().to_owned(),
        product_area: input.product_area.clone(),
        tags: input.tags.clone(),
        channel: input.channel.clone(),
        segment: input.segment.clone(),
        sentiment: input.sentiment.as_str().to_owned(),
        severity: input.severity,
        customer_count: input.customer_count,
        said_on: input
            .said_on
            .map(|d| d.signed_duration_since(NaiveDate::default()).num_days()),
        persona_ids: input.persona_ids.clone(),
    }
}

/// Fills `persona_ids` of each anecdote.
fn attach_personas(conn: &Connection, anecdotes: &mut [Anecdote]) -> Result<()> {
    if anecdotes.is_empty() {
        return Ok(());
    }
    let marks = vec!["?"; anecdotes.len()].join(",");
    let mut stmt = conn.prepare(&format!(
        "SELECT anecdote_id, persona_id FROM anecdote_personas WHERE anecdote_id IN ({marks})
         ORDER BY persona_id"
    ))?;
    let mut links: HashMap<String, Vec<String>> = HashMap::new();
    let rows = stmt.query_map(params_from_iter(anecdotes.iter().map(|a| &a.id)), |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (anecdote, persona) = row?;
        links.entry(anecdote).or_default().push(persona);
    }
    for a in anecdotes {
        a.persona_ids = links.remove(&a.id).unwrap_or_default();
    }
    Ok(())
}

impl Db {
    pub fn get_anecdotes(&self, ids: &[String]) -> Result<Vec<Anecdote>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let marks = vec!["?"; ids.len()].join(",");
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {COLUMNS} FROM anecdotes a WHERE a.id IN ({marks})"
        ))?;
        let mut found: Vec<Anecdote> = stmt
            .query_map(params_from_iter(ids), from_row)?
            .collect::<rusqlite::Result<_>>()?;
        attach_personas(self.conn(), &mut found)?;
        Ok(found)
    }

    /// The anecdotes with these rowids, in the order given; rowids no longer stored are left out.
    pub(crate) fn anecdotes_by_rowid(&self, rowids: &[i64]) -> Result<Vec<Anecdote>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM anecdotes a WHERE a.rowid = ?1"
        ))?;
        let mut found = Vec::with_capacity(rowids.len());
        for rowid in rowids {
            if let Some(a) = stmt.query_map([rowid], from_row)?.next() {
                found.push(a?);
            }
        }
        attach_personas(self.conn(), &mut found)?;
        Ok(found)
    }

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
        let total = rows.len() as u64;
        let at = now();
        let mut outcome = ImportOutcome::default();
        let tx = self.conn.transaction()?;
        let written: Result<()> = (|| {
            for (i, (row, input)) in rows.iter().enumerate() {
                if i % 1024 == 0 {
                    if cancel.load(Ordering::Relaxed) {
                        return Err(Error::Cancelled);
                    }
                    progress(i as u64, total);
                }
                if is_duplicate(&tx, input)? {
                    outcome.duplicates += 1;
                    if outcome.duplicate_rows.len() < 10 {
                        outcome.duplicate_rows.push(*row);
                    }
                    continue;
                }
                let (_, rowid) = insert_at(&tx, input, &at).map_err(|e| match e {
                    Error::Invalid { field, message } => {
                        Error::invalid(format!("row {row}, {field}"), message)
                    }
                    other => other,
                })?;
                // Indexed on tantivy's own thread while SQLite keeps inserting.
                self.index.upsert(&index_doc(rowid, input))?;
                outcome.inserted += 1;
            }
            Ok(())
        })();
        let last_seq: i64 = tx.query_row(
            "SELECT COALESCE(MAX(seq), 0) FROM search_changes",
            [],
            |r| r.get(0),
        )?;
        let committed = written.and_then(|()| {
            if cancel.load(Ordering::Relaxed) {
                return Err(Error::Cancelled);
            }
            Ok(tx.commit()?)
        });
        if let Err(e) = committed {
            // The transaction rolled back on drop; forget what was queued in the index.
            self.index.rollback()?;
            return Err(e);
        }
        progress(total, total);
        // Durable in SQLite; now in the index. A crash before this line leaves the queue,
        // applied at the next start.
        self.index.commit()?;
        self.conn
            .execute("DELETE FROM search_changes WHERE seq <= ?1", [last_seq])?;
        Ok(outcome)
    }
}
