//! The JSON export as records that mirror the tables (field order is key order in the file):
//! read from the workspace for an export, parsed (and checked) from a file for an import.

use std::collections::BTreeSet;

use rusqlite::types::ToSql;
use rusqlite::{Connection, Row};
use serde::{Deserialize, Serialize};

use crate::db::{action_items, anecdotes, decision_log, json_list, parse_date};
use crate::model::{
    ActionItem, Anecdote, AnnotationFlag, Confidence, CustomerReferenceKind, DecisionFilter,
    DecisionStatus, ImpactDirection, MeetingStatus, Person, Reversibility, Role, Stance,
};
use crate::{Error, Result};

/// What a decision-log JSON file says it is; anything else is refused before it is read.
pub const SCHEMA: &str = "empty-chair/decision-log";
/// The version of the file layout this build writes and reads.
pub const SCHEMA_VERSION: u32 = 2;
/// Older layouts this build still reads. Version 1 had no action items: it reads as a file
/// without any.
const READS_VERSIONS: [u32; 2] = [1, 2];

/// The JSON export. Field order is the key order in the file.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LogFile {
    pub schema: String,
    pub version: u32,
    /// The filter the export was made with (informative; an import ignores it).
    pub filter: DecisionFilter,
    pub people: Vec<Person>,
    pub personas: Vec<PersonaRec>,
    pub anecdotes: Vec<Anecdote>,
    pub escalations: Vec<EscalationRec>,
    pub decks: Vec<DeckRec>,
    pub meetings: Vec<MeetingRec>,
    pub decisions: Vec<DecisionRec>,
    /// Since version 2: the action items on those meetings and decisions.
    #[serde(default)]
    pub action_items: Vec<ActionItem>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PersonaRec {
    pub id: String,
    pub name: String,
    pub segment: String,
    pub bio: String,
    pub goals: Vec<String>,
    pub frustrations: Vec<String>,
    pub needs: Vec<String>,
    pub quote: String,
    pub success_measure: String,
    pub archived_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EscalationRec {
    pub id: String,
    pub anecdote_id: String,
    pub owner: String,
    pub note: String,
    pub raised_by: String,
    pub meeting_id: Option<String>,
    pub deadline_hours: u32,
    pub due_at: String,
    pub resolved_at: Option<String>,
    pub resolved_by: Option<String>,
    pub root_cause: String,
    pub fix: String,
    pub reported_in_meeting_id: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeckRec {
    pub id: String,
    pub name: String,
    pub description: String,
    pub builtin: bool,
    pub position: u32,
    pub created_at: String,
    pub updated_at: String,
    pub prompts: Vec<PromptRec>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PromptRec {
    pub id: String,
    pub position: u32,
    pub text: String,
    pub help: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MeetingRec {
    pub id: String,
    pub title: String,
    pub held_on: chrono::NaiveDate,
    pub goal: String,
    pub status: MeetingStatus,
    pub deck_id: Option<String>,
    pub prompt_index: u32,
    pub nudge_minutes: u32,
    pub current_agenda_item_id: Option<String>,
    pub last_customer_reference_at: Option<String>,
    /// Times someone spoke for the customer (absent in logs written before it was counted).
    #[serde(default)]
    pub spoken_for_customer: u32,
    pub started_at: Option<String>,
    pub ended_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// The personas in the chair, in order.
    pub persona_ids: Vec<String>,
    pub attendees: Vec<AttendeeRec>,
    pub agenda: Vec<AgendaRec>,
    pub answers: Vec<AnswerRec>,
    /// Anecdotes opened or pinned in the meeting, the first time.
    pub consulted: Vec<ConsultedRec>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AttendeeRec {
    pub id: String,
    pub name: String,
    pub role: Role,
    pub created_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgendaRec {
    pub id: String,
    pub position: u32,
    pub title: String,
    pub planned_minutes: Option<u32>,
    pub elapsed_ms: i64,
    pub started_at: Option<String>,
    pub running_since: Option<String>,
    pub done_at: Option<String>,
    pub last_customer_reference_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnswerRec {
    pub id: String,
    pub prompt_id: String,
    pub agenda_item_id: Option<String>,
    pub decision_id: Option<String>,
    pub answer: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConsultedRec {
    pub anecdote_id: String,
    pub kind: CustomerReferenceKind,
    pub at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DecisionRec {
    pub id: String,
    pub meeting_id: String,
    pub agenda_item_id: Option<String>,
    pub statement: String,
    pub rationale: String,
    pub options_considered: String,
    pub owner: String,
    pub status: DecisionStatus,
    pub reversibility: Reversibility,
    pub review_on: Option<chrono::NaiveDate>,
    pub superseded_by: Option<String>,
    pub gate_overridden_by: Option<String>,
    pub gate_overridden_at: Option<String>,
    pub reviewed_at: Option<String>,
    pub review_happened: Option<bool>,
    pub review_note: String,
    pub created_at: String,
    pub updated_at: String,
    pub impacts: Vec<ImpactRec>,
    pub evidence: Vec<EvidenceRec>,
    pub annotations: Vec<AnnotationRec>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ImpactRec {
    pub id: String,
    pub persona_id: Option<String>,
    pub segment: String,
    pub direction: ImpactDirection,
    pub magnitude: Option<u8>,
    pub confidence: Option<Confidence>,
    pub reach: String,
    pub what_changes: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EvidenceRec {
    pub anecdote_id: String,
    pub created_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnnotationRec {
    pub id: String,
    pub person_id: Option<String>,
    pub author: String,
    pub role: Role,
    pub stance: Stance,
    pub feeling: Option<u8>,
    pub comment: String,
    pub flags: Vec<AnnotationFlag>,
    pub created_at: String,
    pub updated_at: String,
}

// ---------------------------------------------------------------------------------------------
// Reading the records of an export.

pub(super) fn rows<T>(
    conn: &Connection,
    sql: &str,
    args: &[&dyn ToSql],
    map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    Ok(conn
        .prepare_cached(sql)?
        .query_map(args, map)?
        .collect::<rusqlite::Result<_>>()?)
}

fn meeting_rec(conn: &Connection, id: &str, decisions: &BTreeSet<String>) -> Result<MeetingRec> {
    let mut m = conn
        .prepare_cached(
            "SELECT id, title, held_on, goal, status, deck_id, prompt_index,
                    CASE WHEN nudge_off = 1 THEN 0 ELSE nudge_minutes END,
                current_agenda_item_id, last_customer_reference_at, started_at, ended_at,
                created_at, updated_at, spoken_for_customer
         FROM meetings WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(MeetingRec {
                id: r.get(0)?,
                title: r.get(1)?,
                held_on: parse_date(r.get(2)?)?.unwrap_or_default(),
                goal: r.get(3)?,
                status: r.get(4)?,
                deck_id: r.get(5)?,
                prompt_index: r.get(6)?,
                nudge_minutes: r.get(7)?,
                current_agenda_item_id: r.get(8)?,
                last_customer_reference_at: r.get(9)?,
                spoken_for_customer: r.get(14)?,
                started_at: r.get(10)?,
                ended_at: r.get(11)?,
                created_at: r.get(12)?,
                updated_at: r.get(13)?,
                persona_ids: Vec::new(),
                attendees: Vec::new(),
                agenda: Vec::new(),
                answers: Vec::new(),
                consulted: Vec::new(),
            })
        })?;
    m.persona_ids = rows(
        conn,
        "SELECT persona_id FROM meeting_personas WHERE meeting_id = ?1 ORDER BY position, persona_id",
        &[&id],
        |r| r.get(0),
    )?;
    m.attendees = rows(
        conn,
        "SELECT id, name, role, created_at FROM meeting_attendees WHERE meeting_id = ?1
         ORDER BY position, id",
        &[&id],
        |r| {
            Ok(AttendeeRec {
                id: r.get(0)?,
                name: r.get(1)?,
                role: r.get(2)?,
                created_at: r.get(3)?,
            })
        },
    )?;
    m.agenda = rows(
        conn,
        "SELECT id, position, title, planned_minutes, elapsed_ms, started_at, running_since,
                done_at, last_customer_reference_at, created_at, updated_at
         FROM agenda_items WHERE meeting_id = ?1 ORDER BY position, id",
        &[&id],
        |r| {
            Ok(AgendaRec {
                id: r.get(0)?,
                position: r.get(1)?,
                title: r.get(2)?,
                planned_minutes: r.get(3)?,
                elapsed_ms: r.get(4)?,
                started_at: r.get(5)?,
                running_since: r.get(6)?,
                done_at: r.get(7)?,
                last_customer_reference_at: r.get(8)?,
                created_at: r.get(9)?,
                updated_at: r.get(10)?,
            })
        },
    )?;
    // Answers for a decision left out of the export stay behind with it.
    m.answers = rows(
        conn,
        "SELECT id, prompt_id, agenda_item_id, decision_id, answer, created_at, updated_at
         FROM prompt_answers WHERE meeting_id = ?1 ORDER BY created_at, id",
        &[&id],
        |r| {
            Ok(AnswerRec {
                id: r.get(0)?,
                prompt_id: r.get(1)?,
                agenda_item_id: r.get(2)?,
                decision_id: r.get(3)?,
                answer: r.get(4)?,
                created_at: r.get(5)?,
                updated_at: r.get(6)?,
            })
        },
    )?
    .into_iter()
    .filter(|a: &AnswerRec| a.decision_id.as_ref().is_none_or(|d| decisions.contains(d)))
    .collect();
    m.consulted = rows(
        conn,
        "SELECT anecdote_id, first_kind, first_at FROM meeting_anecdotes WHERE meeting_id = ?1
         ORDER BY first_at, anecdote_id",
        &[&id],
        |r| {
            Ok(ConsultedRec {
                anecdote_id: r.get(0)?,
                kind: r.get(1)?,
                at: r.get(2)?,
            })
        },
    )?;
    Ok(m)
}

fn decision_rec(conn: &Connection, id: &str) -> Result<DecisionRec> {
    let mut d = conn
        .prepare_cached(
            "SELECT id, meeting_id, agenda_item_id, statement, rationale, options_considered,
                    owner, status, reversibility, review_on, superseded_by, gate_overridden_by,
                    gate_overridden_at, reviewed_at, review_happened, review_note, created_at,
                    updated_at
             FROM decisions WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(DecisionRec {
                id: r.get(0)?,
                meeting_id: r.get(1)?,
                agenda_item_id: r.get(2)?,
                statement: r.get(3)?,
                rationale: r.get(4)?,
                options_considered: r.get(5)?,
                owner: r.get(6)?,
                status: r.get(7)?,
                reversibility: r.get(8)?,
                review_on: parse_date(r.get(9)?)?,
                superseded_by: r.get(10)?,
                gate_overridden_by: r.get(11)?,
                gate_overridden_at: r.get(12)?,
                reviewed_at: r.get(13)?,
                review_happened: r.get(14)?,
                review_note: r.get(15)?,
                created_at: r.get(16)?,
                updated_at: r.get(17)?,
                impacts: Vec::new(),
                evidence: Vec::new(),
                annotations: Vec::new(),
            })
        })?;
    d.impacts = rows(
        conn,
        "SELECT id, persona_id, segment, direction, magnitude, confidence, reach, what_changes,
                created_at, updated_at
         FROM customer_impacts WHERE decision_id = ?1 ORDER BY created_at, rowid",
        &[&id],
        |r| {
            Ok(ImpactRec {
                id: r.get(0)?,
                persona_id: r.get(1)?,
                segment: r.get(2)?,
                direction: r.get(3)?,
                magnitude: r.get(4)?,
                confidence: r.get(5)?,
                reach: r.get(6)?,
                what_changes: r.get(7)?,
                created_at: r.get(8)?,
                updated_at: r.get(9)?,
            })
        },
    )?;
    d.evidence = rows(
        conn,
        "SELECT anecdote_id, created_at FROM decision_evidence WHERE decision_id = ?1
         ORDER BY created_at, anecdote_id",
        &[&id],
        |r| {
            Ok(EvidenceRec {
                anecdote_id: r.get(0)?,
                created_at: r.get(1)?,
            })
        },
    )?;
    d.annotations = rows(
        conn,
        "SELECT id, person_id, author, role, stance, feeling, comment, flags, created_at,
                updated_at
         FROM annotations WHERE decision_id = ?1 ORDER BY created_at, id",
        &[&id],
        |r| {
            let flags: Vec<String> = json_list(r.get(7)?)?;
            let flags = flags
                .iter()
                .map(|f| AnnotationFlag::parse("flags", f))
                .collect::<Result<_>>()
                .map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        7,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?;
            Ok(AnnotationRec {
                id: r.get(0)?,
                person_id: r.get(1)?,
                author: r.get(2)?,
                role: r.get(3)?,
                stance: r.get(4)?,
                feeling: r.get(5)?,
                comment: r.get(6)?,
                flags,
                created_at: r.get(8)?,
                updated_at: r.get(9)?,
            })
        },
    )?;
    Ok(d)
}

fn persona_rec(conn: &Connection, id: &str) -> Result<PersonaRec> {
    Ok(conn
        .prepare_cached(
            "SELECT id, name, segment, bio, goals, frustrations, needs, quote, success_measure,
                    archived_at, created_at, updated_at
             FROM personas WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(PersonaRec {
                id: r.get(0)?,
                name: r.get(1)?,
                segment: r.get(2)?,
                bio: r.get(3)?,
                goals: json_list(r.get(4)?)?,
                frustrations: json_list(r.get(5)?)?,
                needs: json_list(r.get(6)?)?,
                quote: r.get(7)?,
                success_measure: r.get(8)?,
                archived_at: r.get(9)?,
                created_at: r.get(10)?,
                updated_at: r.get(11)?,
            })
        })?)
}

fn person_rec(conn: &Connection, id: &str) -> Result<Person> {
    Ok(conn
        .prepare_cached(
            "SELECT id, name, role, archived_at, created_at, updated_at FROM people WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(Person {
                id: r.get(0)?,
                name: r.get(1)?,
                role: r.get(2)?,
                archived_at: r.get(3)?,
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
            })
        })?)
}

fn deck_rec(conn: &Connection, id: &str) -> Result<DeckRec> {
    let mut deck = conn
        .prepare_cached(
            "SELECT id, name, description, builtin, position, created_at, updated_at
             FROM prompt_decks WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(DeckRec {
                id: r.get(0)?,
                name: r.get(1)?,
                description: r.get(2)?,
                builtin: r.get(3)?,
                position: r.get(4)?,
                created_at: r.get(5)?,
                updated_at: r.get(6)?,
                prompts: Vec::new(),
            })
        })?;
    deck.prompts = rows(
        conn,
        "SELECT id, position, text, help, created_at, updated_at FROM prompts WHERE deck_id = ?1
         ORDER BY position, id",
        &[&id],
        |r| {
            Ok(PromptRec {
                id: r.get(0)?,
                position: r.get(1)?,
                text: r.get(2)?,
                help: r.get(3)?,
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
            })
        },
    )?;
    Ok(deck)
}

fn escalation_recs(conn: &Connection, anecdote_id: &str) -> Result<Vec<EscalationRec>> {
    rows(
        conn,
        "SELECT id, anecdote_id, owner, note, raised_by, meeting_id, deadline_hours, due_at,
                resolved_at, resolved_by, root_cause, fix, reported_in_meeting_id, created_at,
                updated_at
         FROM escalations WHERE anecdote_id = ?1 ORDER BY created_at, id",
        &[&anecdote_id],
        |r| {
            Ok(EscalationRec {
                id: r.get(0)?,
                anecdote_id: r.get(1)?,
                owner: r.get(2)?,
                note: r.get(3)?,
                raised_by: r.get(4)?,
                meeting_id: r.get(5)?,
                deadline_hours: r.get(6)?,
                due_at: r.get(7)?,
                resolved_at: r.get(8)?,
                resolved_by: r.get(9)?,
                root_cause: r.get(10)?,
                fix: r.get(11)?,
                reported_in_meeting_id: r.get(12)?,
                created_at: r.get(13)?,
                updated_at: r.get(14)?,
            })
        },
    )
}

/// Everything the JSON export holds for the decisions `filter` takes.
pub(super) fn log_file(
    conn: &Connection,
    filter: &DecisionFilter,
    matches: Option<&decision_log::Matches>,
) -> Result<LogFile> {
    let picked = decision_log::pick(conn, filter, matches)?;
    let decision_ids: BTreeSet<String> = picked.iter().map(|(d, _)| d.clone()).collect();
    let mut meeting_ids: Vec<&str> = Vec::new();
    for (_, m) in &picked {
        if meeting_ids.last() != Some(&m.as_str()) {
            meeting_ids.push(m);
        }
    }
    let meetings = meeting_ids
        .iter()
        .map(|id| meeting_rec(conn, id, &decision_ids))
        .collect::<Result<Vec<_>>>()?;
    let decisions = picked
        .iter()
        .map(|(id, _)| decision_rec(conn, id))
        .collect::<Result<Vec<_>>>()?;

    let mut anecdote_ids = BTreeSet::new();
    let mut persona_ids = BTreeSet::new();
    let mut person_ids = BTreeSet::new();
    let mut deck_ids = BTreeSet::new();
    for m in &meetings {
        anecdote_ids.extend(m.consulted.iter().map(|c| c.anecdote_id.clone()));
        persona_ids.extend(m.persona_ids.iter().cloned());
        deck_ids.extend(m.deck_id.iter().cloned());
        for a in &m.answers {
            let deck: String = conn
                .prepare_cached("SELECT deck_id FROM prompts WHERE id = ?1")?
                .query_row([&a.prompt_id], |r| r.get(0))?;
            deck_ids.insert(deck);
        }
    }
    let mut action_items = Vec::new();
    for m in &meetings {
        for item in action_items::for_meeting(conn, &m.id)? {
            if item
                .decision_id
                .as_ref()
                .is_none_or(|d| decision_ids.contains(d))
            {
                person_ids.extend(item.owner_person_id.iter().cloned());
                action_items.push(item);
            }
        }
    }
    for d in &decisions {
        anecdote_ids.extend(d.evidence.iter().map(|e| e.anecdote_id.clone()));
        persona_ids.extend(d.impacts.iter().filter_map(|i| i.persona_id.clone()));
        person_ids.extend(d.annotations.iter().filter_map(|a| a.person_id.clone()));
    }
    let ids: Vec<String> = anecdote_ids.into_iter().collect();
    let mut found = anecdotes::by_ids(conn, &ids)?;
    found.sort_by(|a, b| a.id.cmp(&b.id));
    for a in &found {
        persona_ids.extend(a.persona_ids.iter().cloned());
    }
    let mut escalations = Vec::new();
    for a in &found {
        escalations.extend(escalation_recs(conn, &a.id)?);
    }
    Ok(LogFile {
        schema: SCHEMA.to_owned(),
        version: SCHEMA_VERSION,
        filter: filter.clone(),
        people: person_ids
            .iter()
            .map(|id| person_rec(conn, id))
            .collect::<Result<_>>()?,
        personas: persona_ids
            .iter()
            .map(|id| persona_rec(conn, id))
            .collect::<Result<_>>()?,
        anecdotes: found,
        escalations,
        decks: deck_ids
            .iter()
            .map(|id| deck_rec(conn, id))
            .collect::<Result<_>>()?,
        meetings,
        decisions,
        action_items,
    })
}

// ---------------------------------------------------------------------------------------------
// Reading a file.

/// Parses a decision-log export, refusing another schema or version before reading the rest
/// and naming the JSON path of a bad field (`decisions[3].status`).
pub(super) fn parse_log_file(text: &str) -> Result<LogFile> {
    #[derive(Deserialize)]
    struct Head {
        schema: Option<serde_json::Value>,
        version: Option<serde_json::Value>,
    }
    let head: Head = serde_json::from_str(text)
        .map_err(|e| Error::invalid("file", format!("is not a JSON object: {e}")))?;
    match head.schema.as_ref().and_then(|s| s.as_str()) {
        Some(SCHEMA) => {}
        Some(other) => {
            return Err(Error::invalid(
                "schema",
                format!("{other:?} is not an Empty Chair decision log (expected {SCHEMA:?})"),
            ))
        }
        None => {
            return Err(Error::invalid(
                "schema",
                format!("missing; an Empty Chair decision log says \"schema\": {SCHEMA:?}"),
            ))
        }
    }
    match head.version.as_ref().and_then(|v| v.as_u64()) {
        Some(v) if READS_VERSIONS.iter().any(|r| u64::from(*r) == v) => {}
        Some(v) => {
            return Err(Error::invalid(
                "version",
                format!(
                    "version {v} is not supported; this version of Empty Chair reads versions \
                     1 to {SCHEMA_VERSION}"
                ),
            ))
        }
        None => return Err(Error::invalid("version", "missing or not a number")),
    }
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        Error::invalid(path, e.into_inner().to_string())
    })
}
