//! The decision log leaving the workspace (every export format goes through
//! `export_decision_log`) and coming back: the JSON export holds everything needed to rebuild
//! the log in another workspace, and `import_json` merges such a file by stable ids.
//!
//! The JSON file mirrors the tables: every record keeps its id and timestamps, so importing a
//! file twice changes nothing and an export of an imported log is byte-equal to the file.
//! Merging compares `updatedAt`: a record the workspace lacks is added, one the file has in a
//! newer version is updated, one the workspace has in a newer version is kept. Parts without
//! their own timestamp (a meeting's attendees and personas, a decision's impacts and evidence)
//! follow their parent. Nothing is ever deleted by an import.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use rusqlite::types::ToSql;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::{anecdotes, date_text, decision_log, json_list, parse_date, to_json, Db};
use crate::export::{self, LogDoc};
use crate::model::{
    Anecdote, AnnotationFlag, Confidence, CustomerReferenceKind, DecisionFilter, DecisionStatus,
    ExportFormat, ExportReport, ImpactDirection, MeetingStatus, MergeAction, MergeChange,
    MergeReport, Person, Reversibility, Role, Stance,
};
use crate::{Error, Result};

/// What a decision-log JSON file says it is; anything else is refused before it is read.
pub const SCHEMA: &str = "empty-chair/decision-log";
/// The version of the file layout this build writes and reads.
pub const SCHEMA_VERSION: u32 = 1;

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

fn rows<T>(
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
            "SELECT id, title, held_on, goal, status, deck_id, prompt_index, nudge_minutes,
                current_agenda_item_id, last_customer_reference_at, started_at, ended_at,
                created_at, updated_at
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
pub(crate) fn log_file(conn: &Connection, filter: &DecisionFilter) -> Result<LogFile> {
    let picked = decision_log::pick(conn, filter)?;
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
    })
}

// ---------------------------------------------------------------------------------------------
// Reading a file.

