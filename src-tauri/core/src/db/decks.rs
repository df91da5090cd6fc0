//! Prompt decks: the "work backwards" questions put to the room.

use rusqlite::{params, Connection, OptionalExtension};

use super::{required, Db};
use crate::model::{Prompt, PromptDeck};
use crate::time::{new_id, now};
use crate::{Error, Result};

/// Stores a deck with its prompts, in the order given; returns its id.
pub(crate) fn insert(
    conn: &Connection,
    name: &str,
    description: &str,
    builtin: bool,
    prompts: &[(String, String)],
) -> Result<String> {
    let name = required("name", name)?;
    let id = new_id();
    let at = now();
    let position: u32 = conn.query_row(
        "SELECT COALESCE(MAX(position) + 1, 0) FROM prompt_decks",
        [],
        |r| r.get(0),
    )?;
    conn.execute(
        "INSERT INTO prompt_decks (id, name, description, builtin, position, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![id, name, description.trim(), builtin, position, at],
    )?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO prompts (id, deck_id, position, text, help, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )?;
    for (i, (text, help)) in prompts.iter().enumerate() {
        let text = required(&format!("prompts[{i}].text"), text)?;
        stmt.execute(params![new_id(), id, i as u32, text, help.trim(), at])?;
    }
    Ok(id)
}

pub(crate) fn get(conn: &Connection, id: &str) -> Result<PromptDeck> {
    let mut deck = conn
        .query_row(
            "SELECT id, name, description, builtin FROM prompt_decks WHERE id = ?1",
            [id],
            |r| {
                Ok(PromptDeck {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    description: r.get(2)?,
                    builtin: r.get(3)?,
                    prompts: Vec::new(),
                })
            },
        )
        .optional()?
        .ok_or_else(|| Error::not_found("prompt deck", id))?;
    let mut stmt = conn.prepare_cached(
        "SELECT id, deck_id, position, text, help FROM prompts WHERE deck_id = ?1 ORDER BY position",
    )?;
    deck.prompts = stmt
        .query_map([id], |r| {
            Ok(Prompt {
                id: r.get(0)?,
                deck_id: r.get(1)?,
                position: r.get(2)?,
                text: r.get(3)?,
                help: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(deck)
}

impl Db {
    /// All decks with their prompts, built-in ones first.
    pub fn list_decks(&self) -> Result<Vec<PromptDeck>> {
        let ids: Vec<String> = self
            .conn()
            .prepare_cached("SELECT id FROM prompt_decks ORDER BY builtin DESC, position")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.iter().map(|id| get(self.conn(), id)).collect()
    }
}
