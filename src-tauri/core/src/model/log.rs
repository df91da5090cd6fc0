//! The decision log: the Decisions screen's filter and pages, the exports, and the report of
//! merging a JSON export.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{
    ActionItem, Attendee, Decision, DecisionStatus, ImpactDirection, Meeting, Persona,
    Reversibility,
};

/// Which decisions an export (or the decision log view) takes. Every field narrows; none set
/// takes every decision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct DecisionFilter {
    /// Meetings held on or after this date.
    pub from: Option<NaiveDate>,
    /// Meetings held on or before this date.
    pub to: Option<NaiveDate>,
    pub meeting_id: Option<String>,
    /// Decisions with an impact on this persona.
    pub persona_id: Option<String>,
    pub status: Option<DecisionStatus>,
    pub reversibility: Option<Reversibility>,
    /// Decisions with at least one impact in this direction.
    pub direction: Option<ImpactDirection>,
    /// Decisions whose statement, rationale, options or impacts hold every word of this, in
    /// some form ("refunds" finds "refund").
    pub query: Option<String>,
    /// true: only decisions due for review (accepted, not reviewed, review date today or
    /// earlier); false: only the others.
    pub review_due: Option<bool>,
}

string_enum!(
    /// How the Decisions screen orders what it finds (those due for review always come first).
    DecisionSort { Newest => "newest", Oldest => "oldest", Relevance => "relevance",
        Status => "status" }
);

/// Another decision a decision is linked to, as the Decisions screen names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DecisionLink {
    pub id: String,
    pub statement: String,
    pub meeting_id: String,
    pub meeting_title: String,
}

/// What replaced a decision and what it replaces, in any meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DecisionLinks {
    pub decision_id: String,
    pub replaced_by: Option<DecisionLink>,
    pub replaces: Vec<DecisionLink>,
}

/// What the Decisions screen shows: the first decisions found, and how many there are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DecisionPage {
    pub total: u32,
    pub rows: Vec<DecisionRow>,
}

/// One decision on the Decisions screen, with its meeting and its links.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DecisionRow {
    pub decision: Decision,
    pub meeting_title: String,
    pub held_on: NaiveDate,
    pub review_due: bool,
    /// The decision that replaced this one, when it is superseded.
    pub replaced_by: Option<DecisionLink>,
    /// The decisions this one replaced.
    pub replaces: Vec<DecisionLink>,
}

string_enum!(
    /// What the decision log is exported as. `adr` writes a folder of files, one per decision.
    ExportFormat { Markdown => "markdown", Adr => "adr", Csv => "csv", Json => "json",
        Html => "html" }
);

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExportReport {
    pub format: ExportFormat,
    /// The file written (the folder for `adr`).
    pub path: String,
    pub decisions: u32,
    /// Files written (1 except for `adr`).
    pub files: u32,
}

/// One meeting's decisions in the log, with what the views and exports need to show them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DecisionLogMeeting {
    pub meeting: Meeting,
    pub attendees: Vec<Attendee>,
    /// With `annotations` filled in.
    pub decisions: Vec<Decision>,
    /// The meeting's action items: on the meeting, and on the decisions taken here.
    pub action_items: Vec<ActionItem>,
}

/// The decisions a filter takes, by meeting (oldest first), and the personas they name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DecisionLog {
    pub filter: DecisionFilter,
    pub meetings: Vec<DecisionLogMeeting>,
    pub personas: Vec<Persona>,
}

/// What merging a JSON export into the workspace did (or would do, in a dry run), by kind of
/// record (`persona`, `anecdote`, `meeting`, `decision`, `annotation`, ...).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MergeReport {
    pub dry_run: bool,
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// Records the workspace has in a newer version than the file: kept as they are.
    pub kept_newer: u32,
    /// Every record added or updated (and kept newer), for the report the user reads.
    pub changes: Vec<MergeChange>,
}

string_enum!(
    MergeAction { Added => "added", Updated => "updated", KeptNewer => "kept_newer" }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MergeChange {
    pub kind: String,
    pub id: String,
    /// A short human label: the persona's name, the decision's statement...
    pub label: String,
    pub action: MergeAction,
}
