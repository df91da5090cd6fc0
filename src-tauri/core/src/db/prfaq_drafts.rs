//! The PR/FAQ draft kept with its decision. Saving a draft to a Markdown file keeps the same
//! text here, so it stays with the decision after the file has moved on (and goes, and comes
//! back on undo, with the decision). One per decision: a later save replaces it.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use super::{decisions, transfer, Db};
use crate::export;
use crate::model::KeptPrFaq;
use crate::time::now;
use crate::{Error, Result};

pub(crate) fn get(conn: &Connection, decision_id: &str) -> Result<Option<KeptPrFaq>> {
    Ok(conn
        .prepare_cached(
            "SELECT decision_id, markdown, file_name, saved_at FROM prfaq_drafts
             WHERE decision_id = ?1",
        )?
        .query_row([decision_id], |r| {
            Ok(KeptPrFaq {
                decision_id: r.get(0)?,
                markdown: r.get(1)?,
                file_name: r.get(2)?,
                saved_at: r.get(3)?,
            })
        })
        .optional()?)
}

impl Db {
    /// The PR/FAQ draft kept with the decision, if one was saved; `not_found` for no decision.
    pub fn kept_prfaq(&self, decision_id: &str) -> Result<Option<KeptPrFaq>> {
        decisions::get(self.conn(), decision_id)?;
        get(self.conn(), decision_id)
    }

    /// Writes the decision's PR/FAQ draft (as `prfaq_draft` makes it now) to the Markdown file
    /// `path` and keeps the same text with the decision, replacing what was kept before. The
    /// file is written whole or not at all (a new temporary file beside it, then renamed);
    /// it refuses to replace an existing file (`Error::Exists`) unless `overwrite`, and a
    /// folder always. Nothing is kept unless the file was written.
    pub fn save_prfaq(
        &mut self,
        decision_id: &str,
        path: &Path,
        overwrite: bool,
    ) -> Result<KeptPrFaq> {
        let markdown = self.prfaq_draft(decision_id)?;
        transfer::check_target(path, overwrite)?;
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| {
                Error::invalid(
                    "path",
                    format!("{} names no file; choose a file name", path.display()),
                )
            })?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO prfaq_drafts (decision_id, markdown, file_name, saved_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (decision_id) DO UPDATE SET markdown = excluded.markdown,
                     file_name = excluded.file_name, saved_at = excluded.saved_at",
                params![decision_id, markdown, file_name, now()],
            )?;
            // Last: a file that cannot be written rolls the kept copy back.
            export::write_file(path, markdown.as_bytes())?;
            get(tx, decision_id)?.ok_or_else(|| Error::not_found("PR/FAQ draft", decision_id))
        })
    }
}
