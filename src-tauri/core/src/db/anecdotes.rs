//! Anecdotes (WOCAS) and their full-text index: one at a time as the user writes, edits,
//! deletes and undeletes them (many at a time: `imports.rs`), and the values the library's
//! filters can take (facets).
//!
//! The search index follows every write here without being told: triggers on `anecdotes` and
//! `anecdote_personas` queue the changed rowids, and `Db::write` applies the queue on commit.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};

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

pub(super) const COLUMNS: &str =
    "a.id, a.text, a.said_on, a.channel, a.product_area, a.segment, a.sentiment, \
                       a.severity, a.customer_count, a.tags, a.source_ref, a.provenance, \
                       a.created_at, a.updated_at";

pub(super) fn from_row(row: &Row<'_>) -> rusqlite::Result<Anecdote> {
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

pub(super) fn text_hash(text: &str) -> i64 {
    xxhash_rust::xxh3::xxh3_64(text.as_bytes()) as i64
}

/// Stores one anecdote stamped `at`; returns its id and rowid.
pub(super) fn insert_at(conn: &Connection, input: &NewAnecdote, at: &str) -> Result<(String, i64)> {
    check(input)?;
    let id = new_id();
    let rowid = insert_row(conn, &id, input, at, at)?;
    Ok((id, rowid))
}

/// Refuses an anecdote the table would not hold, naming the field as the UI calls it.
pub(super) fn check(input: &NewAnecdote) -> Result<()> {
    if input.text.trim().is_empty() {
        return Err(Error::invalid("text", "must not be empty"));
    }
    if !(1..=5).contains(&input.severity) {
        return Err(Error::invalid("severity", "must be between 1 and 5"));
    }
    if input.customer_count == 0 {
        return Err(Error::invalid("customerCount", "must be at least 1"));
    }
    Ok(())
}

/// Inserts a `check`ed anecdote under `id` with its persona links; returns its rowid.
pub(super) fn insert_row(
    conn: &Connection,
    id: &str,
    input: &NewAnecdote,
    created_at: &str,
    updated_at: &str,
) -> Result<i64> {
    const INSERT: &str = "INSERT INTO anecdotes (id, text, said_on, channel, product_area,
             segment, sentiment, severity, customer_count, tags, source_ref, provenance,
             text_hash, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
    write_row(conn, INSERT, id, input, [created_at, updated_at])?;
    let rowid = conn.last_insert_rowid();
    link_personas(conn, id, &input.persona_ids)?;
    Ok(rowid)
}

/// Runs `sql` (an insert or an update) with the anecdote's columns bound in the table's order:
/// ?1 the id, ?2-?12 the fields, ?13 the text's hash, ?14-?15 the timestamps.
fn write_row(
    conn: &Connection,
    sql: &str,
    id: &str,
    input: &NewAnecdote,
    [created_at, updated_at]: [&str; 2],
) -> Result<()> {
    let text = input.text.trim();
    conn.prepare_cached(sql)?.execute(params![
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
        created_at,
        updated_at
    ])?;
    Ok(())
}

pub(super) fn link_personas(
    conn: &Connection,
    anecdote_id: &str,
    persona_ids: &[String],
) -> Result<()> {
    if !persona_ids.is_empty() {
        let mut link = conn.prepare_cached(
            "INSERT INTO anecdote_personas (anecdote_id, persona_id) VALUES (?1, ?2)",
        )?;
        for persona in persona_ids {
            link.execute([anecdote_id, persona])?;
        }
    }
    Ok(())
}

/// The anecdotes with these ids (in no particular order), asked in chunks so any number of ids
/// stays under SQLite's limit on bound parameters.
pub(crate) fn by_ids(conn: &Connection, ids: &[String]) -> Result<Vec<Anecdote>> {
    let mut found = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let marks = vec!["?"; chunk.len()].join(",");
        let mut part: Vec<Anecdote> = conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM anecdotes a WHERE a.id IN ({marks})"
            ))?
            .query_map(params_from_iter(chunk), from_row)?
            .collect::<rusqlite::Result<_>>()?;
        attach_personas(conn, &mut part)?;
        found.append(&mut part);
    }
    Ok(found)
}

