//! The prompt decks of a meeting: its first (the meeting's `deck_id`) and those added, and
//! the questions they make together.

use rusqlite::{params, Connection};

use super::decks;
use crate::model::{Meeting, PromptDeck};
use crate::{Error, Result};

/// The decks of the meeting in order: its first (`deck_id`), then those added.
pub(crate) fn ids(conn: &Connection, meeting: &Meeting) -> Result<Vec<String>> {
    let mut ids: Vec<String> = meeting.deck_id.iter().cloned().collect();
    ids.extend(
        conn.prepare_cached(
            "SELECT deck_id FROM meeting_decks WHERE meeting_id = ?1 ORDER BY position",
        )?
        .query_map([&meeting.id], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?,
    );
    Ok(ids)
}

/// The questions the meeting works through: its deck, or, with several, one deck made of
/// their prompts in order (named after all of them, with the first deck's id).
pub(crate) fn questions(conn: &Connection, meeting: &Meeting) -> Result<Option<PromptDeck>> {
    let mut decks = meeting
        .deck_ids
        .iter()
        .map(|d| decks::get(conn, d))
        .collect::<Result<Vec<_>>>()?
        .into_iter();
    let Some(mut first) = decks.next() else {
        return Ok(None);
    };
    for more in decks {
        first.name = format!("{} + {}", first.name, more.name);
        first.builtin &= more.builtin;
        first.prompts.extend(more.prompts);
    }
    Ok(Some(first))
}

/// Makes `deck_ids` the meeting's decks, in order. The prompt on screen stays on screen when
/// it is still among the questions; otherwise the first question is.
pub(crate) fn set(
    conn: &Connection,
    meeting: &Meeting,
    deck_ids: &[String],
    at: &str,
) -> Result<()> {
    let shown = questions(conn, meeting)?
        .and_then(|d| d.prompts.into_iter().nth(meeting.prompt_index as usize))
        .map(|p| p.id);
    let mut seen = Vec::new();
    for (i, deck) in deck_ids.iter().enumerate() {
        decks::get(conn, deck).map_err(|e| match e {
            Error::NotFound { .. } => {
                Error::invalid(format!("deckIds[{i}]"), format!("no prompt deck {deck:?}"))
            }
            other => other,
        })?;
        if !seen.contains(deck) {
            seen.push(deck.clone());
        }
    }
    conn.execute(
        "DELETE FROM meeting_decks WHERE meeting_id = ?1",
        [&meeting.id],
    )?;
    for (i, deck) in seen.iter().enumerate().skip(1) {
        conn.execute(
            "INSERT INTO meeting_decks (meeting_id, deck_id, position) VALUES (?1, ?2, ?3)",
            params![meeting.id, deck, i as u32],
        )?;
    }
    let mut changed = meeting.clone();
    changed.deck_id = seen.first().cloned();
    changed.deck_ids = seen.clone();
    let index = questions(conn, &changed)?
        .and_then(|d| d.prompts.iter().position(|p| Some(&p.id) == shown.as_ref()))
        .unwrap_or(0);
    conn.execute(
        "UPDATE meetings SET deck_id = ?2, prompt_index = ?3, updated_at = ?4 WHERE id = ?1",
        params![meeting.id, changed.deck_id, index as u32, at],
    )?;
    Ok(())
}
