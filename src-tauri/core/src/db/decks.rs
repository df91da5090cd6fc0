//! Prompt decks: the "work backwards" questions put to the room. The built-in decks come with
//! the app; the user's own decks can be edited, deleted, and moved between workspaces as JSON.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{required, Db};
use crate::model::{DeckInput, Prompt, PromptDeck, PromptInput};
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

/// The prompts of `input` as stored: text required and trimmed, help trimmed.
fn prompt_texts(prompts: &[PromptInput]) -> Result<Vec<(String, String)>> {
    prompts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            Ok((
                required(&format!("prompts[{i}].text"), &p.text)?,
                p.help.as_deref().unwrap_or("").trim().to_owned(),
            ))
        })
        .collect()
}

fn custom(conn: &Connection, id: &str, what: &str) -> Result<PromptDeck> {
    let deck = get(conn, id)?;
    if deck.builtin {
        return Err(Error::invalid(
            "deck",
            format!(
                "the built-in deck \u{201c}{}\u{201d} cannot be {what}",
                deck.name
            ),
        ));
    }
    Ok(deck)
}

/// A deck as a file: what `export_deck` writes and `import_deck` reads.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct DeckFile {
    /// Format version; always 1.
    empty_chair_deck: u32,
    name: String,
    #[serde(default)]
    description: String,
    prompts: Vec<DeckFilePrompt>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeckFilePrompt {
    text: String,
    #[serde(default)]
    help: String,
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

    /// A custom deck with `input`'s prompts, in order.
    pub fn create_deck(&mut self, input: &DeckInput) -> Result<PromptDeck> {
        let prompts = prompt_texts(&input.prompts)?;
        self.write(|tx| {
            let id = insert(
                tx,
                &input.name,
                input.description.as_deref().unwrap_or(""),
                false,
                &prompts,
            )?;
            get(tx, &id)
        })
    }

    /// Replaces a custom deck's name, description and prompts, in the order given. A prompt
    /// given with its `id` is kept (with the answers the room gave it) and moved; prompts left
    /// out are deleted with their answers.
    pub fn update_deck(&mut self, id: &str, input: &DeckInput) -> Result<PromptDeck> {
        let name = required("name", &input.name)?;
        let texts = prompt_texts(&input.prompts)?;
        self.write(|tx| {
            let deck = custom(tx, id, "changed")?;
            let mut kept: Vec<&str> = Vec::new();
            for (i, p) in input.prompts.iter().enumerate() {
                if let Some(pid) = p.id.as_deref() {
                    if !deck.prompts.iter().any(|q| q.id == pid) {
                        return Err(Error::invalid(
                            format!("prompts[{i}].id"),
                            format!("prompt {pid} is not in this deck"),
                        ));
                    }
                    if kept.contains(&pid) {
                        return Err(Error::invalid(
                            format!("prompts[{i}].id"),
                            format!("prompt {pid} is given twice"),
                        ));
                    }
                    kept.push(pid);
                }
            }
            let at = now();
            tx.execute(
                "UPDATE prompt_decks SET name = ?2, description = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, name, input.description.as_deref().unwrap_or("").trim(), at],
            )?;
            for old in &deck.prompts {
                if !kept.contains(&old.id.as_str()) {
                    tx.execute("DELETE FROM prompts WHERE id = ?1", [&old.id])?;
                }
            }
            // Out of the way of the (deck, position) uniqueness while positions are rewritten.
            tx.execute(
                "UPDATE prompts SET position = -1 - position WHERE deck_id = ?1",
                [id],
            )?;
            for (i, (p, (text, help))) in input.prompts.iter().zip(&texts).enumerate() {
                match &p.id {
                    Some(pid) => tx.execute(
                        "UPDATE prompts SET position = ?2, text = ?3, help = ?4, updated_at = ?5
                         WHERE id = ?1",
                        params![pid, i as u32, text, help, at],
                    )?,
                    None => tx.execute(
                        "INSERT INTO prompts (id, deck_id, position, text, help, created_at,
                             updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                        params![new_id(), id, i as u32, text, help, at],
                    )?,
                };
            }
            get(tx, id)
        })
    }

    /// Deletes a custom deck, its prompts and the answers given to them; meetings that used it
    /// go on without a deck.
    pub fn delete_deck(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            custom(tx, id, "deleted")?;
            tx.execute("DELETE FROM prompt_decks WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// Writes the deck to `path` as JSON (`{"emptyChairDeck": 1, name, description, prompts}`).
    pub fn export_deck(&self, id: &str, path: &Path) -> Result<()> {
        let deck = get(self.conn(), id)?;
        let file = DeckFile {
            empty_chair_deck: 1,
            name: deck.name,
            description: deck.description,
            prompts: deck
                .prompts
                .into_iter()
                .map(|p| DeckFilePrompt {
                    text: p.text,
                    help: p.help,
                })
                .collect(),
        };
        let mut text = serde_json::to_string_pretty(&file)?;
        text.push('\n');
        crate::export::write_file(path, text.as_bytes())
    }

    /// Adds the deck in the JSON file at `path` (as `export_deck` writes it) as a custom deck.
    pub fn import_deck(&mut self, path: &Path) -> Result<PromptDeck> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        let file: DeckFile = serde_json::from_str(&text)
            .map_err(|e| Error::invalid(path.display().to_string(), e.to_string()))?;
        if file.empty_chair_deck != 1 {
            return Err(Error::invalid(
                format!("{}: emptyChairDeck", path.display()),
                format!("version {} is not supported (1 is)", file.empty_chair_deck),
            ));
        }
        let input = DeckInput {
            name: file.name,
            description: Some(file.description),
            prompts: file
                .prompts
                .into_iter()
                .map(|p| PromptInput {
                    id: None,
                    text: p.text,
                    help: Some(p.help),
                })
                .collect(),
        };
        self.create_deck(&input).map_err(|e| match e {
            Error::Invalid { field, message } => {
                Error::invalid(format!("{}: {field}", path.display()), message)
            }
            other => other,
        })
    }
}
