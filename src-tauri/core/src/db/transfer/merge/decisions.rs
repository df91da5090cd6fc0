//! Merging decisions with their impacts (each compared by its own date), evidence (which
//! follows its decision) and annotations.

use rusqlite::params;

use super::{at, check_stamp, mapped, Merge, Verdict};
use crate::db::record::{add, set, Record};
use crate::db::to_json;
use crate::db::transfer::file::{AnnotationRec, DecisionRec, EvidenceRec, ImpactRec, LogFile};
use crate::Result;

impl Merge<'_> {
    pub(super) fn decisions(&mut self, file: &LogFile) -> Result<()> {
        let mut written = Vec::new();
        for (i, d) in file.decisions.iter().enumerate() {
            let path = format!("decisions[{i}]");
            check_stamp(&format!("{path}.createdAt"), &d.created_at)?;
            let verdict = self.judge("decision", &path, d, &d.statement)?;
            if verdict.writes() {
                self.decision(&path, d)?;
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

    /// Writes the decision's own row, once its meeting and agenda item are there.
    fn decision(&mut self, path: &str, d: &DecisionRec) -> Result<()> {
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
        self.upsert(DecisionRec::TABLE, &d.values())
            .map_err(at(path))
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
            if decision == Verdict::KeptNewer && !self.exists(ImpactRec::TABLE, &im.id)? {
                continue;
            }
            let label_text = format!("{} {}", im.direction.as_str(), im.what_changes);
            let verdict = self.judge_child(
                "impact",
                (ImpactRec::TABLE, Some(("decision_id", d.id.as_str()))),
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
            let mut values = im.values();
            add(&mut values, "decision_id", &d.id);
            self.upsert(ImpactRec::TABLE, &values).map_err(at(&ipath))?;
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
            let mut values = e.values();
            set(&mut values, "anecdote_id", anecdote);
            add(&mut values, "decision_id", &d.id);
            self.insert("INSERT OR IGNORE", EvidenceRec::TABLE, &values)
                .map_err(at(&epath))?;
        }
        Ok(())
    }

    pub(super) fn annotations(&mut self, file: &LogFile) -> Result<()> {
        for (i, d) in file.decisions.iter().enumerate() {
            for (j, a) in d.annotations.iter().enumerate() {
                self.annotation(&format!("decisions[{i}].annotations[{j}]"), d, a)?;
            }
        }
        Ok(())
    }

    fn annotation(&mut self, path: &str, d: &DecisionRec, a: &AnnotationRec) -> Result<()> {
        let text = format!("{}: {}", a.author, a.comment);
        let verdict = self.judge_child(
            "annotation",
            (AnnotationRec::TABLE, Some(("decision_id", d.id.as_str()))),
            path,
            &a.id,
            &a.updated_at,
            &text,
        )?;
        if !verdict.writes() {
            return Ok(());
        }
        let person = self.person(&format!("{path}.personId"), a.person_id.as_ref())?;
        let mut values = a.values();
        set(&mut values, "person_id", person);
        add(&mut values, "decision_id", &d.id);
        self.upsert(AnnotationRec::TABLE, &values).map_err(at(path))
    }
}
