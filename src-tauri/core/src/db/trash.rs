//! Deleting with undo. Before a meeting or a decision is deleted, every row that goes with it
//! (by cascade) is read into a `Trash`, and every link to it that SQLite would set to NULL is
//! noted; undoing puts the rows back and the links again, in one transaction, with foreign keys
//! checked at commit (so the order of the rows does not matter). The trash lives in memory
//! while the app runs: the snapshot taken before the deletion is what survives a restart.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

use super::Db;
use crate::model::Deleted;
use crate::time::new_id;
use crate::{Error, Result};

/// How many deletions can still be undone; the oldest is forgotten first.
const KEEP: usize = 20;

/// Rows of one table.
struct Rows {
    table: &'static str,
    columns: Vec<String>,
    values: Vec<Vec<Value>>,
}

/// A link SQLite set to NULL when its target went: `table.column` of the row `id`.
struct Link {
    table: &'static str,
    column: &'static str,
    id: String,
    target: String,
}

/// Everything a deletion removed.
pub(crate) struct Trash {
    rows: Vec<Rows>,
    links: Vec<Link>,
}

/// The rows of a decision's own tables (`{key}` is the decision id column), as a filter over
/// the decisions `decisions` (an SQL list of ids bound as ?1).
const DECISION_PARTS: [(&str, &str); 6] = [
    ("customer_impacts", "decision_id"),
    ("decision_evidence", "decision_id"),
    ("annotations", "decision_id"),
    ("prompt_answers", "decision_id"),
    ("action_items", "decision_id"),
    ("prfaq_drafts", "decision_id"),
];

impl Trash {
    fn new() -> Self {
        Trash {
            rows: Vec::new(),
            links: Vec::new(),
        }
    }

