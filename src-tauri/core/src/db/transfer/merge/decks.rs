//! Merging prompt decks and their prompts. A built-in deck is the app's: the workspace keeps
//! its own, and a file's exact copy of one is taken for it.

use rusqlite::OptionalExtension;

use super::{at, Merge};
use crate::db::record::{add, set, Record};
use crate::db::transfer::file::{DeckRec, LogFile, PromptRec};
use crate::db::transfer::read::rows;
use crate::Result;

impl Merge<'_> {
    /// The workspace's built-in deck that `deck` is an exact copy of (same name, description,
    /// prompts and help, in the same order), with its prompt ids by position and whether a
    /// meeting or an answer uses it: every workspace has the built-in decks under ids of its own.
    fn same_builtin(&self, deck: &DeckRec) -> Result<Option<(String, Vec<String>, bool)>> {
        let candidates: Vec<(String, String)> = rows(
            self.conn,
            "SELECT id, description FROM prompt_decks WHERE builtin = 1 AND name = ?1
             ORDER BY position, id",
            &[&deck.name],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        for (id, description) in candidates {
            let prompts: Vec<(String, String, String)> = rows(
                self.conn,
                "SELECT id, text, help FROM prompts WHERE deck_id = ?1 ORDER BY position",
                &[&id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            let same = description == deck.description
                && prompts.len() == deck.prompts.len()
                && prompts
                    .iter()
                    .zip(&deck.prompts)
                    .all(|((_, t, h), p)| *t == p.text && *h == p.help);
            if same {
                let used: bool = self.conn.query_row(
                    "SELECT EXISTS (SELECT 1 FROM meetings WHERE deck_id = ?1)
                         OR EXISTS (SELECT 1 FROM prompt_answers a JOIN prompts p
                                    ON p.id = a.prompt_id WHERE p.deck_id = ?1)",
                    [&id],
                    |r| r.get(0),
                )?;
                let prompt_ids = prompts.into_iter().map(|(id, _, _)| id).collect();
                return Ok(Some((id, prompt_ids, used)));
            }
        }
        Ok(None)
    }

    /// A built-in deck is the app's, never a file's: one the workspace has by id is left as it
    /// is (prompts and all); a file's built-in deck the workspace has an exact copy of is that
    /// copy (an unused copy gives way to the file's ids, so an empty workspace does not end up
    /// with the deck twice; its text is the same); any other deck a file calls built-in comes
    /// in as the team's own. Returns whether the file's deck is written at all, and as what.
    fn builtin_deck(&mut self, d: &DeckRec) -> Result<Option<bool>> {
        let stored_builtin: Option<bool> = self
            .conn
            .query_row(
                "SELECT builtin FROM prompt_decks WHERE id = ?1",
                [&d.id],
                |r| r.get(0),
            )
            .optional()?;
        match stored_builtin {
            Some(true) => {
                self.report.unchanged += 1 + d.prompts.len() as u32;
                return Ok(None);
            }
            Some(false) => return Ok(Some(false)),
            None if !d.builtin => return Ok(Some(false)),
            None => {}
        }
        match self.same_builtin(d)? {
            Some((own, _, false)) => {
                self.conn
                    .execute("DELETE FROM prompt_decks WHERE id = ?1", [own])?;
                Ok(Some(true))
            }
            Some((own, prompts, true)) => {
                self.report.unchanged += 1 + d.prompts.len() as u32;
                self.same_deck.insert(d.id.clone(), own);
                for (p, own) in d.prompts.iter().zip(prompts) {
                    self.same_prompt.insert(p.id.clone(), own);
                }
                Ok(None)
            }
            None => Ok(Some(false)),
        }
    }

    pub(super) fn decks(&mut self, file: &LogFile) -> Result<()> {
        for (i, d) in file.decks.iter().enumerate() {
            let path = format!("decks[{i}]");
            let Some(builtin) = self.builtin_deck(d)? else {
                continue;
            };
            let verdict = self.judge("deck", &path, d, &d.name)?;
            if verdict.writes() {
                let mut values = d.values();
                set(&mut values, "builtin", builtin);
                self.upsert(DeckRec::TABLE, &values).map_err(at(&path))?;
            }
            for (j, p) in d.prompts.iter().enumerate() {
                let path = format!("{path}.prompts[{j}]");
                let verdict = self.judge_child(
                    "prompt",
                    (PromptRec::TABLE, Some(("deck_id", d.id.as_str()))),
                    &path,
                    &p.id,
                    &p.updated_at,
                    &p.text,
                )?;
                if verdict.writes() {
                    let mut values = p.values();
                    add(&mut values, "deck_id", &d.id);
                    self.upsert(PromptRec::TABLE, &values).map_err(at(&path))?;
                }
            }
        }
        Ok(())
    }
}
