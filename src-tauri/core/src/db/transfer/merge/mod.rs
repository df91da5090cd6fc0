//! Merging a parsed decision-log file into the workspace, record by record, by id and
//! `updatedAt`, inside the caller's transaction. This module judges each record against the
//! workspace and writes it; one file per part of the file says what is merged there:
//! `records` (people, personas, anecdotes, action items, escalations), `decks`, `meetings`
//! (with their room, agenda, answers and consultations) and `decisions` (with their impacts,
//! evidence and annotations).

mod decisions;
mod decks;
mod meetings;
mod records;

use std::collections::HashMap;

use rusqlite::{params_from_iter, Connection, OptionalExtension};

use super::file::{DecisionRec, DeckRec, EscalationRec, LogFile, MeetingRec, PersonaRec};
use crate::db::record::{insert_values, Record, Values};
use crate::model::{ActionItem, Anecdote, MergeAction, MergeChange, MergeReport, Person};
use crate::{Error, Result};

/// What to do with one record of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Add,
    Update,
    Unchanged,
    KeptNewer,
}

impl Verdict {
    fn writes(self) -> bool {
        matches!(self, Verdict::Add | Verdict::Update)
    }
}

struct Merge<'c> {
    conn: &'c Connection,
    report: MergeReport,
    /// People of the file that the workspace already has under another id (same name): their
    /// annotations are signed by the workspace's person.
    same_person: HashMap<String, String>,
    /// Built-in decks (and their prompts) of the file that the workspace has under its own
    /// ids: the file's meetings and answers use the workspace's.
    same_deck: HashMap<String, String>,
    same_prompt: HashMap<String, String>,
    /// Anecdotes of the file that the workspace holds under another id (the same source
    /// reference, or text and day): evidence, consultations and escalations use the workspace's.
    same_anecdote: HashMap<String, String>,
}

/// `id`, or what `map` says the workspace calls it.
fn mapped<'a>(map: &'a HashMap<String, String>, id: &'a String) -> &'a String {
    map.get(id).unwrap_or(id)
}

/// A label short enough for the merge report.
fn label(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(80) {
        Some((cut, _)) => format!("{}\u{2026}", &line[..cut]),
        None => line,
    }
}

/// Refuses a timestamp that is not in the workspace's own form (RFC 3339, UTC, milliseconds:
/// `2026-11-18T14:03:21.120Z`), naming its place in the file. Stamps are compared, and ordered
/// in SQL, as text, which is right only in that one form.
fn check_stamp(path: &str, stamp: &str) -> Result<()> {
    let stored_form = chrono::DateTime::parse_from_rfc3339(stamp)
        .map(|t| crate::time::stamp(t.with_timezone(&chrono::Utc)) == stamp)
        .unwrap_or(false);
    if stored_form {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!(
                "{stamp:?} is not a timestamp as Empty Chair writes them (UTC with milliseconds, \
                 e.g. 2026-11-18T14:03:21.120Z)"
            ),
        ))
    }
}

/// A top-level record of the file: its table, its id and when it last changed.
trait Stamped {
    const TABLE: &'static str;
    fn id(&self) -> &str;
    fn updated_at(&self) -> &str;
}

macro_rules! stamped {
    ($($record:ty => $table:expr),+ $(,)?) => {$(
        impl Stamped for $record {
            const TABLE: &'static str = $table;
            fn id(&self) -> &str {
                &self.id
            }
            fn updated_at(&self) -> &str {
                &self.updated_at
            }
        }
    )+};
}

stamped! {
    Person => <Person as Record>::TABLE,
    PersonaRec => <PersonaRec as Record>::TABLE,
    Anecdote => "anecdotes",
    ActionItem => <ActionItem as Record>::TABLE,
    EscalationRec => <EscalationRec as Record>::TABLE,
    DeckRec => <DeckRec as Record>::TABLE,
    MeetingRec => <MeetingRec as Record>::TABLE,
    DecisionRec => <DecisionRec as Record>::TABLE,
}

/// A database refusal (a CHECK, a missing parent) while writing one record, named by its path.
fn at(path: &str) -> impl Fn(Error) -> Error + '_ {
    move |e| match e {
        Error::Db(inner) => Error::invalid(path, format!("refused by the workspace: {inner}")),
        other => other,
    }
}

