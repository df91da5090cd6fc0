//! The domain types that cross the IPC boundary. Each derives `ts_rs::TS`; `cargo test` writes
//! their TypeScript twins into `ui/src/bindings/`, which are committed and checked for drift.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        #[ts(export)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(field: &str, text: &str) -> crate::Result<Self> {
                match text {
                    $($text => Ok($name::$variant),)+
                    other => Err(crate::Error::invalid(
                        field,
                        format!(
                            "{other:?} is not one of {}",
                            [$($text),+].join(", ")
                        ),
                    )),
                }
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                $name::parse(stringify!($name), text)
                    .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }
    };
}

string_enum!(
    /// How the customer felt when they said it.
    Sentiment { Negative => "negative", Neutral => "neutral", Positive => "positive",
        Mixed => "mixed", Unknown => "unknown" }
);
string_enum!(
    /// Whether an anecdote is a customer's own words or written by the team.
    Provenance { Real => "real", Synthesized => "synthesized" }
);
string_enum!(
    MeetingStatus { Planned => "planned", Running => "running", Paused => "paused",
        Ended => "ended" }
);
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

/// The customer in the chair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Persona {
    pub id: String,
    pub name: String,
    pub segment: String,
    pub bio: String,
    pub goals: Vec<String>,
    pub frustrations: Vec<String>,
    pub needs: Vec<String>,
    pub quote: String,
    pub success_measure: String,
    /// The persona's picture as a `data:` URL, or none (the UI shows initials).
    pub avatar: Option<String>,
    pub archived_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A persona as the user types it: only the name is required.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct NewPersona {
    #[ts(optional = false)]
    pub name: String,
    pub segment: Option<String>,
    pub bio: Option<String>,
    pub goals: Option<Vec<String>>,
    pub frustrations: Option<Vec<String>>,
    pub needs: Option<Vec<String>>,
    pub quote: Option<String>,
    pub success_measure: Option<String>,
}

/// An anecdote as the user writes or edits it; only the text is required.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct AnecdoteInput {
    #[ts(optional = false)]
    pub text: String,
    pub said_on: Option<NaiveDate>,
    pub channel: Option<String>,
    pub product_area: Option<String>,
    pub segment: Option<String>,
    pub sentiment: Option<Sentiment>,
    pub severity: Option<u8>,
    pub customer_count: Option<u32>,
    pub tags: Option<Vec<String>>,
    pub source_ref: Option<String>,
    pub provenance: Option<Provenance>,
    pub persona_ids: Option<Vec<String>>,
}

/// What deleting an anecdote removed, enough to undo it exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DeletedAnecdote {
    pub anecdote: Anecdote,
    /// Decisions that had it pinned as evidence.
    pub evidence_decision_ids: Vec<String>,
}

/// One value of a filter and how many anecdotes have it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FacetCount {
    pub value: String,
    pub count: u32,
}

/// The values the library's filters can take.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AnecdoteFacets {
    pub total: u32,
    pub channels: Vec<FacetCount>,
    pub product_areas: Vec<FacetCount>,
    pub segments: Vec<FacetCount>,
    /// The most used tags, most used first.
    pub tags: Vec<FacetCount>,
    pub said_from: Option<NaiveDate>,
    pub said_to: Option<NaiveDate>,
}

/// Settings of this workspace that the user changes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct Preferences {
    /// Mask e-mail addresses, phone numbers and card-like numbers in customer text.
    pub projector_safe: bool,
}

/// One thing a customer said (WOCAS).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Anecdote {
    pub id: String,
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
    pub created_at: String,
    pub updated_at: String,
}

/// A piece of displayed text; `hit` marks words that matched what the room is discussing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct TextSpan {
    pub text: String,
    pub hit: bool,
}

/// An anecdote found for a query, with why it is there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AnecdoteHit {
    pub anecdote: Anecdote,
    /// The text (or a window of it) split into spans, matched words marked.
    pub snippet: Vec<TextSpan>,
    /// The query words this anecdote matched.
    pub matched: Vec<String>,
    /// Higher is more relevant; only comparable within one answer.
    pub score: f64,
}

