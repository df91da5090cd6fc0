//! Anecdotes (WOCAS) and their full-text index.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, params_from_iter, Connection, Row};

use super::{date_text, json_list, parse_date, required, to_json, Db};
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
    let text = required("text", &input.text)?;
    if !(1..=5).contains(&input.severity) {
        return Err(Error::invalid("severity", "must be between 1 and 5"));
    }
    if input.customer_count == 0 {
        return Err(Error::invalid("customerCount", "must be at least 1"));
    }
    let id = new_id();
    let at = now();
    conn.prepare_cached(
        "INSERT INTO anecdotes (id, text, said_on, channel, product_area, segment, sentiment,
             severity, customer_count, tags, source_ref, provenance, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
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
        at
    ])?;
    let mut link = conn.prepare_cached(
        "INSERT INTO anecdote_personas (anecdote_id, persona_id) VALUES (?1, ?2)",
    )?;
    for persona in &input.persona_ids {
        link.execute([&id, persona])?;
    }
    Ok(id)
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

/// A full-text candidate: the anecdote and its BM25 rank (lower is better, as SQLite gives it).
pub(crate) struct FtsCandidate {
    pub anecdote: Anecdote,
    pub bm25: f64,
    pub persona_linked: bool,
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

    /// Anecdotes matching an FTS5 expression, best BM25 first, at most `limit`.
    /// `fts_query` must be built by `search::fts_expression` (terms quoted); it is bound, never
    /// spliced into SQL.
    pub(crate) fn fts_candidates(
        &self,
        fts_query: &str,
        persona_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<FtsCandidate>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS}, bm25(anecdotes_fts, 1.0, 0.5, 0.5) AS rank,
                    EXISTS (SELECT 1 FROM anecdote_personas p
                            WHERE p.anecdote_id = a.id AND p.persona_id = ?2) AS linked
             FROM anecdotes_fts JOIN anecdotes a ON a.rowid = anecdotes_fts.rowid
             WHERE anecdotes_fts MATCH ?1
             ORDER BY rank LIMIT ?3"
        ))?;
        let rows = stmt.query_map(params![fts_query, persona_id, limit], |r| {
            Ok(FtsCandidate {
                anecdote: from_row(r)?,
                bm25: r.get(14)?,
                persona_linked: r.get(15)?,
            })
        })?;
        let mut found: Vec<FtsCandidate> = rows.collect::<rusqlite::Result<_>>()?;
        let mut anecdotes: Vec<Anecdote> = found.iter().map(|c| c.anecdote.clone()).collect();
        attach_personas(self.conn(), &mut anecdotes)?;
        for (c, a) in found.iter_mut().zip(anecdotes) {
            c.anecdote = a;
        }
        Ok(found)
    }

    /// With nothing typed: the persona's own anecdotes first, then the most severe and most
    /// often reported, newest first.
    pub fn strongest_anecdotes(
        &self,
        persona_id: Option<&str>,
        limit: u32,
    ) -> Result<Vec<Anecdote>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM anecdotes a
             ORDER BY EXISTS (SELECT 1 FROM anecdote_personas p
                              WHERE p.anecdote_id = a.id AND p.persona_id = ?1) DESC,
                      a.severity DESC, a.customer_count DESC, a.said_on DESC
             LIMIT ?2"
        ))?;
        let mut found: Vec<Anecdote> = stmt
            .query_map(params![persona_id, limit], from_row)?
            .collect::<rusqlite::Result<_>>()?;
        attach_personas(self.conn(), &mut found)?;
        Ok(found)
    }
}
