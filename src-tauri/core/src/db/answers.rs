//! The room's answers to prompts, one per meeting, prompt and decision (or none).

use rusqlite::{params, Connection, OptionalExtension};

use super::record::{self, table_record};
use super::{agenda, meetings, references, Db};
use crate::model::{AnswerInput, PromptAnswer};
use crate::time::{new_id, now};
use crate::{Error, Result};

table_record! {
    "prompt_answers" => PromptAnswer {
        id, meeting_id, prompt_id, agenda_item_id, decision_id, answer, created_at, updated_at,
    }
}

/// The meeting's answers, oldest first.
pub(crate) fn for_meeting(conn: &Connection, meeting_id: &str) -> Result<Vec<PromptAnswer>> {
    record::load_where(
        conn,
        "WHERE meeting_id = ?1 ORDER BY created_at, id",
        &[&meeting_id],
    )
}

/// Stores `input` (inserting or replacing the answer for its meeting, prompt and decision), or
/// deletes that answer when the text is empty.
pub(crate) fn upsert(conn: &Connection, input: &AnswerInput) -> Result<Option<PromptAnswer>> {
    let meeting = meetings::get(conn, &input.meeting_id)?;
    let prompt_exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM prompts WHERE id = ?1)",
        [&input.prompt_id],
        |r| r.get(0),
    )?;
    if !prompt_exists {
        return Err(Error::not_found("prompt", &input.prompt_id));
    }
    if let Some(item) = &input.agenda_item_id {
        agenda::check_item(conn, &meeting.id, item)?;
    }
    if let Some(decision) = &input.decision_id {
        let own: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM decisions WHERE id = ?1 AND meeting_id = ?2)",
            [decision, &meeting.id],
            |r| r.get(0),
        )?;
        if !own {
            return Err(Error::not_found("decision", decision));
        }
    }
    let existing: Option<String> = conn
        .query_row(
            "SELECT id FROM prompt_answers
             WHERE meeting_id = ?1 AND prompt_id = ?2 AND decision_id IS ?3",
            params![meeting.id, input.prompt_id, input.decision_id],
            |r| r.get(0),
        )
        .optional()?;
    let answer = input.answer.trim();
    if answer.is_empty() {
        if let Some(id) = existing {
            conn.execute("DELETE FROM prompt_answers WHERE id = ?1", [id])?;
        }
        return Ok(None);
    }
    let at = now();
    let id = match existing {
        Some(id) => {
            conn.execute(
                "UPDATE prompt_answers SET answer = ?2, updated_at = ?3,
                     agenda_item_id = COALESCE(?4, agenda_item_id)
                 WHERE id = ?1",
                params![id, answer, at, input.agenda_item_id],
            )?;
            id
        }
        None => {
            // Unless told otherwise, an answer belongs to the agenda item under discussion.
            let item = input
                .agenda_item_id
                .clone()
                .or(meeting.current_agenda_item_id);
            let id = new_id();
            record::insert(
                conn,
                &PromptAnswer {
                    id: id.clone(),
                    meeting_id: meeting.id.clone(),
                    prompt_id: input.prompt_id.clone(),
                    agenda_item_id: item,
                    decision_id: input.decision_id.clone(),
                    answer: answer.to_owned(),
                    created_at: at.clone(),
                    updated_at: at.clone(),
                },
            )?;
            id
        }
    };
    references::stamp_reference(conn, &meeting.id, &at)?;
    Ok(Some(record::load(conn, &id)?))
}

impl Db {
    /// Stores the room's answer to a prompt (one per meeting, prompt and decision), or deletes
    /// it when the answer is empty. A stored answer counts as a customer reference.
    pub fn answer_prompt(&mut self, input: &AnswerInput) -> Result<Option<PromptAnswer>> {
        self.write(|tx| upsert(tx, input))
    }
}

/// The answers that speak for `decision_id` in its meeting, with their prompt's text: one per
/// prompt, the decision's own answer over the meeting's general one, in deck order.
pub(crate) fn for_decision(
    conn: &Connection,
    meeting_id: &str,
    decision_id: &str,
) -> Result<Vec<(String, PromptAnswer)>> {
    let rows: Vec<(String, PromptAnswer)> = conn
        .prepare_cached(
            "SELECT p.text, a.id, a.meeting_id, a.prompt_id, a.agenda_item_id, a.decision_id,
                    a.answer, a.created_at, a.updated_at
             FROM prompt_answers a JOIN prompts p ON p.id = a.prompt_id
             JOIN prompt_decks k ON k.id = p.deck_id
             WHERE a.meeting_id = ?1 AND (a.decision_id IS NULL OR a.decision_id = ?2)
             ORDER BY k.position, p.position, a.decision_id IS NULL",
        )?
        .query_map([meeting_id, decision_id], |r| {
            Ok((
                r.get(0)?,
                PromptAnswer {
                    id: r.get(1)?,
                    meeting_id: r.get(2)?,
                    prompt_id: r.get(3)?,
                    agenda_item_id: r.get(4)?,
                    decision_id: r.get(5)?,
                    answer: r.get(6)?,
                    created_at: r.get(7)?,
                    updated_at: r.get(8)?,
                },
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut out: Vec<(String, PromptAnswer)> = Vec::with_capacity(rows.len());
    for row in rows {
        if !out.iter().any(|(_, a)| a.prompt_id == row.1.prompt_id) {
            out.push(row);
        }
    }
    Ok(out)
}