    /// Reads the rows of `table` that `filter` (SQL over the table, with ?1) takes.
    fn take(
        &mut self,
        conn: &Connection,
        table: &'static str,
        filter: &str,
        key: &str,
    ) -> Result<()> {
        if !table_exists(conn, table)? {
            return Ok(());
        }
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table} WHERE {filter}"))?;
        let columns: Vec<String> = stmt.column_names().into_iter().map(str::to_owned).collect();
        let n = columns.len();
        let values = stmt
            .query_map([key], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())?
            .collect::<rusqlite::Result<Vec<Vec<Value>>>>()?;
        self.rows.push(Rows {
            table,
            columns,
            values,
        });
        Ok(())
    }

    /// Notes the rows of `table` whose `column` points at a row being deleted (`filter`).
    fn link(
        &mut self,
        conn: &Connection,
        table: &'static str,
        column: &'static str,
        filter: &str,
        key: &str,
    ) -> Result<()> {
        let mut stmt = conn.prepare(&format!("SELECT id, {column} FROM {table} WHERE {filter}"))?;
        let found = stmt
            .query_map([key], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<(String, String)>>>()?;
        self.links
            .extend(found.into_iter().map(|(id, target)| Link {
                table,
                column,
                id,
                target,
            }));
        Ok(())
    }

    /// What deleting the decision `id` removes: it, its impacts, evidence, reactions, answers
    /// and action items; decisions of other meetings it replaced point at it again on undo.
    pub(crate) fn of_decision(conn: &Connection, id: &str) -> Result<Self> {
        let mut t = Trash::new();
        t.take(conn, "decisions", "id = ?1", id)?;
        for (table, key) in DECISION_PARTS {
            t.take(conn, table, &format!("{key} = ?1"), id)?;
        }
        t.link(conn, "decisions", "superseded_by", "superseded_by = ?1", id)?;
        Ok(t)
    }

    /// What deleting the meeting `id` removes: it, its room, agenda, decks, answers, consulted
    /// anecdotes, draft, action items, and its decisions with their own parts. Escalations
    /// raised in or reported by it, and decisions elsewhere its decisions replaced, point at it
    /// again on undo.
    pub(crate) fn of_meeting(conn: &Connection, id: &str) -> Result<Self> {
        let mut t = Trash::new();
        t.take(conn, "meetings", "id = ?1", id)?;
        for table in [
            "meeting_personas",
            "meeting_attendees",
            "meeting_decks",
            "agenda_items",
            "decisions",
            "prompt_answers",
            "meeting_anecdotes",
            "decision_drafts",
        ] {
            t.take(conn, table, "meeting_id = ?1", id)?;
        }
        let of_meeting = "decision_id IN (SELECT id FROM decisions WHERE meeting_id = ?1)";
        for (table, _) in DECISION_PARTS {
            if table != "prompt_answers" {
                t.take(conn, table, of_meeting, id)?;
            }
        }
        t.take(
            conn,
            "action_items",
            "meeting_id = ?1 AND decision_id IS NULL",
            id,
        )?;
        t.link(conn, "escalations", "meeting_id", "meeting_id = ?1", id)?;
        t.link(
            conn,
            "escalations",
            "reported_in_meeting_id",
            "reported_in_meeting_id = ?1",
            id,
        )?;
        t.link(
            conn,
            "decisions",
            "superseded_by",
            "meeting_id <> ?1 AND superseded_by IN (SELECT id FROM decisions WHERE meeting_id = ?1)",
            id,
        )?;
        Ok(t)
    }

    /// Puts everything back (within the caller's transaction).
    fn restore(&self, conn: &Connection) -> Result<()> {
        // Checked at commit: a meeting's current agenda item comes back after the meeting.
        conn.pragma_update(None, "defer_foreign_keys", "ON")?;
        for rows in &self.rows {
            let marks = vec!["?"; rows.columns.len()].join(", ");
            let sql = format!(
                "INSERT OR IGNORE INTO {} ({}) VALUES ({marks})",
                rows.table,
                rows.columns.join(", ")
            );
            let mut stmt = conn.prepare(&sql)?;
            for values in &rows.values {
                stmt.execute(params_from_iter(values))?;
            }
        }
        for link in &self.links {
            conn.execute(
                &format!(
                    "UPDATE {} SET {} = ?2 WHERE id = ?1 AND {} IS NULL",
                    link.table, link.column, link.column
                ),
                [&link.id, &link.target],
            )?;
        }
        Ok(())
    }
}

fn table_exists(conn: &Connection, table: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1)",
        [table],
        |r| r.get(0),
    )?)
}

impl Db {
    /// Takes the snapshot that comes before a deletion; `None` for a workspace in memory.
    pub(crate) fn snapshot_before_delete(&self) -> Result<Option<String>> {
        match self.path() {
            Some(_) => Ok(Some(self.backup_now()?.file)),
            None => Ok(None),
        }
    }

    /// Keeps `trash` for undo and says what went.
    pub(crate) fn keep_trash(
        &mut self,
        trash: Trash,
        kind: &str,
        label: String,
        decisions: u32,
        backup: Option<String>,
    ) -> Deleted {
        let token = new_id();
        self.trash.push((token.clone(), trash));
        if self.trash.len() > KEEP {
            self.trash.remove(0);
        }
        Deleted {
            undo_token: token,
            kind: kind.to_owned(),
            label,
            decisions,
            backup,
        }
    }

    /// Undoes the deletion `token` names: everything it removed comes back as it was. A token
    /// is good once, while the app runs.
    pub fn undo_delete(&mut self, token: &str) -> Result<()> {
        let at = self
            .trash
            .iter()
            .position(|(t, _)| t == token)
            .ok_or_else(|| Error::not_found("deletion to undo", token))?;
        let (_, trash) = self.trash.remove(at);
        let restored = self.write(|tx| trash.restore(tx));
        if restored.is_err() {
            // Nothing was written: the deletion can still be undone once the cause is gone.
            self.trash.insert(at, (token.to_owned(), trash));
        }
        restored
    }
}
