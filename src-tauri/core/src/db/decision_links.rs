//! How decisions replace each other: a superseded decision names the one that replaces it
//! (`superseded_by`), and the links read both ways, with the other decision's meeting.

use rusqlite::Connection;

use crate::model::{Decision, DecisionLink, DecisionLinks};
use crate::Result;

/// The decision `id` as a link: its statement and meeting.
pub(crate) fn link(conn: &Connection, id: &str) -> Result<DecisionLink> {
    Ok(conn
        .prepare_cached(
            "SELECT d.id, d.statement, m.id, m.title FROM decisions d
             JOIN meetings m ON m.id = d.meeting_id WHERE d.id = ?1",
        )?
        .query_row([id], |r| {
            Ok(DecisionLink {
                id: r.get(0)?,
                statement: r.get(1)?,
                meeting_id: r.get(2)?,
                meeting_title: r.get(3)?,
            })
        })?)
}

/// The decisions that `id` replaced (they name it as `superseded_by`).
pub(crate) fn replaced(conn: &Connection, id: &str) -> Result<Vec<DecisionLink>> {
    let ids: Vec<String> = conn
        .prepare_cached("SELECT id FROM decisions WHERE superseded_by = ?1 ORDER BY created_at")?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.iter().map(|i| link(conn, i)).collect()
}

/// The links between the decisions `of` and others, for those that have any.
pub(crate) fn links(conn: &Connection, of: &[Decision]) -> Result<Vec<DecisionLinks>> {
    let mut out = Vec::new();
    for d in of {
        let replaced_by = d
            .superseded_by
            .as_deref()
            .map(|id| link(conn, id))
            .transpose()?;
        let replaces = replaced(conn, &d.id)?;
        if replaced_by.is_some() || !replaces.is_empty() {
            out.push(DecisionLinks {
                decision_id: d.id.clone(),
                replaced_by,
                replaces,
            });
        }
    }
    Ok(out)
}
