//! What the projector window shows.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{AnnotationFlag, Stance};

/// An anecdote as the projector shows it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, optional_fields = nullable)]
pub struct ProjectorAnecdote {
    /// Already masked by the UI when projector-safe is on.
    #[ts(optional = false)]
    pub text: String,
    pub said_on: Option<NaiveDate>,
    #[serde(default)]
    #[ts(optional = false)]
    pub channel: String,
}

/// What the projector window shows; the main window sends it whenever it changes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, optional_fields = nullable)]
pub struct ProjectorState {
    #[ts(optional = false)]
    pub persona_name: String,
    #[serde(default)]
    #[ts(optional = false)]
    pub persona_segment: String,
    #[serde(default)]
    #[ts(optional = false)]
    pub persona_quote: String,
    pub persona_avatar: Option<String>,
    pub prompt_text: Option<String>,
    pub prompt_position: Option<u32>,
    pub prompt_count: Option<u32>,
    pub deck_name: Option<String>,
    #[ts(optional = false)]
    pub meeting_title: String,
    pub agenda_item_title: Option<String>,
    /// Negative once the agenda item runs over.
    pub seconds_left: Option<i32>,
    pub nudge: Option<String>,
    #[serde(default)]
    #[ts(optional = false)]
    pub anecdotes: Vec<ProjectorAnecdote>,
    /// The decision whose customer reactions are shown, when the facilitator shows them.
    pub decision_statement: Option<String>,
    #[serde(default)]
    #[ts(optional = false)]
    pub annotations: Vec<ProjectorAnnotation>,
}

/// An ambassador's annotation as the projector shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProjectorAnnotation {
    pub author: String,
    pub stance: Stance,
    pub feeling: Option<u8>,
    /// Already masked by the UI when projector-safe is on.
    pub comment: String,
    pub flags: Vec<AnnotationFlag>,
}
