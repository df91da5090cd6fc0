//! What customers said (anecdotes, WOCAS), how the library finds and filters them, and
//! the escalations raised on them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Consultation;

string_enum!(
    /// How the customer felt when they said it.
    Sentiment { Negative => "negative", Neutral => "neutral", Positive => "positive",
        Mixed => "mixed", Unknown => "unknown" }
);

string_enum!(
    /// Whether an anecdote is a customer's own words or written by the team.
    Provenance { Real => "real", Synthesized => "synthesized" }
);

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
    /// Meetings in which it was opened or pinned (it counted as consulted there).
    #[serde(default)]
    pub consulted_in: Vec<Consultation>,
    /// Its escalations, open or resolved: they go with it and come back with it.
    #[serde(default)]
    #[ts(as = "Option<Vec<Escalation>>", optional)]
    pub escalations: Vec<Escalation>,
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

/// An anecdote handed to an owner to find out what happened ("?"), with a deadline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Escalation {
    pub id: String,
    pub anecdote_id: String,
    /// The anecdote's text, for lists (customer text: render as text).
    pub anecdote_text: String,
    pub owner: String,
    /// The one-character "?" unless the user wrote more.
    pub note: String,
    pub raised_by: String,
    /// The meeting it was raised in, if any.
    pub meeting_id: Option<String>,
    pub deadline_hours: u32,
    /// RFC 3339 UTC: created_at + deadline_hours.
    pub due_at: String,
    pub resolved_at: Option<String>,
    pub resolved_by: Option<String>,
    /// What happened.
    pub root_cause: String,
    /// What was fixed.
    pub fix: String,
    /// The meeting that reported the resolution (the first one started after it).
    pub reported_in_meeting_id: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, optional_fields = nullable)]
pub struct NewEscalation {
    pub anecdote_id: String,
    pub owner: String,
    /// 1 to 8760 hours.
    pub deadline_hours: u32,
    /// Default "?".
    pub note: Option<String>,
    pub meeting_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EscalationResolution {
    pub escalation_id: String,
    pub root_cause: String,
    pub fix: String,
}
