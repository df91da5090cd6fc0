//! What a meeting decided: decisions, their customer impacts, the ambassadors' annotations,
//! reviews and the action items that follow them up.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Role;

string_enum!(
    DecisionStatus { Proposed => "proposed", Accepted => "accepted", Rejected => "rejected",
        Superseded => "superseded", Deprecated => "deprecated" }
);

string_enum!(
    /// One-way doors are (nearly) irreversible; two-way doors can be walked back.
    Reversibility { OneWay => "one_way", TwoWay => "two_way", Unknown => "unknown" }
);

string_enum!(
    ImpactDirection { Helps => "helps", Hurts => "hurts", Neutral => "neutral",
        Unknown => "unknown" }
);

string_enum!(
    Confidence { Low => "low", Medium => "medium", High => "high" }
);

/// A follow-up: what someone will do, by when, on a decision or on its meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ActionItem {
    pub id: String,
    pub meeting_id: String,
    /// None: on the meeting itself.
    pub decision_id: Option<String>,
    pub what: String,
    /// The owner's name as written.
    pub owner: String,
    pub owner_person_id: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub done_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// An open action item of an earlier meeting, shown when the next one starts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FollowUp {
    pub item: ActionItem,
    pub meeting_title: String,
    pub held_on: NaiveDate,
    /// The decision it follows up, if any.
    pub decision_statement: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct ActionItemInput {
    #[ts(optional = false)]
    pub meeting_id: String,
    pub decision_id: Option<String>,
    #[ts(optional = false)]
    pub what: String,
    /// A person of the workspace; their name is kept as the owner.
    pub owner_person_id: Option<String>,
    /// The owner's name when they are not a person of the workspace.
    pub owner: Option<String>,
    pub due_on: Option<NaiveDate>,
}

/// How a decision changes things for one persona or segment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CustomerImpact {
    pub id: String,
    pub decision_id: String,
    pub persona_id: Option<String>,
    pub segment: String,
    pub direction: ImpactDirection,
    pub magnitude: Option<u8>,
    pub confidence: Option<Confidence>,
    pub reach: String,
    pub what_changes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, optional_fields)]
pub struct NewImpact {
    pub persona_id: Option<String>,
    pub segment: Option<String>,
    #[ts(optional = false)]
    pub direction: ImpactDirection,
    pub magnitude: Option<u8>,
    pub confidence: Option<Confidence>,
    pub reach: Option<String>,
    #[serde(default)]
    #[ts(optional = false)]
    pub what_changes: String,
}

/// What the meeting decided, with its customer impact and evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Decision {
    pub id: String,
    pub meeting_id: String,
    pub agenda_item_id: Option<String>,
    pub statement: String,
    pub rationale: String,
    /// The options the room weighed, as the user wrote them.
    pub options_considered: String,
    pub owner: String,
    pub status: DecisionStatus,
    pub reversibility: Reversibility,
    pub review_on: Option<NaiveDate>,
    /// The decision that replaced this one (status `superseded`).
    pub superseded_by: Option<String>,
    pub impacts: Vec<CustomerImpact>,
    /// Ids of the anecdotes pinned as evidence.
    pub evidence_ids: Vec<String>,
    /// The ambassadors' thread under the decision, oldest first.
    pub annotations: Vec<Annotation>,
    /// Who accepted this one-way door despite the gate's reasons, and when.
    pub gate_overridden_by: Option<String>,
    pub gate_overridden_at: Option<String>,
    /// When the decision was reviewed after its review date, whether what it intended happened,
    /// and the note.
    pub reviewed_at: Option<String>,
    pub review_happened: Option<bool>,
    pub review_note: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct NewDecision {
    #[ts(optional = false)]
    pub meeting_id: String,
    pub agenda_item_id: Option<String>,
    #[ts(optional = false)]
    pub statement: String,
    pub rationale: Option<String>,
    pub options_considered: Option<String>,
    pub owner: Option<String>,
    /// Default `proposed`. `accepted` goes through the gate (see `accept_decision`).
    pub status: Option<DecisionStatus>,
    pub reversibility: Option<Reversibility>,
    pub review_on: Option<NaiveDate>,
    /// Required with status `superseded`, refused otherwise.
    pub superseded_by: Option<String>,
    pub impacts: Option<Vec<NewImpact>>,
    pub evidence_ids: Option<Vec<String>>,
}

/// A decision's fields as `update_decision` replaces them: absent lists become empty, absent
/// texts become empty, absent status `proposed`, absent reversibility `unknown`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct DecisionInput {
    pub agenda_item_id: Option<String>,
    #[ts(optional = false)]
    pub statement: String,
    pub rationale: Option<String>,
    pub options_considered: Option<String>,
    pub owner: Option<String>,
    pub status: Option<DecisionStatus>,
    pub reversibility: Option<Reversibility>,
    pub review_on: Option<NaiveDate>,
    pub superseded_by: Option<String>,
    pub impacts: Option<Vec<NewImpact>>,
    pub evidence_ids: Option<Vec<String>>,
}

/// Whether accepting a decision needs the room to confirm, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct GateCheck {
    pub needs_confirmation: bool,
    pub reasons: Vec<String>,
}

/// The PR/FAQ draft kept with a decision: the Markdown last saved to a file from the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct KeptPrFaq {
    pub decision_id: String,
    pub markdown: String,
    /// The name of the file it was saved as (not its folder).
    pub file_name: String,
    pub saved_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReviewInput {
    pub decision_id: String,
    /// Whether what the decision intended happened.
    pub happened: bool,
    pub note: String,
}

string_enum!(
    /// How the customer, voiced by an ambassador, stands on a decision.
    Stance { Supports => "supports", Concerned => "concerned", Opposes => "opposes" }
);

string_enum!(
    /// What the customer says they would do.
    AnnotationFlag { WouldTellOthers => "would_tell_others", WouldLeave => "would_leave",
        WouldPayMore => "would_pay_more" }
);

/// An ambassador's reaction to a decision, as the customer would react.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Annotation {
    pub id: String,
    pub decision_id: String,
    /// The author as a person of the workspace; `null` once that person is deleted.
    pub person_id: Option<String>,
    /// The author's name and role when it was written.
    pub author: String,
    pub role: Role,
    pub stance: Stance,
    /// 1 (very unhappy) to 5 (delighted).
    pub feeling: Option<u8>,
    /// In the customer's voice.
    pub comment: String,
    pub flags: Vec<AnnotationFlag>,
    pub created_at: String,
    pub updated_at: String,
}

/// An annotation as its author writes it; the author is the current person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, optional_fields = nullable)]
pub struct AnnotationInput {
    pub stance: Stance,
    pub feeling: Option<u8>,
    #[serde(default)]
    #[ts(optional = false)]
    pub comment: String,
    #[serde(default)]
    #[ts(optional = false)]
    pub flags: Vec<AnnotationFlag>,
}
