//! The sample workspace shown on first start: personas, the people who use the workspace,
//! anecdotes, prompt decks, one finished meeting with the ambassador's annotations, and two
//! escalations (one open, one resolved but not yet reported), written for this app
//! (`sample/workspace.json`). The prompt decks are also the built-in decks of an empty workspace.
//!
//! Nobody is chosen as the current person: the app asks "who are you?" before the first
//! annotation, as it would in a real workspace. Escalation times are relative to the moment the
//! sample loads, so the open one is never already overdue and the resolved one is reported by the
//! first meeting the user starts.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::Connection;
use serde::Deserialize;

use crate::db::{self, NewAnecdote};
use crate::model::{
    AnnotationFlag, AnnotationInput, AnswerInput, Confidence, DecisionStatus, EscalationResolution,
    ImpactDirection, MeetingStatus, NewAgendaItem, NewDecision, NewEscalation, NewImpact,
    NewMeeting, NewPersona, Person, PersonInput, Provenance, Reversibility, Role, Sentiment,
    Stance,
};
use crate::{Error, Result};

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

fn lookup<'a>(map: &'a HashMap<&str, String>, what: &'static str, key: &str) -> Result<&'a String> {
    map.get(key).ok_or_else(|| Error::not_found(what, key))
}

/// Writes the sample's decks (as built-in) and, with `content`, its personas, anecdotes and
/// meeting. Runs inside the caller's transaction.
pub(crate) fn load(conn: &Connection, sample: &Sample, content: bool) -> Result<()> {
    let mut deck_ids: HashMap<&str, String> = HashMap::new();
    for deck in &sample.decks {
        let prompts: Vec<(String, String)> = deck
            .prompts
            .iter()
            .map(|p| (p.text.clone(), p.help.clone()))
            .collect();
        let id = db::decks_insert(conn, &deck.name, &deck.description, true, &prompts)?;
        deck_ids.insert(&deck.key, id);
    }
    if !content {
        return Ok(());
    }

    let mut persona_ids: HashMap<&str, String> = HashMap::new();
    for p in &sample.personas {
        let stored = db::personas_insert(
            conn,
            &NewPersona {
                name: p.name.clone(),
                segment: Some(p.segment.clone()),
                bio: Some(p.bio.clone()),
                goals: Some(p.goals.clone()),
                frustrations: Some(p.frustrations.clone()),
                needs: Some(p.needs.clone()),
                quote: Some(p.quote.clone()),
                success_measure: Some(p.success_measure.clone()),
            },
        )?;
        persona_ids.insert(&p.key, stored.id);
    }

    let mut people: HashMap<&str, Person> = HashMap::new();
    for p in &sample.people {
        let stored = db::people_insert(
            conn,
            &PersonInput {
                name: p.name.clone(),
                role: Some(p.role),
            },
        )?;
        people.insert(&p.key, stored);
    }
    let person = |key: &str| {
        people
            .get(key)
            .ok_or_else(|| Error::not_found("person", key))
    };

    let mut anecdote_ids: HashMap<&str, String> = HashMap::new();
    for a in &sample.anecdotes {
        let personas = a
            .personas
            .iter()
            .map(|k| lookup(&persona_ids, "persona", k).cloned())
            .collect::<Result<_>>()?;
        let id = db::anecdotes_insert(
            conn,
            &NewAnecdote {
                text: a.text.clone(),
                said_on: Some(a.said_on),
                channel: a.channel.clone(),
                product_area: a.product_area.clone(),
                segment: a.segment.clone(),
                sentiment: a.sentiment,
                severity: a.severity,
                customer_count: a.customer_count,
                tags: a.tags.clone(),
                source_ref: Some(a.source_ref.clone()),
                provenance: Provenance::Synthesized,
                persona_ids: personas,
            },
        )?;
        anecdote_ids.insert(&a.source_ref, id);
    }

    let m = &sample.meeting;
    let meeting = db::meetings_insert(
        conn,
        &NewMeeting {
            title: m.title.clone(),
            held_on: Some(m.held_on),
            goal: Some(m.goal.clone()),
            deck_id: Some(lookup(&deck_ids, "prompt deck", &m.deck)?.clone()),
            persona_ids: Some(
                m.personas
                    .iter()
                    .map(|k| lookup(&persona_ids, "persona", k).cloned())
                    .collect::<Result<_>>()?,
            ),
            agenda: Some(
                m.agenda
                    .iter()
                    .map(|a| NewAgendaItem {
                        title: a.title.clone(),
                        planned_minutes: Some(a.minutes),
                    })
                    .collect(),
            ),
            ..Default::default()
        },
        MeetingStatus::Ended,
    )?;
    let agenda = db::agenda_ids(conn, &meeting.id)?;
    let ended = meeting.ended_at.clone().unwrap_or_default();
    for (item, id) in m.agenda.iter().zip(&agenda) {
        db::set_planned_minutes(conn, id, item.minutes)?;
        db::set_spent(conn, id, item.spent_minutes, &ended)?;
    }
    let deck = db::decks_get(conn, lookup(&deck_ids, "prompt deck", &m.deck)?)?;
    for a in &m.answers {
        let prompt = deck
            .prompts
            .get(a.prompt)
            .ok_or_else(|| Error::not_found("prompt", a.prompt.to_string()))?;
        db::answers_upsert(
            conn,
            &AnswerInput {
                meeting_id: meeting.id.clone(),
                prompt_id: prompt.id.clone(),
                answer: a.answer.clone(),
                agenda_item_id: agenda.get(a.agenda).cloned(),
                decision_id: None,
            },
        )?;
    }
    for d in &m.decisions {
        let impacts = d
            .impacts
            .iter()
            .map(|i| {
                Ok(NewImpact {
                    persona_id: Some(lookup(&persona_ids, "persona", &i.persona)?.clone()),
                    segment: None,
                    direction: i.direction,
                    magnitude: Some(i.magnitude),
                    confidence: Some(i.confidence),
                    reach: Some(i.reach.clone()),
                    what_changes: i.what_changes.clone(),
                })
            })
            .collect::<Result<_>>()?;
        let evidence = d
            .evidence
            .iter()
            .map(|r| lookup(&anecdote_ids, "anecdote", r).cloned())
            .collect::<Result<_>>()?;
        let decision = db::decisions_insert(
            conn,
            &NewDecision {
                meeting_id: meeting.id.clone(),
                agenda_item_id: agenda.get(d.agenda).cloned(),
                statement: d.statement.clone(),
                rationale: Some(d.rationale.clone()),
                options_considered: Some(d.options_considered.clone()),
                owner: Some(d.owner.clone()),
                status: Some(d.status),
                reversibility: Some(d.reversibility),
                review_on: Some(d.review_on),
                impacts: Some(impacts),
                evidence_ids: Some(evidence),
                ..Default::default()
            },
        )?;
        for a in &d.annotations {
            let input = AnnotationInput {
                stance: a.stance,
                feeling: Some(a.feeling),
                comment: a.comment.clone(),
                flags: a.flags.clone(),
            };
            db::annotations_insert(conn, &decision.id, person(&a.author)?, &input)?;
        }
    }

    let loaded = Utc::now();
    let hours_ago = |h: u32| -> DateTime<Utc> { loaded - Duration::hours(i64::from(h)) };
    for e in &sample.escalations {
        let input = NewEscalation {
            anecdote_id: lookup(&anecdote_ids, "anecdote", &e.anecdote)?.clone(),
            owner: e.owner.clone(),
            deadline_hours: e.deadline_hours,
            note: Some(e.note.clone()),
            meeting_id: e.in_meeting.then(|| meeting.id.clone()),
        };
        let raised_by = &person(&e.raised_by)?.name;
        let id = db::escalations_insert(conn, &input, raised_by, hours_ago(e.raised_hours_ago))?;
        if let Some(r) = &e.resolution {
            let resolution = EscalationResolution {
                escalation_id: id,
                root_cause: r.root_cause.clone(),
                fix: r.fix.clone(),
            };
            let by = &person(&r.resolved_by)?.name;
            db::escalations_resolve(conn, &resolution, by, hours_ago(r.hours_ago))?;
        }
    }
    Ok(())
}