impl Merge<'_> {
    /// Compares the file's record with the workspace's by id and `updatedAt`, and counts it
    /// as a `kind` labelled by `label_text`.
    fn judge<T: Stamped>(
        &mut self,
        kind: &str,
        path: &str,
        record: &T,
        label_text: &str,
    ) -> Result<Verdict> {
        let (id, updated_at) = (record.id(), record.updated_at());
        self.judge_child(kind, (T::TABLE, None), path, id, updated_at, label_text)
    }

    /// `judge` for a record that belongs to a parent (`parent`: the column and the file's
    /// parent id): one the workspace has under another parent is refused, never moved.
    fn judge_child(
        &mut self,
        kind: &str,
        (table, parent): (&str, Option<(&str, &str)>),
        path: &str,
        id: &str,
        updated_at: &str,
        label_text: &str,
    ) -> Result<Verdict> {
        if id.trim().is_empty() {
            return Err(Error::invalid(format!("{path}.id"), "must not be empty"));
        }
        check_stamp(&format!("{path}.updatedAt"), updated_at)?;
        let column = parent.map_or("NULL", |(column, _)| column);
        let stored: Option<(String, Option<String>)> = self
            .conn
            .prepare_cached(&format!(
                "SELECT updated_at, {column} FROM {table} WHERE id = ?1"
            ))?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        if let (Some((_, Some(stored_parent))), Some((column, parent))) = (&stored, parent) {
            if stored_parent != parent {
                return Err(Error::invalid(
                    format!("{path}.id"),
                    format!(
                        "{kind} {id} belongs to another record in this workspace ({column} \
                         {stored_parent}); a merge never moves a record to another parent"
                    ),
                ));
            }
        }
        let stored = stored.map(|(s, _)| s);
        let verdict = match stored {
            None => Verdict::Add,
            Some(s) if s.as_str() < updated_at => Verdict::Update,
            Some(s) if s == updated_at => Verdict::Unchanged,
            Some(_) => Verdict::KeptNewer,
        };
        let action = match verdict {
            Verdict::Add => {
                self.report.added += 1;
                Some(MergeAction::Added)
            }
            Verdict::Update => {
                self.report.updated += 1;
                Some(MergeAction::Updated)
            }
            Verdict::Unchanged => {
                self.report.unchanged += 1;
                None
            }
            Verdict::KeptNewer => {
                self.report.kept_newer += 1;
                Some(MergeAction::KeptNewer)
            }
        };
        if let Some(action) = action {
            self.report.changes.push(MergeChange {
                kind: kind.to_owned(),
                id: id.to_owned(),
                label: label(label_text),
                action,
            });
        }
        Ok(verdict)
    }

    fn exists(&self, table: &str, id: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"
            ))?
            .query_row([id], |r| r.get(0))?)
    }

    /// Fails unless `id` is in `table` (the workspace, or written from the file before).
    fn require(&self, table: &str, what: &str, path: &str, id: &str) -> Result<()> {
        if self.exists(table, id)? {
            Ok(())
        } else {
            Err(Error::invalid(
                path,
                format!("{what} {id} is neither in the file nor in the workspace"),
            ))
        }
    }

    /// The workspace's person for a person the file names (the namesake it has, if any), who
    /// must be in the workspace or written from the file.
    fn person(&self, path: &str, id: Option<&String>) -> Result<Option<String>> {
        let person = id.map(|p| mapped(&self.same_person, p).clone());
        if let Some(p) = &person {
            self.require("people", "person", path, p)?;
        }
        Ok(person)
    }

    /// Inserts or replaces (in place: no delete, so nothing cascades) one row by id.
    fn upsert(&self, table: &str, values: &Values<'_>) -> Result<()> {
        let cols: Vec<&str> = values.iter().map(|(c, _)| *c).collect();
        let names = cols.join(", ");
        let marks = (1..=cols.len())
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sets = cols[1..]
            .iter()
            .map(|c| format!("{c} = excluded.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        self.conn
            .prepare_cached(&format!(
                "INSERT INTO {table} ({names}) VALUES ({marks})
                 ON CONFLICT (id) DO UPDATE SET {sets}"
            ))?
            .execute(params_from_iter(values.iter().map(|(_, v)| v)))?;
        Ok(())
    }

    /// Inserts one row (`verb`: `INSERT` or `INSERT OR IGNORE`), for the rows without an id
    /// of their own or that are replaced with their parent.
    fn insert(&self, verb: &str, table: &str, values: &Values<'_>) -> Result<()> {
        Ok(insert_values(self.conn, verb, table, values)?)
    }
}

/// Merges `file` into the workspace inside the caller's transaction.
pub(super) fn merge(conn: &Connection, file: &LogFile, dry_run: bool) -> Result<MergeReport> {
    // Meetings and their current agenda item, and decisions superseded by later ones, refer
    // to each other: the constraints are checked at commit, after everything is written.
    conn.pragma_update(None, "defer_foreign_keys", "ON")?;
    let mut m = Merge {
        conn,
        report: MergeReport {
            dry_run,
            ..MergeReport::default()
        },
        same_person: HashMap::new(),
        same_deck: HashMap::new(),
        same_prompt: HashMap::new(),
        same_anecdote: HashMap::new(),
    };
    m.people(file)?;
    m.personas(file)?;
    m.decks(file)?;
    m.anecdotes(file)?;
    m.meetings(file)?;
    m.decisions(file)?;
    m.annotations(file)?;
    m.answers(file)?;
    m.action_items(file)?;
    m.escalations(file)?;
    let dangling: Option<(String, String)> = conn
        .query_row("PRAGMA foreign_key_check", [], |r| {
            Ok((r.get(0)?, r.get(2)?))
        })
        .optional()?;
    if let Some((table, parent)) = dangling {
        return Err(Error::invalid(
            "file",
            format!("a {table} row refers to a {parent} row that is neither in the file nor in the workspace"),
        ));
    }
    Ok(m.report)
}
