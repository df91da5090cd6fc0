//! The JSON export as records that mirror the tables (field order is key order in the file),
//! each declared once with its table's columns (`record!`): read from the workspace for an
//! export (`read`), parsed (and checked) from a file for an import.

use serde::{Deserialize, Serialize};

use crate::db::record::record;
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

// People and action items are in the file as the app shows them (their tables declare them:
// `db::people`, `db::action_items`).

record! { "personas" =>
    pub struct PersonaRec {
        id: String,
        name: String,
        segment: String,
        bio: String,
        goals: Vec<String> as Json,
        frustrations: Vec<String> as Json,
        needs: Vec<String> as Json,
        quote: String,
        success_measure: String,
        archived_at: Option<String>,
        created_at: String,
        updated_at: String,
    }
}

record! { "escalations" =>
    pub struct EscalationRec {
        id: String,
        anecdote_id: String,
        owner: String,
        note: String,
        raised_by: String,
        meeting_id: Option<String>,
        deadline_hours: u32,
        due_at: String,
        resolved_at: Option<String>,
        resolved_by: Option<String>,
        root_cause: String,
        fix: String,
        reported_in_meeting_id: Option<String>,
        created_at: String,
        updated_at: String,
    }
}

record! { "prompt_decks" =>
    pub struct DeckRec {
        id: String,
        name: String,
        description: String,
        builtin: bool,
        position: u32,
        created_at: String,
        updated_at: String,
    }
    children {
        prompts: Vec<PromptRec>,
    }
}

record! { "prompts" =>
    /// A prompt of its deck (`deck_id`).
    pub struct PromptRec {
        id: String,
        position: u32,
        text: String,
        help: String,
        created_at: String,
        updated_at: String,
    }
}

record! { "meetings" =>
    pub struct MeetingRec {
        id: String,
        title: String,
        held_on: chrono::NaiveDate as Day,
        goal: String,
        status: MeetingStatus,
        deck_id: Option<String>,
        prompt_index: u32,
        nudge_minutes: u32 as Nudge,
        current_agenda_item_id: Option<String>,
        last_customer_reference_at: Option<String>,
        /// Times someone spoke for the customer (absent in logs written before it was counted).
        #[serde(default)]
        spoken_for_customer: u32,
        started_at: Option<String>,
        ended_at: Option<String>,
        created_at: String,
        updated_at: String,
    }
    children {
        /// The personas in the chair, in order.
        persona_ids: Vec<String>,
        attendees: Vec<AttendeeRec>,
        agenda: Vec<AgendaRec>,
        answers: Vec<AnswerRec>,
        /// Anecdotes opened or pinned in the meeting, the first time.
        consulted: Vec<ConsultedRec>,
    }
}

record! { "meeting_attendees" =>
    /// Someone in the room of its meeting (`meeting_id`, at its `position`).
    pub struct AttendeeRec {
        id: String,
        name: String,
        role: Role,
        created_at: String,
    }
}

record! { "agenda_items" =>
    /// An agenda item of its meeting (`meeting_id`).
    pub struct AgendaRec {
        id: String,
        position: u32,
        title: String,
        planned_minutes: Option<u32>,
        elapsed_ms: i64,
        started_at: Option<String>,
        running_since: Option<String>,
        done_at: Option<String>,
        last_customer_reference_at: Option<String>,
        created_at: String,
        updated_at: String,
    }
}

record! { "prompt_answers" =>
    /// An answer given in its meeting (`meeting_id`).
    pub struct AnswerRec {
        id: String,
        prompt_id: String,
        agenda_item_id: Option<String>,
        decision_id: Option<String>,
        answer: String,
        created_at: String,
        updated_at: String,
    }
}

record! { "meeting_anecdotes" =>
    /// An anecdote consulted in its meeting (`meeting_id`).
    pub struct ConsultedRec {
        anecdote_id: String,
        kind: CustomerReferenceKind = "first_kind",
        at: String = "first_at",
    }
}

record! { "decisions" =>
    pub struct DecisionRec {
        id: String,
        meeting_id: String,
        agenda_item_id: Option<String>,
        statement: String,
        rationale: String,
        options_considered: String,
        owner: String,
        status: DecisionStatus,
        reversibility: Reversibility,
        review_on: Option<chrono::NaiveDate> as Date,
        superseded_by: Option<String>,
        gate_overridden_by: Option<String>,
        gate_overridden_at: Option<String>,
        reviewed_at: Option<String>,
        review_happened: Option<bool>,
        review_note: String,
        created_at: String,
        updated_at: String,
    }
    children {
        impacts: Vec<ImpactRec>,
        evidence: Vec<EvidenceRec>,
        annotations: Vec<AnnotationRec>,
    }
}

record! { "customer_impacts" =>
    /// An impact of its decision (`decision_id`).
    pub struct ImpactRec {
        id: String,
        persona_id: Option<String>,
        segment: String,
        direction: ImpactDirection,
        magnitude: Option<u8>,
        confidence: Option<Confidence>,
        reach: String,
        what_changes: String,
        created_at: String,
        updated_at: String,
    }
}

record! { "decision_evidence" =>
    /// An anecdote pinned as evidence of its decision (`decision_id`).
    pub struct EvidenceRec {
        anecdote_id: String,
        created_at: String,
    }
}

record! { "annotations" =>
    /// An annotation on its decision (`decision_id`).
    pub struct AnnotationRec {
        id: String,
        person_id: Option<String>,
        author: String,
        role: Role,
        stance: Stance,
        feeling: Option<u8>,
        comment: String,
        flags: Vec<AnnotationFlag> as Flags,
        created_at: String,
        updated_at: String,
    }
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
