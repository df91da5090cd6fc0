//! The sample workspace shown on first start: personas, the people who use the workspace,
//! anecdotes, prompt decks, one finished meeting with the ambassador's annotations, and two
//! escalations (one open, one resolved but not yet reported), written for this app
//! (`sample/workspace.json`). The prompt decks are also the built-in decks of an empty workspace.
//!
//! Nobody is chosen as the current person: the app asks "who are you?" before the first
//! annotation, as it would in a real workspace. Escalation times are relative to the moment the
//! sample loads, so the open one is never already overdue and the resolved one is reported by the
//! first meeting the user starts.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::model::{
    AnnotationFlag, Confidence, DecisionStatus, ImpactDirection, Reversibility, Role, Sentiment,
    Stance,
};

mod load;

pub(crate) use load::load;

const SAMPLE_JSON: &str = include_str!("sample/workspace.json");

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Sample {
    personas: Vec<SamplePersona>,
    people: Vec<SamplePerson>,
    anecdotes: Vec<SampleAnecdote>,
    decks: Vec<SampleDeck>,
    meeting: SampleMeeting,
    escalations: Vec<SampleEscalation>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SamplePerson {
    key: String,
    name: String,
    role: Role,
}

/// An ambassador's annotation; `author` is a person's key.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SampleAnnotation {
    author: String,
    stance: Stance,
    feeling: u8,
    comment: String,
    flags: Vec<AnnotationFlag>,
}

/// An escalation of the anecdote with source reference `anecdote`, raised `raised_hours_ago`
/// before the sample loads by the person with key `raised_by`, in the sample meeting or not.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SampleEscalation {
    anecdote: String,
    owner: String,
    note: String,
    raised_by: String,
    in_meeting: bool,
    deadline_hours: u32,
    raised_hours_ago: u32,
    resolution: Option<SampleResolution>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SampleResolution {
    resolved_by: String,
    hours_ago: u32,
    root_cause: String,
    fix: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SamplePersona {
    key: String,
    name: String,
    segment: String,
    bio: String,
    goals: Vec<String>,
    frustrations: Vec<String>,
    needs: Vec<String>,
    quote: String,
    success_measure: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SampleAnecdote {
    text: String,
    said_on: NaiveDate,
    channel: String,
    product_area: String,
    segment: String,
    sentiment: Sentiment,
    severity: u8,
    customer_count: u32,
    tags: Vec<String>,
    source_ref: String,
    personas: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SampleDeck {
    #[allow(dead_code)]
    key: String,
    name: String,
    description: String,
    prompts: Vec<SamplePrompt>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SamplePrompt {
    text: String,
    help: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SampleMeeting {
    title: String,
    held_on: NaiveDate,
    goal: String,
    deck: String,
    personas: Vec<String>,
    agenda: Vec<SampleAgendaItem>,
    answers: Vec<SampleAnswer>,
    decisions: Vec<SampleDecision>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SampleAgendaItem {
    title: String,
    minutes: u32,
    /// How long the room actually spent on it.
    spent_minutes: u32,
}

/// The room's answer to prompt `prompt` (index in the meeting's deck) during agenda item `agenda`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SampleAnswer {
    prompt: usize,
    agenda: usize,
    answer: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SampleDecision {
    agenda: usize,
    statement: String,
    rationale: String,
    options_considered: String,
    owner: String,
    status: DecisionStatus,
    reversibility: Reversibility,
    review_on: NaiveDate,
    impacts: Vec<SampleImpact>,
    evidence: Vec<String>,
    annotations: Vec<SampleAnnotation>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SampleImpact {
    persona: String,
    direction: ImpactDirection,
    magnitude: u8,
    confidence: Confidence,
    reach: String,
    what_changes: String,
}

impl Sample {
    /// The sample shipped inside the app.
    pub fn builtin() -> Sample {
        serde_json::from_str(SAMPLE_JSON).expect("sample/workspace.json matches `Sample`")
    }
}
