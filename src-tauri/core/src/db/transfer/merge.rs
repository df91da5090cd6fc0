//! Merging a parsed decision-log file into the workspace, record by record, by id and
//! `updatedAt`, inside the caller's transaction.

use std::collections::HashMap;

use rusqlite::types::ToSql;
use rusqlite::{params, Connection, OptionalExtension};

use super::file::{rows, DecisionRec, DeckRec, LogFile};
use crate::db::{anecdotes, date_text, to_json, DEFAULT_NUDGE_MINUTES};
use crate::model::{MergeAction, MergeChange, MergeReport, Person};
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

/// A database refusal (a CHECK, a missing parent) while writing one record, named by its path.
fn at(path: &str) -> impl Fn(Error) -> Error + '_ {
    move |e| match e {
        Error::Db(inner) => Error::invalid(path, format!("refused by the workspace: {inner}")),
        other => other,
    }
}

impl Merge<'_> {
    /// Compares the file's record with the workspace's by id and `updatedAt`, and counts it.
    fn judge(
        &mut self,
        kind: &str,
        table: &str,
        path: &str,
        id: &str,
        updated_at: &str,
        label_text: &str,
    ) -> Result<Verdict> {
        self.judge_child(kind, (table, None), path, id, updated_at, label_text)
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

    /// Inserts or replaces (in place: no delete, so nothing cascades) one row by id.
    fn upsert(&self, table: &str, cols: &[&str], values: &[&dyn ToSql]) -> Result<()> {
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
            .execute(values)?;
        Ok(())
    }

    /// The active person of the workspace with `p`'s name under another id, when `p` is
    /// active and not in the workspace: two active people cannot share a name, and two laptops
    /// that each added "Sam" mean the same Sam.
    fn namesake(&self, p: &Person) -> Result<Option<String>> {
        if p.archived_at.is_some() || self.exists("people", &p.id)? {
            return Ok(None);
        }
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM people
                 WHERE archived_at IS NULL AND lower(trim(name)) = lower(trim(?1))",
                [&p.name],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn people(&mut self, file: &LogFile) -> Result<()> {
        for (i, p) in file.people.iter().enumerate() {
            let path = format!("people[{i}]");
            if let Some(existing) = self.namesake(p)? {
                self.report.unchanged += 1;
                self.same_person.insert(p.id.clone(), existing);
                continue;
            }
            let verdict = self.judge("person", "people", &path, &p.id, &p.updated_at, &p.name)?;
            if verdict.writes() {
                self.upsert(
                    "people",
                    &[
                        "id",
                        "name",
                        "role",
                        "archived_at",
                        "created_at",
                        "updated_at",
                    ],
                    params![
                        p.id,
                        p.name,
                        p.role,
                        p.archived_at,
                        p.created_at,
                        p.updated_at
                    ],
                )
                .map_err(at(&path))?;
            }
        }
        Ok(())
    }

    fn personas(&mut self, file: &LogFile) -> Result<()> {
        for (i, p) in file.personas.iter().enumerate() {
            let path = format!("personas[{i}]");
            let verdict =
                self.judge("persona", "personas", &path, &p.id, &p.updated_at, &p.name)?;
            if verdict.writes() {
                self.upsert(
                    "personas",
                    &[
                        "id",
                        "name",
                        "segment",
                        "bio",
                        "goals",
                        "frustrations",
                        "needs",
                        "quote",
                        "success_measure",
                        "archived_at",
                        "created_at",
                        "updated_at",
                    ],
                    params![
                        p.id,
                        p.name,
                        p.segment,
                        p.bio,
                        to_json(&p.goals),
                        to_json(&p.frustrations),
                        to_json(&p.needs),
                        p.quote,
                        p.success_measure,
                        p.archived_at,
                        p.created_at,
                        p.updated_at
                    ],
                )
                .map_err(at(&path))?;
            }
        }
        Ok(())
    }

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

    fn decks(&mut self, file: &LogFile) -> Result<()> {
        for (i, d) in file.decks.iter().enumerate() {
            let path = format!("decks[{i}]");
            let Some(builtin) = self.builtin_deck(d)? else {
                continue;
            };
            let verdict =
                self.judge("deck", "prompt_decks", &path, &d.id, &d.updated_at, &d.name)?;
            if verdict.writes() {
                self.upsert(
                    "prompt_decks",
                    &[
                        "id",
                        "name",
                        "description",
                        "builtin",
                        "position",
                        "created_at",
                        "updated_at",
                    ],
                    params![
                        d.id,
                        d.name,
                        d.description,
                        builtin,
                        d.position,
                        d.created_at,
                        d.updated_at
                    ],
                )
                .map_err(at(&path))?;
            }
            for (j, p) in d.prompts.iter().enumerate() {
                let path = format!("{path}.prompts[{j}]");
                let verdict = self.judge_child(
                    "prompt",
                    ("prompts", Some(("deck_id", d.id.as_str()))),
                    &path,
                    &p.id,
                    &p.updated_at,
                    &p.text,
                )?;
                if verdict.writes() {
                    self.upsert(
                        "prompts",
                        &[
                            "id",
                            "deck_id",
                            "position",
                            "text",
                            "help",
                            "created_at",
                            "updated_at",
                        ],
                        params![
                            p.id,
                            d.id,
                            p.position,
                            p.text,
                            p.help,
                            p.created_at,
                            p.updated_at
                        ],
                    )
                    .map_err(at(&path))?;
                }
            }
        }
        Ok(())
    }

    /// Anecdotes go through the anecdotes' own insert path, which checks them and feeds the
    /// search index's queue. One the workspace already holds under another id is not added
    /// again; only anecdotes that were there before the import count (two equal ones within the
    /// file both come in, as they were).
    fn anecdotes(&mut self, file: &LogFile) -> Result<()> {
        for a in &file.anecdotes {
            if !self.exists("anecdotes", &a.id)? {
                if let Some(own) = anecdotes::duplicate_of(self.conn, a)? {
                    self.same_anecdote.insert(a.id.clone(), own);
                }
            }
        }
        for (i, a) in file.anecdotes.iter().enumerate() {
            let path = format!("anecdotes[{i}]");
            check_stamp(&format!("{path}.createdAt"), &a.created_at)?;
            if self.same_anecdote.contains_key(&a.id) {
                // Both workspaces imported the same customer export: one anecdote.
                self.report.unchanged += 1;
                continue;
            }
            let verdict = self.judge(
                "anecdote",
                "anecdotes",
                &path,
                &a.id,
                &a.updated_at,
                &a.text,
            )?;
            if verdict.writes() {
                for (j, p) in a.persona_ids.iter().enumerate() {
                    self.require("personas", "persona", &format!("{path}.personaIds[{j}]"), p)?;
                }
                anecdotes::store_exact(self.conn, a, verdict == Verdict::Update).map_err(|e| {
                    match e {
                        Error::Invalid { field, message } => {
                            Error::invalid(format!("{path}.{field}"), message)
                        }
                        other => at(&path)(other),
                    }
                })?;
            }
        }
        Ok(())
    }

    fn meetings(&mut self, file: &LogFile) -> Result<()> {
        for (i, m) in file.meetings.iter().enumerate() {
            let path = format!("meetings[{i}]");
            check_stamp(&format!("{path}.createdAt"), &m.created_at)?;
            let verdict =
                self.judge("meeting", "meetings", &path, &m.id, &m.updated_at, &m.title)?;
            if verdict.writes() {
                let deck_id = m
                    .deck_id
                    .as_ref()
                    .map(|d| self.same_deck.get(d).unwrap_or(d).clone());
                if let Some(deck) = &deck_id {
                    self.require(
                        "prompt_decks",
                        "prompt deck",
                        &format!("{path}.deckId"),
                        deck,
                    )?;
                }
                self.upsert(
                    "meetings",
                    &[
                        "id",
                        "title",
                        "held_on",
                        "goal",
                        "status",
                        "deck_id",
                        "prompt_index",
                        "nudge_minutes",
                        "current_agenda_item_id",
                        "last_customer_reference_at",
                        "started_at",
                        "ended_at",
                        "created_at",
                        "updated_at",
                        "nudge_off",
                        "spoken_for_customer",
                    ],
                    params![
                        m.id,
                        m.title,
                        date_text(Some(m.held_on)),
                        m.goal,
                        m.status,
                        deck_id,
                        m.prompt_index,
                        // 0 is "off": the column keeps minutes for when it is turned on.
                        if m.nudge_minutes == 0 {
                            DEFAULT_NUDGE_MINUTES
                        } else {
                            m.nudge_minutes
                        },
                        m.current_agenda_item_id,
                        m.last_customer_reference_at,
                        m.started_at,
                        m.ended_at,
                        m.created_at,
                        m.updated_at,
                        m.nudge_minutes == 0,
                        m.spoken_for_customer
                    ],
                )
                .map_err(at(&path))?;
                self.conn.execute(
                    "DELETE FROM meeting_personas WHERE meeting_id = ?1",
                    [&m.id],
                )?;
                for (j, p) in m.persona_ids.iter().enumerate() {
                    let ppath = format!("{path}.personaIds[{j}]");
                    self.require("personas", "persona", &ppath, p)?;
                    self.conn
                        .execute(
                            "INSERT OR IGNORE INTO meeting_personas (meeting_id, persona_id, position)
                             VALUES (?1, ?2, ?3)",
                            params![m.id, p, j as u32],
                        )
                        .map_err(|e| at(&ppath)(e.into()))?;
                }
                self.conn.execute(
                    "DELETE FROM meeting_attendees WHERE meeting_id = ?1",
                    [&m.id],
                )?;
                for (j, a) in m.attendees.iter().enumerate() {
                    let apath = format!("{path}.attendees[{j}]");
                    self.conn
                        .execute(
                            "INSERT INTO meeting_attendees (id, meeting_id, position, name, role,
                                 created_at)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                            params![a.id, m.id, j as u32, a.name, a.role, a.created_at],
                        )
                        .map_err(|e| at(&apath)(e.into()))?;
                }
            }
            for (j, a) in m.agenda.iter().enumerate() {
                let apath = format!("{path}.agenda[{j}]");
                let verdict = self.judge_child(
                    "agenda item",
                    ("agenda_items", Some(("meeting_id", m.id.as_str()))),
                    &apath,
                    &a.id,
                    &a.updated_at,
                    &a.title,
                )?;
                if verdict.writes() {
                    self.upsert(
                        "agenda_items",
                        &[
                            "id",
                            "meeting_id",
                            "position",
                            "title",
                            "planned_minutes",
                            "elapsed_ms",
                            "started_at",
                            "running_since",
                            "done_at",
                            "last_customer_reference_at",
                            "created_at",
                            "updated_at",
                        ],
                        params![
                            a.id,
                            m.id,
                            a.position,
                            a.title,
                            a.planned_minutes,
                            a.elapsed_ms,
                            a.started_at,
                            a.running_since,
                            a.done_at,
                            a.last_customer_reference_at,
                            a.created_at,
                            a.updated_at
                        ],
                    )
                    .map_err(at(&apath))?;
                }
            }
            if let Some(item) = &m.current_agenda_item_id {
                self.require(
                    "agenda_items",
                    "agenda item",
                    &format!("{path}.currentAgendaItemId"),
                    item,
                )?;
            }
        }
        Ok(())
    }

    fn decisions(&mut self, file: &LogFile) -> Result<()> {
        let mut written = Vec::new();
        for (i, d) in file.decisions.iter().enumerate() {
            let path = format!("decisions[{i}]");
            check_stamp(&format!("{path}.createdAt"), &d.created_at)?;
            let verdict = self.judge(
                "decision",
                "decisions",
                &path,
                &d.id,
                &d.updated_at,
                &d.statement,
            )?;
            if verdict.writes() {
                self.require(
                    "meetings",
                    "meeting",
                    &format!("{path}.meetingId"),
                    &d.meeting_id,
                )?;
                if let Some(item) = &d.agenda_item_id {
                    self.require(
                        "agenda_items",
                        "agenda item",
                        &format!("{path}.agendaItemId"),
                        item,
                    )?;
                }
                self.upsert(
                    "decisions",
                    &[
                        "id",
                        "meeting_id",
                        "agenda_item_id",
                        "statement",
                        "rationale",
                        "options_considered",
                        "owner",
                        "status",
                        "reversibility",
                        "review_on",
                        "superseded_by",
                        "gate_overridden_by",
                        "gate_overridden_at",
                        "reviewed_at",
                        "review_happened",
                        "review_note",
                        "created_at",
                        "updated_at",
                    ],
                    params![
                        d.id,
                        d.meeting_id,
                        d.agenda_item_id,
                        d.statement,
                        d.rationale,
                        d.options_considered,
                        d.owner,
                        d.status,
                        d.reversibility,
                        date_text(d.review_on),
                        d.superseded_by,
                        d.gate_overridden_by,
                        d.gate_overridden_at,
                        d.reviewed_at,
                        d.review_happened,
                        d.review_note,
                        d.created_at,
                        d.updated_at
                    ],
                )
                .map_err(at(&path))?;
                self.evidence(&path, d)?;
                written.push(d);
            }
            self.impacts(&path, d, verdict)?;
        }
        // Second pass, once every decision is in: a decision may be superseded by one later in
        // the file, or by one a filtered export left out. That one is not made up: the written
        // decision then names none.
        for d in written {
            if let Some(by) = &d.superseded_by {
                if !self.exists("decisions", by)? {
                    self.conn.execute(
                        "UPDATE decisions SET superseded_by = NULL WHERE id = ?1",
                        [&d.id],
                    )?;
                }
            }
        }
        Ok(())
    }

    /// A decision's impacts, each compared by its own date. The file's newer decision takes its
    /// impact list: the workspace's impacts it no longer has go. Under a decision the
    /// workspace has newer, an impact the workspace lacks was removed here and stays out.
    fn impacts(&mut self, path: &str, d: &DecisionRec, decision: Verdict) -> Result<()> {
        if decision == Verdict::Update {
            let keep: Vec<String> = d.impacts.iter().map(|im| im.id.clone()).collect();
            self.conn.execute(
                "DELETE FROM customer_impacts
                 WHERE decision_id = ?1 AND id NOT IN (SELECT value FROM json_each(?2))",
                params![d.id, to_json(&keep)],
            )?;
        }
        for (j, im) in d.impacts.iter().enumerate() {
            let ipath = format!("{path}.impacts[{j}]");
            if decision == Verdict::KeptNewer && !self.exists("customer_impacts", &im.id)? {
                continue;
            }
            let label_text = format!("{} {}", im.direction.as_str(), im.what_changes);
            let verdict = self.judge_child(
                "impact",
                ("customer_impacts", Some(("decision_id", d.id.as_str()))),
                &ipath,
                &im.id,
                &im.updated_at,
                &label_text,
            )?;
            if !verdict.writes() {
                continue;
            }
            if let Some(p) = &im.persona_id {
                self.require("personas", "persona", &format!("{ipath}.personaId"), p)?;
            }
            self.upsert(
                "customer_impacts",
                &[
                    "id",
                    "decision_id",
                    "persona_id",
                    "segment",
                    "direction",
                    "magnitude",
                    "confidence",
                    "reach",
                    "what_changes",
                    "created_at",
                    "updated_at",
                ],
                params![
                    im.id,
                    d.id,
                    im.persona_id,
                    im.segment,
                    im.direction,
                    im.magnitude,
                    im.confidence,
                    im.reach,
                    im.what_changes,
                    im.created_at,
                    im.updated_at
                ],
            )
            .map_err(at(&ipath))?;
        }
        Ok(())
    }

    /// Replaces a written decision's evidence with the file's (evidence has no date of its
    /// own: it follows the decision).
    fn evidence(&mut self, path: &str, d: &DecisionRec) -> Result<()> {
        self.conn.execute(
            "DELETE FROM decision_evidence WHERE decision_id = ?1",
            [&d.id],
        )?;
        for (j, e) in d.evidence.iter().enumerate() {
            let epath = format!("{path}.evidence[{j}].anecdoteId");
            let anecdote = mapped(&self.same_anecdote, &e.anecdote_id);
            self.require("anecdotes", "anecdote", &epath, anecdote)?;
            self.conn
                .execute(
                    "INSERT OR IGNORE INTO decision_evidence (decision_id, anecdote_id, created_at)
                     VALUES (?1, ?2, ?3)",
                    params![d.id, anecdote, e.created_at],
                )
                .map_err(|err| at(&epath)(err.into()))?;
        }
        Ok(())
    }

    fn annotations(&mut self, file: &LogFile) -> Result<()> {
        for (i, d) in file.decisions.iter().enumerate() {
            for (j, a) in d.annotations.iter().enumerate() {
                let path = format!("decisions[{i}].annotations[{j}]");
                let text = format!("{}: {}", a.author, a.comment);
                let verdict = self.judge_child(
                    "annotation",
                    ("annotations", Some(("decision_id", d.id.as_str()))),
                    &path,
                    &a.id,
                    &a.updated_at,
                    &text,
                )?;
                if verdict.writes() {
                    let person = a
                        .person_id
                        .as_ref()
                        .map(|p| self.same_person.get(p).unwrap_or(p).clone());
                    if let Some(p) = &person {
                        self.require("people", "person", &format!("{path}.personId"), p)?;
                    }
                    let flags: Vec<String> =
                        a.flags.iter().map(|f| f.as_str().to_owned()).collect();
                    self.upsert(
                        "annotations",
                        &[
                            "id",
                            "decision_id",
                            "person_id",
                            "author",
                            "role",
                            "stance",
                            "feeling",
                            "comment",
                            "flags",
                            "created_at",
                            "updated_at",
                        ],
                        params![
                            a.id,
                            d.id,
                            person,
                            a.author,
                            a.role,
                            a.stance,
                            a.feeling,
                            a.comment,
                            to_json(&flags),
                            a.created_at,
                            a.updated_at
                        ],
                    )
                    .map_err(at(&path))?;
                }
            }
        }
        Ok(())
    }

    fn action_items(&mut self, file: &LogFile) -> Result<()> {
        for (i, a) in file.action_items.iter().enumerate() {
            let path = format!("actionItems[{i}]");
            check_stamp(&format!("{path}.createdAt"), &a.created_at)?;
            let verdict = self.judge(
                "action item",
                "action_items",
                &path,
                &a.id,
                &a.updated_at,
                &a.what,
            )?;
            if !verdict.writes() {
                continue;
            }
            self.require(
                "meetings",
                "meeting",
                &format!("{path}.meetingId"),
                &a.meeting_id,
            )?;
            if let Some(d) = &a.decision_id {
                self.require("decisions", "decision", &format!("{path}.decisionId"), d)?;
            }
            let person = a
                .owner_person_id
                .as_ref()
                .map(|p| self.same_person.get(p).unwrap_or(p).clone());
            if let Some(p) = &person {
                self.require("people", "person", &format!("{path}.ownerPersonId"), p)?;
            }
            self.upsert(
                "action_items",
                &[
                    "id",
                    "meeting_id",
                    "decision_id",
                    "what",
                    "owner",
                    "owner_person_id",
                    "due_on",
                    "done_at",
                    "created_at",
                    "updated_at",
                ],
                params![
                    a.id,
                    a.meeting_id,
                    a.decision_id,
                    a.what,
                    a.owner,
                    person,
                    date_text(a.due_on),
                    a.done_at,
                    a.created_at,
                    a.updated_at
                ],
            )
            .map_err(at(&path))?;
        }
        Ok(())
    }

    fn answers(&mut self, file: &LogFile) -> Result<()> {
        for (i, m) in file.meetings.iter().enumerate() {
            for (j, a) in m.answers.iter().enumerate() {
                let path = format!("meetings[{i}].answers[{j}]");
                let verdict = self.judge_child(
                    "answer",
                    ("prompt_answers", Some(("meeting_id", m.id.as_str()))),
                    &path,
                    &a.id,
                    &a.updated_at,
                    &a.answer,
                )?;
                if verdict.writes() {
                    let prompt = self.same_prompt.get(&a.prompt_id).unwrap_or(&a.prompt_id);
                    self.require("prompts", "prompt", &format!("{path}.promptId"), prompt)?;
                    if let Some(d) = &a.decision_id {
                        self.require("decisions", "decision", &format!("{path}.decisionId"), d)?;
                    }
                    self.upsert(
                        "prompt_answers",
                        &[
                            "id",
                            "meeting_id",
                            "prompt_id",
                            "agenda_item_id",
                            "decision_id",
                            "answer",
                            "created_at",
                            "updated_at",
                        ],
                        params![
                            a.id,
                            m.id,
                            prompt,
                            a.agenda_item_id,
                            a.decision_id,
                            a.answer,
                            a.created_at,
                            a.updated_at
                        ],
                    )
                    .map_err(at(&path))?;
                }
            }
            for (j, c) in m.consulted.iter().enumerate() {
                let path = format!("meetings[{i}].consulted[{j}]");
                let anecdote = mapped(&self.same_anecdote, &c.anecdote_id);
                self.require(
                    "anecdotes",
                    "anecdote",
                    &format!("{path}.anecdoteId"),
                    anecdote,
                )?;
                self.conn
                    .execute(
                        "INSERT OR IGNORE INTO meeting_anecdotes (meeting_id, anecdote_id,
                             first_kind, first_at)
                         VALUES (?1, ?2, ?3, ?4)",
                        params![m.id, anecdote, c.kind, c.at],
                    )
                    .map_err(|e| at(&path)(e.into()))?;
            }
        }
        Ok(())
    }

    fn escalations(&mut self, file: &LogFile) -> Result<()> {
        for (i, e) in file.escalations.iter().enumerate() {
            let path = format!("escalations[{i}]");
            let text = format!("{} {}", e.owner, e.note);
            let verdict = self.judge(
                "escalation",
                "escalations",
                &path,
                &e.id,
                &e.updated_at,
                &text,
            )?;
            if verdict.writes() {
                let anecdote = mapped(&self.same_anecdote, &e.anecdote_id);
                self.require(
                    "anecdotes",
                    "anecdote",
                    &format!("{path}.anecdoteId"),
                    anecdote,
                )?;
                // The meetings it names may be outside the export: then it names none here.
                let known = |id: &Option<String>| -> Result<Option<String>> {
                    Ok(match id {
                        Some(m) if self.exists("meetings", m)? => Some(m.clone()),
                        _ => None,
                    })
                };
                let meeting = known(&e.meeting_id)?;
                let reported = known(&e.reported_in_meeting_id)?;
                self.upsert(
                    "escalations",
                    &[
                        "id",
                        "anecdote_id",
                        "owner",
                        "note",
                        "raised_by",
                        "meeting_id",
                        "deadline_hours",
                        "due_at",
                        "resolved_at",
                        "resolved_by",
                        "root_cause",
                        "fix",
                        "reported_in_meeting_id",
                        "created_at",
                        "updated_at",
                    ],
                    params![
                        e.id,
                        anecdote,
                        e.owner,
                        e.note,
                        e.raised_by,
                        meeting,
                        e.deadline_hours,
                        e.due_at,
                        e.resolved_at,
                        e.resolved_by,
                        e.root_cause,
                        e.fix,
                        reported,
                        e.created_at,
                        e.updated_at
                    ],
                )
                .map_err(at(&path))?;
            }
        }
        Ok(())
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
