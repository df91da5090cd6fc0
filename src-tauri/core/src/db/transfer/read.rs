//! Reading an export's records from the workspace: the decisions a filter takes, their
//! meetings, and everything those name (people, personas, anecdotes and their escalations,
//! decks, action items).

use std::collections::BTreeSet;

use rusqlite::types::ToSql;
use rusqlite::{Connection, Row};

use super::file::{
    AnswerRec, DecisionRec, DeckRec, EscalationRec, LogFile, MeetingRec, PersonaRec, SCHEMA,
    SCHEMA_VERSION,
};
use crate::db::record::{load, load_where};
use crate::db::{action_items, anecdotes, decision_log, decision_search};
use crate::model::{ActionItem, DecisionFilter, Person};
use crate::Result;

pub(super) fn rows<T>(
    conn: &Connection,
    sql: &str,
    args: &[&dyn ToSql],
    map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    Ok(conn
        .prepare_cached(sql)?
        .query_map(args, map)?
        .collect::<rusqlite::Result<_>>()?)
}

fn meeting_rec(conn: &Connection, id: &str, decisions: &BTreeSet<String>) -> Result<MeetingRec> {
    let mut m: MeetingRec = load(conn, id)?;
    m.persona_ids = rows(
        conn,
        "SELECT persona_id FROM meeting_personas WHERE meeting_id = ?1 ORDER BY position, persona_id",
        &[&id],
        |r| r.get(0),
    )?;
    m.attendees = load_where(conn, "WHERE meeting_id = ?1 ORDER BY position, id", &[&id])?;
    m.agenda = load_where(conn, "WHERE meeting_id = ?1 ORDER BY position, id", &[&id])?;
    // Answers for a decision left out of the export stay behind with it.
    m.answers = load_where(
        conn,
        "WHERE meeting_id = ?1 ORDER BY created_at, id",
        &[&id],
    )?
    .into_iter()
    .filter(|a: &AnswerRec| a.decision_id.as_ref().is_none_or(|d| decisions.contains(d)))
    .collect();
    m.consulted = load_where(
        conn,
        "WHERE meeting_id = ?1 ORDER BY first_at, anecdote_id",
        &[&id],
    )?;
    Ok(m)
}

fn decision_rec(conn: &Connection, id: &str) -> Result<DecisionRec> {
    let mut d: DecisionRec = load(conn, id)?;
    d.impacts = load_where(
        conn,
        "WHERE decision_id = ?1 ORDER BY created_at, rowid",
        &[&id],
    )?;
    d.evidence = load_where(
        conn,
        "WHERE decision_id = ?1 ORDER BY created_at, anecdote_id",
        &[&id],
    )?;
    d.annotations = load_where(
        conn,
        "WHERE decision_id = ?1 ORDER BY created_at, id",
        &[&id],
    )?;
    Ok(d)
}

fn deck_rec(conn: &Connection, id: &str) -> Result<DeckRec> {
    let mut deck: DeckRec = load(conn, id)?;
    deck.prompts = load_where(conn, "WHERE deck_id = ?1 ORDER BY position, id", &[&id])?;
    Ok(deck)
}

fn escalation_recs(conn: &Connection, anecdote_id: &str) -> Result<Vec<EscalationRec>> {
    load_where(
        conn,
        "WHERE anecdote_id = ?1 ORDER BY created_at, id",
        &[&anecdote_id],
    )
}

/// The ids of what the exported meetings, decisions and action items name.
#[derive(Default)]
struct Named {
    anecdotes: BTreeSet<String>,
    personas: BTreeSet<String>,
    people: BTreeSet<String>,
    decks: BTreeSet<String>,
}

fn named(
    conn: &Connection,
    meetings: &[MeetingRec],
    decisions: &[DecisionRec],
    action_items: &[ActionItem],
) -> Result<Named> {
    let mut n = Named::default();
    for m in meetings {
        n.anecdotes
            .extend(m.consulted.iter().map(|c| c.anecdote_id.clone()));
        n.personas.extend(m.persona_ids.iter().cloned());
        n.decks.extend(m.deck_id.iter().cloned());
        for a in &m.answers {
            let deck: String = conn
                .prepare_cached("SELECT deck_id FROM prompts WHERE id = ?1")?
                .query_row([&a.prompt_id], |r| r.get(0))?;
            n.decks.insert(deck);
        }
    }
    for item in action_items {
        n.people.extend(item.owner_person_id.iter().cloned());
    }
    for d in decisions {
        n.anecdotes
            .extend(d.evidence.iter().map(|e| e.anecdote_id.clone()));
        n.personas
            .extend(d.impacts.iter().filter_map(|i| i.persona_id.clone()));
        n.people
            .extend(d.annotations.iter().filter_map(|a| a.person_id.clone()));
    }
    Ok(n)
}

/// The action items on the exported meetings, and on the decisions exported with them.
fn action_items_of(
    conn: &Connection,
    meetings: &[MeetingRec],
    decision_ids: &BTreeSet<String>,
) -> Result<Vec<ActionItem>> {
    let mut items = Vec::new();
    for m in meetings {
        for item in action_items::for_meeting(conn, &m.id)? {
            if item
                .decision_id
                .as_ref()
                .is_none_or(|d| decision_ids.contains(d))
            {
                items.push(item);
            }
        }
    }
    Ok(items)
}

/// Everything the JSON export holds for the decisions `filter` takes.
pub(super) fn log_file(
    conn: &Connection,
    filter: &DecisionFilter,
    matches: Option<&decision_search::Matches>,
) -> Result<LogFile> {
    let picked = decision_log::pick(conn, filter, matches)?;
    let decision_ids: BTreeSet<String> = picked.iter().map(|(d, _)| d.clone()).collect();
    let mut meeting_ids: Vec<&str> = Vec::new();
    for (_, m) in &picked {
        if meeting_ids.last() != Some(&m.as_str()) {
            meeting_ids.push(m);
        }
    }
    let meetings = meeting_ids
        .iter()
        .map(|id| meeting_rec(conn, id, &decision_ids))
        .collect::<Result<Vec<_>>>()?;
    let decisions = picked
        .iter()
        .map(|(id, _)| decision_rec(conn, id))
        .collect::<Result<Vec<_>>>()?;
    let action_items = action_items_of(conn, &meetings, &decision_ids)?;
    let mut named = named(conn, &meetings, &decisions, &action_items)?;

    let ids: Vec<String> = named.anecdotes.iter().cloned().collect();
    let mut found = anecdotes::by_ids(conn, &ids)?;
    found.sort_by(|a, b| a.id.cmp(&b.id));
    for a in &found {
        named.personas.extend(a.persona_ids.iter().cloned());
    }
    let mut escalations = Vec::new();
    for a in &found {
        escalations.extend(escalation_recs(conn, &a.id)?);
    }
    Ok(LogFile {
        schema: SCHEMA.to_owned(),
        version: SCHEMA_VERSION,
        filter: filter.clone(),
        people: named
            .people
            .iter()
            .map(|id| load::<Person>(conn, id))
            .collect::<Result<_>>()?,
        personas: named
            .personas
            .iter()
            .map(|id| load::<PersonaRec>(conn, id))
            .collect::<Result<_>>()?,
        anecdotes: found,
        escalations,
        decks: named
            .decks
            .iter()
            .map(|id| deck_rec(conn, id))
            .collect::<Result<_>>()?,
        meetings,
        decisions,
        action_items,
    })
}