/// Parses a decision-log export, refusing another schema or version before reading the rest
/// and naming the JSON path of a bad field (`decisions[3].status`).
pub fn parse_log_file(text: &str) -> Result<LogFile> {
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
        Some(v) if v == u64::from(SCHEMA_VERSION) => {}
        Some(v) => {
            return Err(Error::invalid(
                "version",
                format!(
                    "version {v} is not supported; this version of Empty Chair reads version \
                     {SCHEMA_VERSION}"
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

// ---------------------------------------------------------------------------------------------
// Merging.

/// What to do with one record of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Add,
    Update,
    Unchanged,
    KeptNewer,
}

impl Verdict {
    fn writes(self) -> bool {
        matches!(self, Verdict::Add | Verdict::Update)
    }
}

struct Merge<'c> {
    conn: &'c Connection,
    report: MergeReport,
    /// People of the file that the workspace already has under another id (same name): their
    /// annotations are signed by the workspace's person.
    same_person: HashMap<String, String>,
    /// Built-in decks (and their prompts) of the file that the workspace has under its own
    /// ids: the file's meetings and answers use the workspace's.
    same_deck: HashMap<String, String>,
    same_prompt: HashMap<String, String>,
}

/// A label short enough for the merge report.
fn label(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(80) {
        Some((cut, _)) => format!("{}\u{2026}", &line[..cut]),
        None => line,
    }
}

/// Refuses a timestamp that is not RFC 3339, naming its place in the file.
fn check_stamp(path: &str, stamp: &str) -> Result<()> {
    chrono::DateTime::parse_from_rfc3339(stamp)
        .map(|_| ())
        .map_err(|_| Error::invalid(path, format!("{stamp:?} is not an RFC 3339 timestamp")))
}

/// A database refusal (a CHECK, a missing parent) while writing one record, named by its path.
fn at(path: &str) -> impl Fn(Error) -> Error + '_ {
    move |e| match e {
        Error::Db(inner) => Error::invalid(path, format!("refused by the workspace: {inner}")),
        other => other,
    }
}

impl Merge<'_> {
    /// Compares the file's record with the workspace's by id and `updatedAt`, and counts it.
    fn judge(
        &mut self,
        kind: &str,
        table: &str,
        path: &str,
        id: &str,
        updated_at: &str,
        label_text: &str,
    ) -> Result<Verdict> {
        if id.trim().is_empty() {
            return Err(Error::invalid(format!("{path}.id"), "must not be empty"));
        }
        check_stamp(&format!("{path}.updatedAt"), updated_at)?;
        let stored: Option<String> = self
            .conn
            .prepare_cached(&format!("SELECT updated_at FROM {table} WHERE id = ?1"))?
            .query_row([id], |r| r.get(0))
            .optional()?;
        let verdict = match stored {
            None => Verdict::Add,
            Some(s) if s.as_str() < updated_at => Verdict::Update,
            Some(s) if s == updated_at => Verdict::Unchanged,
            Some(_) => Verdict::KeptNewer,
        };
        let action = match verdict {
            Verdict::Add => {
                self.report.added += 1;
                Some(MergeAction::Added)
            }
            Verdict::Update => {
                self.report.updated += 1;
                Some(MergeAction::Updated)
            }
            Verdict::Unchanged => {
                self.report.unchanged += 1;
                None
            }
            Verdict::KeptNewer => {
                self.report.kept_newer += 1;
                Some(MergeAction::KeptNewer)
            }
        };
        if let Some(action) = action {
            self.report.changes.push(MergeChange {
                kind: kind.to_owned(),
                id: id.to_owned(),
                label: label(label_text),
                action,
            });
        }
        Ok(verdict)
    }

    fn exists(&self, table: &str, id: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"
            ))?
            .query_row([id], |r| r.get(0))?)
    }

    /// Fails unless `id` is in `table` (the workspace, or written from the file before).
    fn require(&self, table: &str, what: &str, path: &str, id: &str) -> Result<()> {
        if self.exists(table, id)? {
            Ok(())
        } else {
            Err(Error::invalid(
                path,
                format!("{what} {id} is neither in the file nor in the workspace"),
            ))
        }
    }

    /// Inserts or replaces (in place: no delete, so nothing cascades) one row by id.
    fn upsert(&self, table: &str, cols: &[&str], values: &[&dyn ToSql]) -> Result<()> {
        let names = cols.join(", ");
        let marks = (1..=cols.len())
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sets = cols[1..]
            .iter()
            .map(|c| format!("{c} = excluded.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        self.conn
            .prepare_cached(&format!(
                "INSERT INTO {table} ({names}) VALUES ({marks})
                 ON CONFLICT (id) DO UPDATE SET {sets}"
            ))?
            .execute(values)?;
        Ok(())
    }

    /// The active person of the workspace with `p`'s name under another id, when `p` is
    /// active and not in the workspace: two active people cannot share a name, and two laptops
    /// that each added "Sam" mean the same Sam.
    fn namesake(&self, p: &Person) -> Result<Option<String>> {
        if p.archived_at.is_some() || self.exists("people", &p.id)? {
            return Ok(None);
        }
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM people
                 WHERE archived_at IS NULL AND lower(trim(name)) = lower(trim(?1))",
                [&p.name],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn people(&mut self, file: &LogFile) -> Result<()> {
        for (i, p) in file.people.iter().enumerate() {
            let path = format!("people[{i}]");
            if let Some(existing) = self.namesake(p)? {
                self.report.unchanged += 1;
                self.same_person.insert(p.id.clone(), existing);
                continue;
            }
            let verdict = self.judge("person", "people", &path, &p.id, &p.updated_at, &p.name)?;
            if verdict.writes() {
                self.upsert(
                    "people",
                    &[
                        "id",
                        "name",
                        "role",
                        "archived_at",
                        "created_at",
                        "updated_at",
                    ],
                    params![
                        p.id,
                        p.name,
                        p.role,
                        p.archived_at,
                        p.created_at,
                        p.updated_at
                    ],
                )
                .map_err(at(&path))?;
            }
        }
        Ok(())
    }

    fn personas(&mut self, file: &LogFile) -> Result<()> {
        for (i, p) in file.personas.iter().enumerate() {
            let path = format!("personas[{i}]");
            let verdict =
                self.judge("persona", "personas", &path, &p.id, &p.updated_at, &p.name)?;
            if verdict.writes() {
                self.upsert(
                    "personas",
                    &[
                        "id",
                        "name",
                        "segment",
                        "bio",
                        "goals",
                        "frustrations",
                        "needs",
                        "quote",
                        "success_measure",
                        "archived_at",
                        "created_at",
                        "updated_at",
                    ],
                    params![
                        p.id,
                        p.name,
                        p.segment,
                        p.bio,
                        to_json(&p.goals),
                        to_json(&p.frustrations),
                        to_json(&p.needs),
                        p.quote,
                        p.success_measure,
                        p.archived_at,
                        p.created_at,
                        p.updated_at
                    ],
                )
                .map_err(at(&path))?;
            }
        }
        Ok(())
    }

    /// A built-in deck comes with every workspace under an id of its own. The file's copy of a
    /// built-in deck takes the place of the workspace's same-named one while nothing uses that
    /// yet, so an empty workspace does not end up with the deck twice.
    fn adopt_builtin(&self, deck: &DeckRec) -> Result<()> {
        let unused: Option<String> = self
            .conn
            .query_row(
                "SELECT id FROM prompt_decks d
                 WHERE builtin = 1 AND name = ?1
                   AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.deck_id = d.id)
                   AND NOT EXISTS (SELECT 1 FROM prompt_answers a JOIN prompts p
                                   ON p.id = a.prompt_id WHERE p.deck_id = d.id)
                 ORDER BY position LIMIT 1",
                [&deck.name],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = unused {
            self.conn
                .execute("DELETE FROM prompt_decks WHERE id = ?1", [id])?;
        }
        Ok(())
    }

    /// The workspace's built-in deck that `deck` is a copy of (same name, same prompts in the
    /// same order) with its prompt ids by position, for a built-in deck the workspace lacks by
    /// id: every workspace has the built-in decks under ids of its own.
    fn same_builtin(&self, deck: &DeckRec) -> Result<Option<(String, Vec<String>)>> {
        if !deck.builtin || self.exists("prompt_decks", &deck.id)? {
            return Ok(None);
        }
        let candidates: Vec<String> = rows(
            self.conn,
            "SELECT id FROM prompt_decks WHERE builtin = 1 AND name = ?1 ORDER BY position, id",
            &[&deck.name],
            |r| r.get(0),
        )?;
        for id in candidates {
            let prompts: Vec<(String, String)> = rows(
                self.conn,
                "SELECT id, text FROM prompts WHERE deck_id = ?1 ORDER BY position",
                &[&id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let same = prompts.len() == deck.prompts.len()
                && prompts
                    .iter()
                    .zip(&deck.prompts)
                    .all(|((_, t), p)| *t == p.text);
            if same {
                return Ok(Some((id, prompts.into_iter().map(|(id, _)| id).collect())));
            }
        }
        Ok(None)
    }

    fn decks(&mut self, file: &LogFile) -> Result<()> {
        for (i, d) in file.decks.iter().enumerate() {
            let path = format!("decks[{i}]");
            if d.builtin && !self.exists("prompt_decks", &d.id)? {
                // Unused here: the file's copy takes its place (ids and all). Used: the file's
                // meetings and answers are pointed at the workspace's copy instead.
                self.adopt_builtin(d)?;
                if let Some((own, prompts)) = self.same_builtin(d)? {
                    self.report.unchanged += 1 + d.prompts.len() as u32;
                    self.same_deck.insert(d.id.clone(), own);
                    for (p, own) in d.prompts.iter().zip(prompts) {
                        self.same_prompt.insert(p.id.clone(), own);
                    }
                    continue;
                }
            }
            let verdict =
                self.judge("deck", "prompt_decks", &path, &d.id, &d.updated_at, &d.name)?;
            if verdict.writes() {
                self.upsert(
                    "prompt_decks",
                    &[
                        "id",
                        "name",
                        "description",
                        "builtin",
                        "position",
                        "created_at",
                        "updated_at",
                    ],
                    params![
                        d.id,
                        d.name,
                        d.description,
                        d.builtin,
                        d.position,
                        d.created_at,
                        d.updated_at
                    ],
                )
                .map_err(at(&path))?;
            }
            for (j, p) in d.prompts.iter().enumerate() {
                let path = format!("{path}.prompts[{j}]");
                let verdict =
                    self.judge("prompt", "prompts", &path, &p.id, &p.updated_at, &p.text)?;
                if verdict.writes() {
                    self.upsert(
                        "prompts",
                        &[
                            "id",
                            "deck_id",
                            "position",
                            "text",
                            "help",
                            "created_at",
                            "updated_at",
                        ],
                        params![
                            p.id,
                            d.id,
                            p.position,
                            p.text,
                            p.help,
                            p.created_at,
                            p.updated_at
                        ],
                    )
                    .map_err(at(&path))?;
                }
            }
        }
        Ok(())
    }

    /// Anecdotes go through the anecdotes' own insert path, which checks them and feeds the
    /// search index's queue.
    fn anecdotes(&mut self, file: &LogFile) -> Result<()> {
        for (i, a) in file.anecdotes.iter().enumerate() {
            let path = format!("anecdotes[{i}]");
            check_stamp(&format!("{path}.createdAt"), &a.created_at)?;
            let verdict = self.judge(
                "anecdote",
                "anecdotes",
                &path,
                &a.id,
                &a.updated_at,
                &a.text,
            )?;
            if verdict.writes() {
                for (j, p) in a.persona_ids.iter().enumerate() {
                    self.require("personas", "persona", &format!("{path}.personaIds[{j}]"), p)?;
                }
                anecdotes::store_exact(self.conn, a, verdict == Verdict::Update).map_err(|e| {
                    match e {
                        Error::Invalid { field, message } => {
                            Error::invalid(format!("{path}.{field}"), message)
                        }
                        other => at(&path)(other),
                    }
                })?;
            }
        }
        Ok(())
    }

    fn meetings(&mut self, file: &LogFile) -> Result<()> {
        for (i, m) in file.meetings.iter().enumerate() {
            let path = format!("meetings[{i}]");
            check_stamp(&format!("{path}.createdAt"), &m.created_at)?;
            let verdict =
                self.judge("meeting", "meetings", &path, &m.id, &m.updated_at, &m.title)?;
            if verdict.writes() {
                let deck_id = m
                    .deck_id
                    .as_ref()
                    .map(|d| self.same_deck.get(d).unwrap_or(d).clone());
                if let Some(deck) = &deck_id {
                    self.require(
                        "prompt_decks",
                        "prompt deck",
                        &format!("{path}.deckId"),
                        deck,
                    )?;
                }
                self.upsert(
                    "meetings",
                    &[
                        "id",
                        "title",
                        "held_on",
                        "goal",
                        "status",
                        "deck_id",
                        "prompt_index",
                        "nudge_minutes",
                        "current_agenda_item_id",
                        "last_customer_reference_at",
                        "started_at",
                        "ended_at",
                        "created_at",
                        "updated_at",
                    ],
                    params![
                        m.id,
                        m.title,
                        date_text(Some(m.held_on)),
                        m.goal,
                        m.status,
                        deck_id,
                        m.prompt_index,
                        m.nudge_minutes,
                        m.current_agenda_item_id,
                        m.last_customer_reference_at,
                        m.started_at,
                        m.ended_at,
                        m.created_at,
                        m.updated_at
                    ],
                )
                .map_err(at(&path))?;
                self.conn.execute(
                    "DELETE FROM meeting_personas WHERE meeting_id = ?1",
                    [&m.id],
                )?;
                for (j, p) in m.persona_ids.iter().enumerate() {
                    let ppath = format!("{path}.personaIds[{j}]");
                    self.require("personas", "persona", &ppath, p)?;
                    self.conn
                        .execute(
                            "INSERT OR IGNORE INTO meeting_personas (meeting_id, persona_id, position)
                             VALUES (?1, ?2, ?3)",
                            params![m.id, p, j as u32],
                        )
                        .map_err(|e| at(&ppath)(e.into()))?;
                }
                self.conn.execute(
                    "DELETE FROM meeting_attendees WHERE meeting_id = ?1",
                    [&m.id],
                )?;
                for (j, a) in m.attendees.iter().enumerate() {
                    let apath = format!("{path}.attendees[{j}]");
                    self.conn
                        .execute(
                            "INSERT INTO meeting_attendees (id, meeting_id, position, name, role,
                                 created_at)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                            params![a.id, m.id, j as u32, a.name, a.role, a.created_at],
                        )
                        .map_err(|e| at(&apath)(e.into()))?;
                }
            }
            for (j, a) in m.agenda.iter().enumerate() {
                let apath = format!("{path}.agenda[{j}]");
                let verdict = self.judge(
                    "agenda item",
                    "agenda_items",
                    &apath,
                    &a.id,
                    &a.updated_at,
                    &a.title,
                )?;
                if verdict.writes() {
                    self.upsert(
                        "agenda_items",
                        &[
                            "id",
                            "meeting_id",
                            "position",
                            "title",
                            "planned_minutes",
                            "elapsed_ms",
                            "started_at",
                            "running_since",
                            "done_at",
                            "last_customer_reference_at",
                            "created_at",
                            "updated_at",
                        ],
                        params![
                            a.id,
                            m.id,
                            a.position,
                            a.title,
                            a.planned_minutes,
                            a.elapsed_ms,
                            a.started_at,
                            a.running_since,
                            a.done_at,
                            a.last_customer_reference_at,
                            a.created_at,
                            a.updated_at
                        ],
                    )
                    .map_err(at(&apath))?;
                }
            }
            if let Some(item) = &m.current_agenda_item_id {
                self.require(
                    "agenda_items",
                    "agenda item",
                    &format!("{path}.currentAgendaItemId"),
                    item,
                )?;
            }
        }
        Ok(())
    }

    fn decisions(&mut self, file: &LogFile) -> Result<()> {
        let mut written = Vec::new();
        for (i, d) in file.decisions.iter().enumerate() {
            let path = format!("decisions[{i}]");
            check_stamp(&format!("{path}.createdAt"), &d.created_at)?;
            let verdict = self.judge(
                "decision",
                "decisions",
                &path,
                &d.id,
                &d.updated_at,
                &d.statement,
            )?;
            if verdict.writes() {
                self.require(
                    "meetings",
                    "meeting",
                    &format!("{path}.meetingId"),
                    &d.meeting_id,
                )?;
                if let Some(item) = &d.agenda_item_id {
                    self.require(
                        "agenda_items",
                        "agenda item",
                        &format!("{path}.agendaItemId"),
                        item,
                    )?;
                }
                self.upsert(
                    "decisions",
                    &[
                        "id",
                        "meeting_id",
                        "agenda_item_id",
                        "statement",
                        "rationale",
                        "options_considered",
                        "owner",
                        "status",
                        "reversibility",
                        "review_on",
                        "superseded_by",
                        "gate_overridden_by",
                        "gate_overridden_at",
                        "reviewed_at",
                        "review_happened",
                        "review_note",
                        "created_at",
                        "updated_at",
                    ],
                    params![
                        d.id,
                        d.meeting_id,
                        d.agenda_item_id,
                        d.statement,
                        d.rationale,
                        d.options_considered,
                        d.owner,
                        d.status,
                        d.reversibility,
                        date_text(d.review_on),
                        d.superseded_by,
                        d.gate_overridden_by,
                        d.gate_overridden_at,
                        d.reviewed_at,
                        d.review_happened,
                        d.review_note,
                        d.created_at,
                        d.updated_at
                    ],
                )
                .map_err(at(&path))?;
                self.decision_children(&path, d)?;
                written.push(d);
            }
        }
        // Second pass, once every decision is in: a decision may be superseded by one later in
        // the file, or by one a filtered export left out. That one is not made up: the written
        // decision then names none.
        for d in written {
            if let Some(by) = &d.superseded_by {
                if !self.exists("decisions", by)? {
                    self.conn.execute(
                        "UPDATE decisions SET superseded_by = NULL WHERE id = ?1",
                        [&d.id],
                    )?;
                }
            }
        }
        Ok(())
    }

    /// Replaces a written decision's impacts and evidence with the file's.
    fn decision_children(&mut self, path: &str, d: &DecisionRec) -> Result<()> {
        self.conn.execute(
            "DELETE FROM customer_impacts WHERE decision_id = ?1",
            [&d.id],
        )?;
        self.conn.execute(
            "DELETE FROM decision_evidence WHERE decision_id = ?1",
            [&d.id],
        )?;
        for (j, im) in d.impacts.iter().enumerate() {
            let ipath = format!("{path}.impacts[{j}]");
            if let Some(p) = &im.persona_id {
                self.require("personas", "persona", &format!("{ipath}.personaId"), p)?;
            }
            self.conn
                .prepare_cached(
                    "INSERT INTO customer_impacts (id, decision_id, persona_id, segment, direction,
                         magnitude, confidence, reach, what_changes, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                     ON CONFLICT (id) DO UPDATE SET decision_id = excluded.decision_id,
                         persona_id = excluded.persona_id, segment = excluded.segment,
                         direction = excluded.direction, magnitude = excluded.magnitude,
                         confidence = excluded.confidence, reach = excluded.reach,
                         what_changes = excluded.what_changes, created_at = excluded.created_at,
                         updated_at = excluded.updated_at",
                )?
                .execute(params![
                    im.id,
                    d.id,
                    im.persona_id,
                    im.segment,
                    im.direction,
                    im.magnitude,
                    im.confidence,
                    im.reach,
                    im.what_changes,
                    im.created_at,
                    im.updated_at
                ])
                .map_err(|e| at(&ipath)(e.into()))?;
        }
        for (j, e) in d.evidence.iter().enumerate() {
            let epath = format!("{path}.evidence[{j}].anecdoteId");
            self.require("anecdotes", "anecdote", &epath, &e.anecdote_id)?;
            self.conn
                .execute(
                    "INSERT OR IGNORE INTO decision_evidence (decision_id, anecdote_id, created_at)
                     VALUES (?1, ?2, ?3)",
                    params![d.id, e.anecdote_id, e.created_at],
                )
                .map_err(|err| at(&epath)(err.into()))?;
        }
        Ok(())
    }

    fn annotations(&mut self, file: &LogFile) -> Result<()> {
        for (i, d) in file.decisions.iter().enumerate() {
            for (j, a) in d.annotations.iter().enumerate() {
                let path = format!("decisions[{i}].annotations[{j}]");
                let text = format!("{}: {}", a.author, a.comment);
                let verdict = self.judge(
                    "annotation",
                    "annotations",
                    &path,
                    &a.id,
                    &a.updated_at,
                    &text,
                )?;
                if verdict.writes() {
                    let person = a
                        .person_id
                        .as_ref()
                        .map(|p| self.same_person.get(p).unwrap_or(p).clone());
                    if let Some(p) = &person {
                        self.require("people", "person", &format!("{path}.personId"), p)?;
                    }
                    let flags: Vec<String> =
                        a.flags.iter().map(|f| f.as_str().to_owned()).collect();
                    self.upsert(
                        "annotations",
                        &[
                            "id",
                            "decision_id",
                            "person_id",
                            "author",
                            "role",
                            "stance",
                            "feeling",
                            "comment",
                            "flags",
                            "created_at",
                            "updated_at",
                        ],
                        params![
                            a.id,
                            d.id,
                            person,
                            a.author,
                            a.role,
                            a.stance,
                            a.feeling,
                            a.comment,
                            to_json(&flags),
                            a.created_at,
                            a.updated_at
                        ],
                    )
                    .map_err(at(&path))?;
                }
            }
        }
        Ok(())
    }

    fn answers(&mut self, file: &LogFile) -> Result<()> {
        for (i, m) in file.meetings.iter().enumerate() {
            for (j, a) in m.answers.iter().enumerate() {
                let path = format!("meetings[{i}].answers[{j}]");
                let verdict = self.judge(
                    "answer",
                    "prompt_answers",
                    &path,
                    &a.id,
                    &a.updated_at,
                    &a.answer,
                )?;
                if verdict.writes() {
                    let prompt = self.same_prompt.get(&a.prompt_id).unwrap_or(&a.prompt_id);
                    self.require("prompts", "prompt", &format!("{path}.promptId"), prompt)?;
                    if let Some(d) = &a.decision_id {
                        self.require("decisions", "decision", &format!("{path}.decisionId"), d)?;
                    }
                    self.upsert(
                        "prompt_answers",
                        &[
                            "id",
                            "meeting_id",
                            "prompt_id",
                            "agenda_item_id",
                            "decision_id",
                            "answer",
                            "created_at",
                            "updated_at",
                        ],
                        params![
                            a.id,
                            m.id,
                            prompt,
                            a.agenda_item_id,
                            a.decision_id,
                            a.answer,
                            a.created_at,
                            a.updated_at
                        ],
                    )
                    .map_err(at(&path))?;
                }
            }
            for (j, c) in m.consulted.iter().enumerate() {
                let path = format!("meetings[{i}].consulted[{j}]");
                self.require(
                    "anecdotes",
                    "anecdote",
                    &format!("{path}.anecdoteId"),
                    &c.anecdote_id,
                )?;
                self.conn
                    .execute(
                        "INSERT OR IGNORE INTO meeting_anecdotes (meeting_id, anecdote_id,
                             first_kind, first_at)
                         VALUES (?1, ?2, ?3, ?4)",
                        params![m.id, c.anecdote_id, c.kind, c.at],
                    )
                    .map_err(|e| at(&path)(e.into()))?;
            }
        }
        Ok(())
    }

    fn escalations(&mut self, file: &LogFile) -> Result<()> {
        for (i, e) in file.escalations.iter().enumerate() {
            let path = format!("escalations[{i}]");
            let text = format!("{} {}", e.owner, e.note);
            let verdict = self.judge(
                "escalation",
                "escalations",
                &path,
                &e.id,
                &e.updated_at,
                &text,
            )?;
            if verdict.writes() {
                self.require(
                    "anecdotes",
                    "anecdote",
                    &format!("{path}.anecdoteId"),
                    &e.anecdote_id,
                )?;
                // The meetings it names may be outside the export: then it names none here.
                let known = |id: &Option<String>| -> Result<Option<String>> {
                    Ok(match id {
                        Some(m) if self.exists("meetings", m)? => Some(m.clone()),
                        _ => None,
                    })
                };
                let meeting = known(&e.meeting_id)?;
                let reported = known(&e.reported_in_meeting_id)?;
                self.upsert(
                    "escalations",
                    &[
                        "id",
                        "anecdote_id",
                        "owner",
                        "note",
                        "raised_by",
                        "meeting_id",
                        "deadline_hours",
                        "due_at",
                        "resolved_at",
                        "resolved_by",
                        "root_cause",
                        "fix",
                        "reported_in_meeting_id",
                        "created_at",
                        "updated_at",
                    ],
                    params![
                        e.id,
                        e.anecdote_id,
                        e.owner,
                        e.note,
                        e.raised_by,
                        meeting,
                        e.deadline_hours,
                        e.due_at,
                        e.resolved_at,
                        e.resolved_by,
                        e.root_cause,
                        e.fix,
                        reported,
                        e.created_at,
                        e.updated_at
                    ],
                )
                .map_err(at(&path))?;
            }
        }
        Ok(())
    }
}

/// Merges `file` into the workspace inside the caller's transaction.
fn merge(conn: &Connection, file: &LogFile, dry_run: bool) -> Result<MergeReport> {
    // Meetings and their current agenda item, and decisions superseded by later ones, refer
    // to each other: the constraints are checked at commit, after everything is written.
    conn.pragma_update(None, "defer_foreign_keys", "ON")?;
    let mut m = Merge {
        conn,
        report: MergeReport {
            dry_run,
            ..MergeReport::default()
        },
        same_person: HashMap::new(),
        same_deck: HashMap::new(),
        same_prompt: HashMap::new(),
    };
    m.people(file)?;
    m.personas(file)?;
    m.decks(file)?;
    m.anecdotes(file)?;
    m.meetings(file)?;
    m.decisions(file)?;
    m.annotations(file)?;
    m.answers(file)?;
    m.escalations(file)?;
    let dangling: Option<(String, String)> = conn
        .query_row("PRAGMA foreign_key_check", [], |r| {
            Ok((r.get(0)?, r.get(2)?))
        })
        .optional()?;
    if let Some((table, parent)) = dangling {
        return Err(Error::invalid(
            "file",
            format!("a {table} row refers to a {parent} row that is neither in the file nor in the workspace"),
        ));
    }
    Ok(m.report)
}

/// Refuses to replace `path` unless `overwrite`.
fn check_target(path: &Path, overwrite: bool) -> Result<()> {
    if path.is_dir() {
        return Err(Error::invalid(
            "path",
            format!("{} is a folder; choose a file name", path.display()),
        ));
    }
    if path.exists() && !overwrite {
        return Err(Error::Exists {
            path: path.to_owned(),
        });
    }
    Ok(())
}

impl Db {
    /// Writes the decisions `filter` takes as `format` to `path` (a folder for `adr`). Refuses
    /// with `Error::Exists` if that would replace a file, unless `overwrite`.
    pub fn export_decision_log(
        &self,
        filter: &DecisionFilter,
        format: ExportFormat,
        path: &Path,
        overwrite: bool,
    ) -> Result<ExportReport> {
        let conn = self.conn();
        if format == ExportFormat::Json {
            check_target(path, overwrite)?;
            let file = log_file(conn, filter)?;
            let mut bytes = serde_json::to_vec_pretty(&file)?;
            bytes.push(b'\n');
            export::write_file(path, &bytes)?;
            return Ok(ExportReport {
                format,
                path: path.display().to_string(),
                decisions: file.decisions.len() as u32,
                files: 1,
            });
        }
        let log = decision_log::load(conn, filter)?;
        let ids: Vec<String> = log
            .meetings
            .iter()
            .flat_map(|m| &m.decisions)
            .flat_map(|d| d.evidence_ids.iter().cloned())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let anecdotes: HashMap<String, Anecdote> = anecdotes::by_ids(conn, &ids)?
            .into_iter()
            .map(|a| (a.id.clone(), a))
            .collect();
        let doc = LogDoc {
            log: &log,
            anecdotes: &anecdotes,
        };
        let decisions = doc.decision_count() as u32;
        let files = match format {
            ExportFormat::Adr => write_adrs(&doc, path, overwrite)?,
            other => {
                check_target(path, overwrite)?;
                let bytes = match other {
                    ExportFormat::Markdown => export::markdown::render(&doc).into_bytes(),
                    ExportFormat::Html => export::html::render(&doc).into_bytes(),
                    _ => export::csv::render(&doc)?,
                };
                export::write_file(path, &bytes)?;
                1
            }
        };
        Ok(ExportReport {
            format,
            path: path.display().to_string(),
            decisions,
            files,
        })
    }

    /// Merges a JSON export into the workspace in one transaction (or, with `dry_run`, says
    /// what it would do and changes nothing).
    pub fn import_json(&mut self, path: &Path, dry_run: bool) -> Result<MergeReport> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        let file = parse_log_file(&text)?;
        if dry_run {
            // Everything is written as for real, then rolled back: the report is exact.
            let tx = self.conn.transaction()?;
            let report = merge(&tx, &file, true)?;
            tx.rollback()?;
            return Ok(report);
        }
        self.write(|tx| merge(tx, &file, false))
    }
}

/// Writes one ADR per decision into `folder` (created if missing); refuses before writing
/// anything if one of the files exists, unless `overwrite`.
fn write_adrs(doc: &LogDoc<'_>, folder: &Path, overwrite: bool) -> Result<u32> {
    if folder.exists() && !folder.is_dir() {
        return Err(Error::invalid(
            "path",
            format!(
                "{} is a file; ADRs are written into a folder",
                folder.display()
            ),
        ));
    }
    let files = export::adr::render(doc);
    if !overwrite {
        if let Some(f) = files.iter().find(|f| folder.join(&f.name).exists()) {
            return Err(Error::Exists {
                path: folder.join(&f.name),
            });
        }
    }
    std::fs::create_dir_all(folder).map_err(|source| Error::Io {
        path: folder.to_owned(),
        source,
    })?;
    for f in &files {
        export::write_file_unsynced(&folder.join(&f.name), f.text.as_bytes())?;
    }
    Ok(files.len() as u32)
}
