//! Decisions, their customer impacts and the anecdotes pinned to them as evidence, and the
//! review after their review date. Recording, changing and accepting one in a meeting (the
//! one-way-door gate) is the meeting service's: `crate::meeting::decide`.

use chrono::NaiveDate;
use rusqlite::{params, Connection};

use super::record::{self, table_record, Record};
use super::trash::Trash;
use super::{agenda, annotations, date_text, meetings, personas, required, Db};
use crate::model::{
    CustomerImpact, Decision, DecisionInput, DecisionStatus, Deleted, NewDecision, NewImpact,
    Reversibility, ReviewInput,
};
use crate::time::{new_id, now};
use crate::{Error, Result};

table_record! {
    "decisions" => Decision {
        id, meeting_id, agenda_item_id, statement, rationale, options_considered, owner, status,
        reversibility, review_on as Date, superseded_by, gate_overridden_by, gate_overridden_at,
        reviewed_at, review_happened, review_note, created_at, updated_at,
    }
    children { impacts, evidence_ids, annotations }
}

table_record! {
    "customer_impacts" => CustomerImpact {
        id, decision_id, persona_id, segment, direction, magnitude, confidence, reach,
        what_changes,
    }
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

/// Replaces the decision's impacts and evidence with `input`'s.
fn write_children(conn: &Connection, id: &str, input: &DecisionInput, at: &str) -> Result<()> {
    conn.execute("DELETE FROM customer_impacts WHERE decision_id = ?1", [id])?;
    conn.execute("DELETE FROM decision_evidence WHERE decision_id = ?1", [id])?;
    for (i, impact) in input.impacts.iter().flatten().enumerate() {
        insert_impact(conn, id, i, impact, at)?;
    }
    let mut exists =
        conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM anecdotes WHERE id = ?1)")?;
    for (i, anecdote) in input.evidence_ids.iter().flatten().enumerate() {
        if !exists.query_row([anecdote], |r| r.get::<_, bool>(0))? {
            return Err(Error::invalid(
                format!("evidenceIds[{i}]"),
                format!("anecdote {anecdote} was not found"),
            ));
        }
        conn.execute(
            "INSERT OR IGNORE INTO decision_evidence (decision_id, anecdote_id, created_at)
             VALUES (?1, ?2, ?3)",
            params![id, anecdote, at],
        )?;
    }
    Ok(())
}

/// Checks the fields that refer elsewhere: the agenda item is the meeting's, and a superseded
/// decision names an existing other decision (and only a superseded one does).
fn check_links(
    conn: &Connection,
    meeting_id: &str,
    id: &str,
    input: &DecisionInput,
    status: DecisionStatus,
) -> Result<()> {
    if let Some(item) = &input.agenda_item_id {
        agenda::check_item(conn, meeting_id, item)?;
    }
    match (status, input.superseded_by.as_deref()) {
        (DecisionStatus::Superseded, None) => Err(Error::invalid(
            "supersededBy",
            "a superseded decision must name the decision that replaces it",
        )),
        (DecisionStatus::Superseded, Some(other)) => {
            if other == id {
                return Err(Error::invalid(
                    "supersededBy",
                    "a decision cannot supersede itself",
                ));
            }
            get(conn, other).map_err(|_| {
                Error::invalid("supersededBy", format!("decision {other} was not found"))
            })?;
            Ok(())
        }
        (_, Some(_)) => Err(Error::invalid(
            "supersededBy",
            "only a superseded decision names the decision that replaces it",
        )),
        (_, None) => Ok(()),
    }
}

pub(crate) fn as_input(input: &NewDecision) -> DecisionInput {
    DecisionInput {
        agenda_item_id: input.agenda_item_id.clone(),
        statement: input.statement.clone(),
        rationale: input.rationale.clone(),
        options_considered: input.options_considered.clone(),
        owner: input.owner.clone(),
        status: input.status,
        reversibility: input.reversibility,
        review_on: input.review_on,
        superseded_by: input.superseded_by.clone(),
        impacts: input.impacts.clone(),
        evidence_ids: input.evidence_ids.clone(),
    }
}

