//! The decision log: decisions a filter takes, by meeting, for the log view and the exports.
//!
//! The filter runs in SQL (one query picks the decision ids, in log order); each decision is then
//! loaded through the same loader as everywhere else, so the log shows exactly what the meeting
//! screen shows (impacts, evidence, annotations).

use std::collections::BTreeSet;

use rusqlite::{params, Connection};

use super::{date_text, decisions, meetings, personas, Db};
use crate::model::{DecisionFilter, DecisionLog, DecisionLogMeeting};
use crate::Result;

/// Meetings by date then creation, decisions by creation: the order of every export.
const PICK: &str = "SELECT d.id, d.meeting_id
     FROM decisions d JOIN meetings m ON m.id = d.meeting_id
     WHERE (?1 IS NULL OR m.held_on >= ?1)
       AND (?2 IS NULL OR m.held_on <= ?2)
       AND (?3 IS NULL OR d.meeting_id = ?3)
       AND (?4 IS NULL OR EXISTS (SELECT 1 FROM customer_impacts i
                                  WHERE i.decision_id = d.id AND i.persona_id = ?4))
       AND (?5 IS NULL OR d.status = ?5)
       AND (?6 IS NULL OR d.reversibility = ?6)
       AND (?7 IS NULL OR EXISTS (SELECT 1 FROM customer_impacts i
                                  WHERE i.decision_id = d.id AND i.direction = ?7))
     ORDER BY m.held_on, m.created_at, m.id, d.created_at, d.id";

/// The ids of the decisions `filter` takes with their meeting ids, in log order.
pub(crate) fn pick(conn: &Connection, filter: &DecisionFilter) -> Result<Vec<(String, String)>> {
    Ok(conn
        .prepare_cached(PICK)?
        .query_map(
            params![
                date_text(filter.from),
                date_text(filter.to),
                filter.meeting_id,
                filter.persona_id,
                filter.status,
                filter.reversibility,
                filter.direction
            ],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?
        .collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn load(conn: &Connection, filter: &DecisionFilter) -> Result<DecisionLog> {
    let mut log_meetings: Vec<DecisionLogMeeting> = Vec::new();
    let mut persona_ids = BTreeSet::new();
    for (decision_id, meeting_id) in pick(conn, filter)? {
        if log_meetings.last().map(|m| &m.meeting.id) != Some(&meeting_id) {
            let meeting = meetings::get(conn, &meeting_id)?;
            log_meetings.push(DecisionLogMeeting {
                attendees: meeting.attendees.clone(),
                meeting,
                decisions: Vec::new(),
            });
        }
        let decision = decisions::get(conn, &decision_id)?;
        persona_ids.extend(decision.impacts.iter().filter_map(|i| i.persona_id.clone()));
        if let Some(m) = log_meetings.last_mut() {
            m.decisions.push(decision);
        }
    }
    let personas = persona_ids
        .iter()
        .map(|id| personas::get(conn, id))
        .collect::<Result<_>>()?;
    Ok(DecisionLog {
        filter: filter.clone(),
        meetings: log_meetings,
        personas,
    })
}

impl Db {
    /// The decisions `filter` takes, by meeting (oldest first), with the personas their impacts
    /// name (by id).
    pub fn decision_log(&self, filter: &DecisionFilter) -> Result<DecisionLog> {
        load(self.conn(), filter)
    }
}
