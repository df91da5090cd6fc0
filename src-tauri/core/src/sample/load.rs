//! Writing a [`Sample`] into the workspace: one step per part (decks, personas, people,
//! anecdotes, the meeting with its answers and decisions, escalations), each looking up what the
//! earlier steps stored by the sample's own keys.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;

use super::{
    Sample, SampleAnecdote, SampleDecision, SampleDeck, SampleEscalation, SampleMeeting,
    SamplePerson, SamplePersona,
};
use crate::db::{self, NewAnecdote};
use crate::model::{
    AnnotationInput, AnswerInput, EscalationResolution, Meeting, MeetingStatus, NewAgendaItem,
    NewDecision, NewEscalation, NewImpact, NewMeeting, NewPersona, Person, PersonInput, Provenance,
};
use crate::{Error, Result};

fn lookup<'a>(map: &'a HashMap<&str, String>, what: &'static str, key: &str) -> Result<&'a String> {
    map.get(key).ok_or_else(|| Error::not_found(what, key))
}

/// The stored ids of what has been written so far, by the sample's own keys.
struct Ids<'s> {
    decks: HashMap<&'s str, String>,
    personas: HashMap<&'s str, String>,
    people: HashMap<&'s str, Person>,
    /// By source reference.
    anecdotes: HashMap<&'s str, String>,
}

impl Ids<'_> {
    fn deck(&self, key: &str) -> Result<&String> {
        lookup(&self.decks, "prompt deck", key)
    }

    fn persona(&self, key: &str) -> Result<String> {
        lookup(&self.personas, "persona", key).cloned()
    }

    fn personas(&self, keys: &[String]) -> Result<Vec<String>> {
        keys.iter().map(|k| self.persona(k)).collect()
    }

    fn anecdote(&self, source_ref: &str) -> Result<String> {
        lookup(&self.anecdotes, "anecdote", source_ref).cloned()
    }

    fn person(&self, key: &str) -> Result<&Person> {
        self.people
            .get(key)
            .ok_or_else(|| Error::not_found("person", key))
    }
}

/// Writes the sample's decks (as built-in) and, with `content`, its personas, anecdotes and
/// meeting. Runs inside the caller's transaction.
pub(crate) fn load(conn: &Connection, sample: &Sample, content: bool) -> Result<()> {
    let decks = keyed(&sample.decks, |d| &d.key, |d| insert_deck(conn, d))?;
    if !content {
        return Ok(());
    }
    let mut ids = Ids {
        decks,
        personas: keyed(&sample.personas, |p| &p.key, |p| insert_persona(conn, p))?,
        people: keyed(&sample.people, |p| &p.key, |p| insert_person(conn, p))?,
        anecdotes: HashMap::new(),
    };
    ids.anecdotes = keyed(
        &sample.anecdotes,
        |a| &a.source_ref,
        |a| insert_anecdote(conn, a, &ids),
    )?;
    let meeting = insert_meeting(conn, &sample.meeting, &ids)?;
    insert_escalations(conn, &sample.escalations, &ids, &meeting.id)
}

/// Writes each item in order with `insert`, keeping what it returns under the item's `key`.
fn keyed<'s, T, V>(
    items: &'s [T],
    key: impl Fn(&'s T) -> &'s String,
    mut insert: impl FnMut(&T) -> Result<V>,
) -> Result<HashMap<&'s str, V>> {
    items
        .iter()
        .map(|item| Ok((key(item).as_str(), insert(item)?)))
        .collect()
}

fn insert_deck(conn: &Connection, deck: &SampleDeck) -> Result<String> {
    let prompts: Vec<(String, String)> = deck
        .prompts
        .iter()
        .map(|p| (p.text.clone(), p.help.clone()))
        .collect();
    db::decks::insert(conn, &deck.name, &deck.description, true, &prompts)
}

fn insert_persona(conn: &Connection, p: &SamplePersona) -> Result<String> {
    let stored = db::personas::insert(
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
    Ok(stored.id)
}

fn insert_person(conn: &Connection, p: &SamplePerson) -> Result<Person> {
    let input = PersonInput {
        name: p.name.clone(),
        role: Some(p.role),
    };
    db::people::insert(conn, &input)
}

fn insert_anecdote(conn: &Connection, a: &SampleAnecdote, ids: &Ids) -> Result<String> {
    db::anecdotes::insert(
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
            persona_ids: ids.personas(&a.personas)?,
        },
    )
}