/// Stores a decision with its impacts and evidence; returns it as stored. No gate: the caller
/// decides (the sample loads decisions as they were taken).
pub(crate) fn insert(conn: &Connection, new: &NewDecision) -> Result<Decision> {
    let input = as_input(new);
    let statement = required("statement", &input.statement)?;
    meetings::get(conn, &new.meeting_id)?;
    let id = new_id();
    let status = input.status.unwrap_or(DecisionStatus::Proposed);
    check_links(conn, &new.meeting_id, &id, &input, status)?;
    let at = now();
    let trimmed = |text: &Option<String>| text.as_deref().unwrap_or("").trim().to_owned();
    record::insert(
        conn,
        &Decision {
            id: id.clone(),
            meeting_id: new.meeting_id.clone(),
            agenda_item_id: input.agenda_item_id.clone(),
            statement,
            rationale: trimmed(&input.rationale),
            options_considered: trimmed(&input.options_considered),
            owner: trimmed(&input.owner),
            status,
            reversibility: input.reversibility.unwrap_or(Reversibility::Unknown),
            review_on: input.review_on,
            superseded_by: input.superseded_by.clone(),
            impacts: Vec::new(),
            evidence_ids: Vec::new(),
            annotations: Vec::new(),
            gate_overridden_by: None,
            gate_overridden_at: None,
            reviewed_at: None,
            review_happened: None,
            review_note: String::new(),
            created_at: at.clone(),
            updated_at: at.clone(),
        },
    )?;
    write_children(conn, &id, &input, &at)?;
    get(conn, &id)
}

pub(crate) fn get(conn: &Connection, id: &str) -> Result<Decision> {
    load(conn, "id = ?1", id)?
        .pop()
        .ok_or_else(|| Error::not_found("decision", id))
}