string_enum!(
    /// `keyword`: every word must be there (a search box). `relevant`: any of the most telling
    /// words (the decision or agenda item being discussed).
    SearchMode { Keyword => "keyword", Relevant => "relevant" }
);
string_enum!(
    SearchSort { Relevance => "relevance", Newest => "newest", Oldest => "oldest",
        MostReported => "most_reported" }
);

/// Restrictions on a search; each list matches any of its values, and lists combine.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct AnecdoteFilters {
    pub persona_ids: Option<Vec<String>>,
    pub tags: Option<Vec<String>>,
    pub channels: Option<Vec<String>>,
    pub product_areas: Option<Vec<String>>,
    pub segments: Option<Vec<String>>,
    pub sentiments: Option<Vec<Sentiment>>,
    pub severity_min: Option<u8>,
    pub severity_max: Option<u8>,
    pub said_from: Option<NaiveDate>,
    pub said_to: Option<NaiveDate>,
}

/// What the anecdote panel asks for: free text (typed, or the decision being written), the
/// persona in the chair (whose anecdotes rank higher), filters and order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct AnecdoteQuery {
    #[ts(optional = false)]
    pub text: String,
    pub persona_id: Option<String>,
    pub mode: Option<SearchMode>,
    pub filters: Option<AnecdoteFilters>,
    pub sort: Option<SearchSort>,
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Prompt {
    pub id: String,
    pub deck_id: String,
    pub position: u32,
    pub text: String,
    pub help: String,
}

/// A deck of "work backwards" questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PromptDeck {
    pub id: String,
    pub name: String,
    pub description: String,
    pub builtin: bool,
    pub prompts: Vec<Prompt>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Meeting {
    pub id: String,
    pub title: String,
    pub held_on: NaiveDate,
    pub goal: String,
    pub status: MeetingStatus,
    pub deck_id: Option<String>,
    pub prompt_index: u32,
    pub persona_ids: Vec<String>,
    pub started_at: Option<String>,
    pub ended_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A line of the meetings list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeetingListItem {
    pub id: String,
    pub title: String,
    pub held_on: NaiveDate,
    pub status: MeetingStatus,
    pub decision_count: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields)]
pub struct NewMeeting {
    #[ts(optional = false)]
    pub title: String,
    pub held_on: Option<NaiveDate>,
    pub goal: Option<String>,
    pub deck_id: Option<String>,
    pub persona_ids: Option<Vec<String>>,
    /// Agenda item titles, in order.
    pub agenda: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AgendaItem {
    pub id: String,
    pub meeting_id: String,
    pub position: u32,
    pub title: String,
    pub planned_minutes: Option<u32>,
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
    pub owner: String,
    pub status: DecisionStatus,
    pub reversibility: Reversibility,
    pub review_on: Option<NaiveDate>,
    pub superseded_by: Option<String>,
    pub impacts: Vec<CustomerImpact>,
    /// Ids of the anecdotes pinned as evidence.
    pub evidence_ids: Vec<String>,
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
    pub owner: Option<String>,
    pub status: Option<DecisionStatus>,
    pub reversibility: Option<Reversibility>,
    pub review_on: Option<NaiveDate>,
    pub impacts: Option<Vec<NewImpact>>,
    pub evidence_ids: Option<Vec<String>>,
}

/// Everything the meeting screen shows, in one answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeetingView {
    pub meeting: Meeting,
    pub personas: Vec<Persona>,
    pub deck: Option<PromptDeck>,
    pub agenda: Vec<AgendaItem>,
    pub decisions: Vec<Decision>,
}

/// What is in the workspace, for the home screen and the title bar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WorkspaceSummary {
    pub path: String,
    pub is_sample: bool,
    pub persona_count: u32,
    pub anecdote_count: u32,
    pub meeting_count: u32,
    pub decision_count: u32,
    pub last_meeting_id: Option<String>,
}
