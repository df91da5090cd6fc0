//! Decks of "work backwards" prompts and the room's answers to them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

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

/// An answer the room gave to a prompt, in one meeting (optionally for one decision).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PromptAnswer {
    pub id: String,
    pub meeting_id: String,
    pub prompt_id: String,
    pub agenda_item_id: Option<String>,
    pub decision_id: Option<String>,
    pub answer: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct AnswerInput {
    #[ts(optional = false)]
    pub meeting_id: String,
    #[ts(optional = false)]
    pub prompt_id: String,
    /// Empty (after trimming) deletes the answer.
    #[ts(optional = false)]
    pub answer: String,
    pub agenda_item_id: Option<String>,
    pub decision_id: Option<String>,
}

/// A prompt as a custom deck is written; `id` keeps an existing prompt (and its answers) when
/// a deck is updated.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct PromptInput {
    pub id: Option<String>,
    #[ts(optional = false)]
    pub text: String,
    pub help: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export, optional_fields = nullable)]
pub struct DeckInput {
    #[ts(optional = false)]
    pub name: String,
    pub description: Option<String>,
    /// In the order shown (updating reorders).
    #[ts(optional = false)]
    pub prompts: Vec<PromptInput>,
}