/// Writes the ended meeting with its agenda (planned and spent minutes), the room's answers and
/// the decisions with their annotations.
fn insert_meeting(conn: &Connection, m: &SampleMeeting, ids: &Ids) -> Result<Meeting> {
    let meeting = db::meetings::insert(
        conn,
        &NewMeeting {
            title: m.title.clone(),
            held_on: Some(m.held_on),
            goal: Some(m.goal.clone()),
            deck_id: Some(ids.deck(&m.deck)?.clone()),
            persona_ids: Some(ids.personas(&m.personas)?),
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
    let agenda = db::agenda::ids(conn, &meeting.id)?;
    let ended = meeting.ended_at.clone().unwrap_or_default();
    for (item, id) in m.agenda.iter().zip(&agenda) {
        db::agenda::set_planned_minutes(conn, id, item.minutes)?;
        db::agenda::set_spent(conn, id, item.spent_minutes, &ended)?;
    }
    insert_answers(conn, m, ids, &meeting.id, &agenda)?;
    for d in &m.decisions {
        insert_decision(conn, d, ids, &meeting.id, &agenda)?;
    }
    Ok(meeting)
}

fn insert_answers(
    conn: &Connection,
    m: &SampleMeeting,
    ids: &Ids,
    meeting_id: &str,
    agenda: &[String],
) -> Result<()> {
    let deck = db::decks::get(conn, ids.deck(&m.deck)?)?;
    for a in &m.answers {
        let prompt = deck
            .prompts
            .get(a.prompt)
            .ok_or_else(|| Error::not_found("prompt", a.prompt.to_string()))?;
        db::answers::upsert(
            conn,
            &AnswerInput {
                meeting_id: meeting_id.to_owned(),
                prompt_id: prompt.id.clone(),
                answer: a.answer.clone(),
                agenda_item_id: agenda.get(a.agenda).cloned(),
                decision_id: None,
            },
        )?;
    }
    Ok(())
}

fn insert_decision(
    conn: &Connection,
    d: &SampleDecision,
    ids: &Ids,
    meeting_id: &str,
    agenda: &[String],
) -> Result<()> {
    let impacts = d
        .impacts
        .iter()
        .map(|i| {
            Ok(NewImpact {
                persona_id: Some(ids.persona(&i.persona)?),
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
        .map(|r| ids.anecdote(r))
        .collect::<Result<_>>()?;
    let decision = db::decisions::insert(
        conn,
        &NewDecision {
            meeting_id: meeting_id.to_owned(),
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
        db::annotations::insert(conn, &decision.id, ids.person(&a.author)?, &input)?;
    }
    Ok(())
}

/// Writes the escalations, raised and resolved the given hours before now.
fn insert_escalations(
    conn: &Connection,
    escalations: &[SampleEscalation],
    ids: &Ids,
    meeting_id: &str,
) -> Result<()> {
    let loaded = Utc::now();
    let hours_ago = |h: u32| -> DateTime<Utc> { loaded - Duration::hours(i64::from(h)) };
    for e in escalations {
        let input = NewEscalation {
            anecdote_id: ids.anecdote(&e.anecdote)?,
            owner: e.owner.clone(),
            deadline_hours: e.deadline_hours,
            note: Some(e.note.clone()),
            meeting_id: e.in_meeting.then(|| meeting_id.to_owned()),
        };
        let raised_by = &ids.person(&e.raised_by)?.name;
        let id = db::escalations::insert(conn, &input, raised_by, hours_ago(e.raised_hours_ago))?;
        if let Some(r) = &e.resolution {
            let resolution = EscalationResolution {
                escalation_id: id,
                root_cause: r.root_cause.clone(),
                fix: r.fix.clone(),
            };
            let by = &ids.person(&r.resolved_by)?.name;
            db::escalations::resolve(conn, &resolution, by, hours_ago(r.hours_ago))?;
        }
    }
    Ok(())
}