/// The anecdote the workspace holds under another id that `a` (from another workspace) is the
/// same as, by the rule every import uses: the same source reference, or the same text said on
/// the same date.
pub(crate) fn duplicate_of(conn: &Connection, a: &Anecdote) -> Result<Option<String>> {
    if let Some(source) = a.source_ref.as_deref().filter(|s| !s.trim().is_empty()) {
        let found: Option<String> = conn
            .prepare_cached(
                "SELECT id FROM anecdotes WHERE source_ref = ?1 AND id <> ?2
                 ORDER BY rowid LIMIT 1",
            )?
            .query_row([source, &a.id], |r| r.get(0))
            .optional()?;
        if found.is_some() {
            return Ok(found);
        }
    }
    let text = a.text.trim();
    Ok(conn
        .prepare_cached(
            "SELECT id FROM anecdotes
             WHERE text_hash = ?1 AND text = ?2 AND said_on IS ?3 AND id <> ?4
             ORDER BY rowid LIMIT 1",
        )?
        .query_row(
            params![text_hash(text), text, date_text(a.said_on), a.id],
            |r| r.get(0),
        )
        .optional()?)
}

/// Stores an anecdote exactly as another workspace had it (a decision-log import): its id,
/// fields, persona links and timestamps. A new one goes through the same checked insert as
/// every anecdote; with `replace`, the stored one's fields and links are replaced. Either way
/// the search-queue triggers see the change. The caller has checked the personas exist.
pub(crate) fn store_exact(conn: &Connection, a: &Anecdote, replace: bool) -> Result<()> {
    let input = NewAnecdote::from(a);
    check(&input)?;
    if !replace {
        insert_row(conn, &a.id, &input, &a.created_at, &a.updated_at)?;
        return Ok(());
    }
    const UPDATE: &str = "UPDATE anecdotes SET text = ?2, said_on = ?3, channel = ?4,
             product_area = ?5, segment = ?6, sentiment = ?7, severity = ?8,
             customer_count = ?9, tags = ?10, source_ref = ?11, provenance = ?12,
             text_hash = ?13, created_at = ?14, updated_at = ?15
         WHERE id = ?1";
    write_row(conn, UPDATE, &a.id, &input, [&a.created_at, &a.updated_at])?;
    conn.execute(
        "DELETE FROM anecdote_personas WHERE anecdote_id = ?1",
        [&a.id],
    )?;
    link_personas(conn, &a.id, &input.persona_ids)?;
    Ok(())
}

/// Whether the workspace already holds this anecdote: the same source reference, or the same
/// text said on the same date.
pub(crate) fn is_duplicate(conn: &Connection, input: &NewAnecdote) -> Result<bool> {
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

/// A stored anecdote as one to store again (a merge, an undo): every field as it was.
impl From<&Anecdote> for NewAnecdote {
    fn from(a: &Anecdote) -> NewAnecdote {
        NewAnecdote {
            text: a.text.clone(),
            said_on: a.said_on,
            channel: a.channel.clone(),
            product_area: a.product_area.clone(),
            segment: a.segment.clone(),
            sentiment: a.sentiment,
            severity: a.severity,
            customer_count: a.customer_count,
            tags: a.tags.clone(),
            source_ref: a.source_ref.clone(),
            provenance: a.provenance,
            persona_ids: a.persona_ids.clone(),
        }
    }
}

impl NewAnecdote {
    /// The search index's document of this anecdote stored under `rowid`.
    pub fn index_doc(&self, rowid: i64) -> IndexDoc {
        IndexDoc {
            rowid,
            text: self.text.trim().to_owned(),
            product_area: self.product_area.clone(),
            tags: self.tags.clone(),
            channel: self.channel.clone(),
            segment: self.segment.clone(),
            sentiment: self.sentiment.as_str().to_owned(),
            severity: self.severity,
            customer_count: self.customer_count,
            said_on: self
                .said_on
                .map(|d| d.signed_duration_since(NaiveDate::default()).num_days()),
            persona_ids: self.persona_ids.clone(),
        }
    }
}

/// Fills `persona_ids` of each anecdote.
pub(super) fn attach_personas(conn: &Connection, anecdotes: &mut [Anecdote]) -> Result<()> {
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
}