/// Decisions matching `filter` (a fixed SQL condition on one bound parameter), oldest first.
fn load(conn: &Connection, filter: &str, value: &str) -> Result<Vec<Decision>> {
    let mut decisions: Vec<Decision> = record::load_where(
        conn,
        &format!("WHERE {filter} ORDER BY created_at, id"),
        &[&value],
    )?;
    let mut impacts = conn.prepare_cached(&record::select_sql::<CustomerImpact>(
        "WHERE decision_id = ?1 ORDER BY created_at, rowid",
    ))?;
    let mut evidence = conn.prepare_cached(
        "SELECT anecdote_id FROM decision_evidence WHERE decision_id = ?1 ORDER BY created_at, anecdote_id",
    )?;
    for d in &mut decisions {
        d.impacts = impacts
            .query_map([&d.id], CustomerImpact::from_row)?
            .collect::<rusqlite::Result<_>>()?;
        d.evidence_ids = evidence
            .query_map([&d.id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        d.annotations = annotations::for_decision(conn, &d.id)?;
    }
    Ok(decisions)
}

pub(crate) fn for_meeting(conn: &Connection, meeting_id: &str) -> Result<Vec<Decision>> {
    load(conn, "meeting_id = ?1", meeting_id)
}

/// Prompts that have an answer in the meeting (for any decision or none).
pub(crate) fn answered_prompt_ids(conn: &Connection, meeting_id: &str) -> Result<Vec<String>> {
    Ok(conn
        .prepare_cached("SELECT DISTINCT prompt_id FROM prompt_answers WHERE meeting_id = ?1")?
        .query_map([meeting_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Replaces the fields, impacts and evidence of decision `before` with `input`, at `at`;
/// returns the status written. Leaving accepted forgets a gate override; becoming accepted is
/// the caller's to gate (`crate::meeting::decide`).
pub(crate) fn update(
    conn: &Connection,
    before: &Decision,
    input: &DecisionInput,
    at: &str,
) -> Result<DecisionStatus> {
    let id = before.id.as_str();
    let statement = required("statement", &input.statement)?;
    let status = input.status.unwrap_or(DecisionStatus::Proposed);
    check_links(conn, &before.meeting_id, id, input, status)?;
    conn.execute(
        "UPDATE decisions SET agenda_item_id = ?2, statement = ?3, rationale = ?4,
             options_considered = ?5, owner = ?6, status = ?7, reversibility = ?8,
             review_on = ?9, superseded_by = ?10, updated_at = ?11,
             gate_overridden_by = CASE WHEN ?7 = 'accepted' THEN gate_overridden_by END,
             gate_overridden_at = CASE WHEN ?7 = 'accepted' THEN gate_overridden_at END
         WHERE id = ?1",
        params![
            id,
            input.agenda_item_id,
            statement,
            input.rationale.as_deref().unwrap_or("").trim(),
            input.options_considered.as_deref().unwrap_or("").trim(),
            input.owner.as_deref().unwrap_or("").trim(),
            status,
            input.reversibility.unwrap_or(Reversibility::Unknown),
            date_text(input.review_on),
            input.superseded_by,
            at
        ],
    )?;
    write_children(conn, id, input, at)?;
    Ok(status)
}

/// An accepted decision replaces no other: it no longer names one.
pub(crate) fn clear_superseded(conn: &Connection, id: &str) -> Result<()> {
    conn.execute(
        "UPDATE decisions SET superseded_by = NULL WHERE id = ?1",
        [id],
    )?;
    Ok(())
}

pub(crate) fn set_accepted(
    conn: &Connection,
    id: &str,
    override_by: Option<&str>,
    at: &str,
) -> Result<()> {
    conn.execute(
        "UPDATE decisions SET status = 'accepted', updated_at = ?2, gate_overridden_by = ?3,
             gate_overridden_at = CASE WHEN ?3 IS NULL THEN NULL ELSE ?2 END
         WHERE id = ?1",
        params![id, at, override_by],
    )?;
    Ok(())
}

impl Db {
    pub fn list_decisions(&self, meeting_id: &str) -> Result<Vec<Decision>> {
        for_meeting(self.conn(), meeting_id)
    }

    pub fn get_decision(&self, id: &str) -> Result<Decision> {
        get(self.conn(), id)
    }

    /// Deletes a decision with its impacts, evidence, reactions and answers. A snapshot of the
    /// workspace is taken first (a workspace with a file); `undo_delete` with the token
    /// returned puts it all back, and makes the decisions it replaced point at it again.
    pub fn delete_decision(&mut self, id: &str) -> Result<Deleted> {
        let decision = get(self.conn(), id)?;
        let backup = self.snapshot_before_delete()?;
        let trash = self.write(|tx| {
            let trash = Trash::of_decision(tx, id)?;
            tx.execute("DELETE FROM decisions WHERE id = ?1", [id])?;
            Ok(trash)
        })?;
        Ok(self.keep_trash(trash, "decision", decision.statement, 1, backup))
    }

    /// Accepted decisions whose review date is `today` or earlier and that have not been
    /// reviewed, the longest overdue first.
    pub fn decisions_due_for_review(&self, today: NaiveDate) -> Result<Vec<Decision>> {
        let mut due = load(
            self.conn(),
            "status = 'accepted' AND reviewed_at IS NULL AND review_on IS NOT NULL
             AND review_on <= ?1",
            &today.format("%Y-%m-%d").to_string(),
        )?;
        due.sort_by_key(|d| d.review_on);
        Ok(due)
    }

    /// Records the look back at a decision: whether what it intended happened, and a note.
    pub fn record_review(&mut self, input: &ReviewInput) -> Result<Decision> {
        self.write(|tx| {
            get(tx, &input.decision_id)?;
            let at = now();
            tx.execute(
                "UPDATE decisions SET reviewed_at = ?2, review_happened = ?3, review_note = ?4,
                     updated_at = ?2
                 WHERE id = ?1",
                params![input.decision_id, at, input.happened, input.note.trim()],
            )?;
            get(tx, &input.decision_id)
        })
    }
}
