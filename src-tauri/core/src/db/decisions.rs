//! Decisions, their customer impacts and the anecdotes pinned to them as evidence.

use rusqlite::{params, Connection, Row};

use super::{date_text, meetings, parse_date, personas, required, Db};
use crate::model::{
    CustomerImpact, Decision, DecisionStatus, NewDecision, NewImpact, Reversibility,
};
use crate::time::{new_id, now};
use crate::{Error, Result};

const COLUMNS: &str = "id, meeting_id, agenda_item_id, statement, rationale, owner, status, \
                       reversibility, review_on, superseded_by, created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Decision> {
    Ok(Decision {
        id: row.get(0)?,
        meeting_id: row.get(1)?,
        agenda_item_id: row.get(2)?,
        statement: row.get(3)?,
        rationale: row.get(4)?,
        owner: row.get(5)?,
        status: row.get(6)?,
        reversibility: row.get(7)?,
        review_on: parse_date(row.get(8)?)?,
        superseded_by: row.get(9)?,
        impacts: Vec::new(),
        evidence_ids: Vec::new(),
        created_at: row.get(10)?,
        updated_at: row.get(11)?,
    })
}

fn insert_impact(
    conn: &Connection,
    decision_id: &str,
    i: usize,
    impact: &NewImpact,
    at: &str,
) -> Result<()> {
    let field = |name: &str| format!("impacts[{i}].{name}");
    if let Some(m) = impact.magnitude {
        if !(1..=5).contains(&m) {
            return Err(Error::invalid(
                field("magnitude"),
                "must be between 1 and 5",
            ));
        }
    }
    let segment = match (&impact.segment, &impact.persona_id) {
        (Some(s), _) if !s.trim().is_empty() => s.trim().to_owned(),
        (_, Some(p)) => personas::get(conn, p)?.segment,
        _ => String::new(),
    };
    conn.prepare_cached(
        "INSERT INTO customer_impacts (id, decision_id, persona_id, segment, direction, magnitude,
             confidence, reach, what_changes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
    )?
    .execute(params![
        new_id(),
        decision_id,
        impact.persona_id,
        segment,
        impact.direction,
        impact.magnitude,
        impact.confidence,
        impact.reach.as_deref().unwrap_or("").trim(),
        impact.what_changes.trim(),
        at
    ])?;
    Ok(())
}

/// Stores a decision with its impacts and evidence; returns it as stored.
pub(crate) fn insert(conn: &Connection, input: &NewDecision) -> Result<Decision> {
    let statement = required("statement", &input.statement)?;
    meetings::get(conn, &input.meeting_id)?;
    let id = new_id();
    let at = now();
    conn.execute(
        &format!(
            "INSERT INTO decisions ({COLUMNS})
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL, ?10, ?10)"
        ),
        params![
            id,
            input.meeting_id,
            input.agenda_item_id,
            statement,
            input.rationale.as_deref().unwrap_or("").trim(),
            input.owner.as_deref().unwrap_or("").trim(),
            input.status.unwrap_or(DecisionStatus::Proposed),
            input.reversibility.unwrap_or(Reversibility::Unknown),
            date_text(input.review_on),
            at
        ],
    )?;
    for (i, impact) in input.impacts.iter().flatten().enumerate() {
        insert_impact(conn, &id, i, impact, &at)?;
    }
    for anecdote in input.evidence_ids.iter().flatten() {
        conn.execute(
            "INSERT OR IGNORE INTO decision_evidence (decision_id, anecdote_id, created_at)
             VALUES (?1, ?2, ?3)",
            params![id, anecdote, at],
        )?;
    }
    let mut found = load(conn, "id = ?1", &id)?;
    Ok(found.remove(0))
}

/// Decisions matching `filter` (a fixed SQL condition on one bound parameter), oldest first.
fn load(conn: &Connection, filter: &str, value: &str) -> Result<Vec<Decision>> {
    let mut decisions: Vec<Decision> = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM decisions WHERE {filter} ORDER BY created_at, id"
        ))?
        .query_map([value], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let mut impacts = conn.prepare_cached(
        "SELECT id, decision_id, persona_id, segment, direction, magnitude, confidence, reach,
                what_changes
         FROM customer_impacts WHERE decision_id = ?1 ORDER BY created_at, id",
    )?;
    let mut evidence = conn.prepare_cached(
        "SELECT anecdote_id FROM decision_evidence WHERE decision_id = ?1 ORDER BY created_at, anecdote_id",
    )?;
    for d in &mut decisions {
        d.impacts = impacts
            .query_map([&d.id], |r| {
                Ok(CustomerImpact {
                    id: r.get(0)?,
                    decision_id: r.get(1)?,
                    persona_id: r.get(2)?,
                    segment: r.get(3)?,
                    direction: r.get(4)?,
                    magnitude: r.get(5)?,
                    confidence: r.get(6)?,
                    reach: r.get(7)?,
                    what_changes: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        d.evidence_ids = evidence
            .query_map([&d.id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(decisions)
}

pub(crate) fn for_meeting(conn: &Connection, meeting_id: &str) -> Result<Vec<Decision>> {
    load(conn, "meeting_id = ?1", meeting_id)
}

impl Db {
    /// Records a decision in one transaction: the decision, its impacts and its evidence.
    pub fn record_decision(&mut self, input: &NewDecision) -> Result<Decision> {
        self.write(|tx| insert(tx, input))
    }

    pub fn list_decisions(&self, meeting_id: &str) -> Result<Vec<Decision>> {
        for_meeting(self.conn(), meeting_id)
    }
}
