//! The decision log: decisions a filter takes, by meeting, for the log view and the exports.
//!
//! The filter runs in SQL (one query picks the decision ids, in log order); each decision is then
//! loaded through the same loader as everywhere else, so the log shows exactly what the meeting
//! screen shows (impacts, evidence, annotations).

use std::collections::{BTreeSet, HashMap};

use rusqlite::{params, Connection};

use super::{action_items, date_text, decisions, meetings, personas, Db};
use crate::index::DecisionIndex;
use crate::model::{
    DecisionFilter, DecisionLog, DecisionLogMeeting, DecisionPage, DecisionRow, DecisionSort,
    DecisionStatus,
};
use crate::time::today;
use crate::Result;

/// How many decisions the Decisions screen shows at once (it says how many there are).
pub const FIND_LIMIT: usize = 50;

/// Meetings by date then creation, decisions by creation: the order of every export.
const PICK: &str = "SELECT d.id, d.meeting_id, d.rowid, d.status,
            (d.status = 'accepted' AND d.reviewed_at IS NULL AND d.review_on IS NOT NULL
             AND d.review_on <= ?10)
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
       AND (?8 IS NULL OR d.rowid IN (SELECT value FROM json_each(?8)))
       AND (?9 IS NULL OR ?9 = (d.status = 'accepted' AND d.reviewed_at IS NULL
                                AND d.review_on IS NOT NULL AND d.review_on <= ?10))
     ORDER BY m.held_on, m.created_at, m.id, d.created_at, d.id";

/// The decisions whose words match `filter.query`, as the JSON list of rowids `pick` takes;
/// `None` when the filter has no words to look for.
pub(crate) fn text_matches(
    index: &DecisionIndex,
    filter: &DecisionFilter,
) -> Result<Option<Matches>> {
    let Some(query) = filter.query.as_deref() else {
        return Ok(None);
    };
    Ok(index.matching(query)?.map(|found| Matches {
        json: serde_json::to_string(&found.iter().map(|(r, _)| *r).collect::<Vec<_>>())
            .expect("numbers serialize"),
        scores: found.into_iter().collect(),
    }))
}

/// The decisions a text query found: their rowids (as JSON, for SQL) and scores.
pub(crate) struct Matches {
    json: String,
    scores: HashMap<i64, f32>,
}

/// The ids of the decisions `filter` takes with their meeting ids, in log order; `matches`
/// is what the filter's words found (see `text_matches`).
pub(crate) fn pick(
    conn: &Connection,
    filter: &DecisionFilter,
    matches: Option<&Matches>,
) -> Result<Vec<(String, String)>> {
    Ok(picked(conn, filter, matches)?
        .into_iter()
        .map(|p| (p.id, p.meeting_id))
        .collect())
}

/// A decision `pick` takes, with what the Decisions screen orders it by.
struct Picked {
    id: String,
    meeting_id: String,
    rowid: i64,
    status: DecisionStatus,
    review_due: bool,
}

fn picked(
    conn: &Connection,
    filter: &DecisionFilter,
    matches: Option<&Matches>,
) -> Result<Vec<Picked>> {
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
                filter.direction,
                matches.map(|m| m.json.as_str()),
                filter.review_due,
                date_text(Some(today()))
            ],
            |r| {
                Ok(Picked {
                    id: r.get(0)?,
                    meeting_id: r.get(1)?,
                    rowid: r.get(2)?,
                    status: r.get(3)?,
                    review_due: r.get(4)?,
                })
            },
        )?
        .collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn load(
    conn: &Connection,
    filter: &DecisionFilter,
    matches: Option<&Matches>,
) -> Result<DecisionLog> {
    let mut log_meetings: Vec<DecisionLogMeeting> = Vec::new();
    let mut persona_ids = BTreeSet::new();
    let picked = pick(conn, filter, matches)?;
    let taken: BTreeSet<&str> = picked.iter().map(|(d, _)| d.as_str()).collect();
    for (decision_id, meeting_id) in &picked {
        if log_meetings.last().map(|m| &m.meeting.id) != Some(meeting_id) {
            let meeting = meetings::get(conn, meeting_id)?;
            let mut items = action_items::for_meeting(conn, meeting_id)?;
            // Only the items of the decisions taken, and the meeting's own.
            items.retain(|i| i.decision_id.as_deref().is_none_or(|d| taken.contains(d)));
            log_meetings.push(DecisionLogMeeting {
                action_items: items,
                attendees: meeting.attendees.clone(),
                meeting,
                decisions: Vec::new(),
            });
        }
        let decision = decisions::get(conn, decision_id)?;
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
        let matches = text_matches(&self.decision_index, filter)?;
        load(self.conn(), filter, matches.as_ref())
    }

    /// The Decisions screen: the decisions `filter` takes, across meetings, those due for
    /// review first, then in `sort` order; the first `FIND_LIMIT` of them with their meeting
    /// and links, and how many there are.
    pub fn find_decisions(
        &self,
        filter: &DecisionFilter,
        sort: DecisionSort,
    ) -> Result<DecisionPage> {
        let conn = self.conn();
        let matches = text_matches(&self.decision_index, filter)?;
        let mut found = picked(conn, filter, matches.as_ref())?;
        let score = |p: &Picked| {
            matches
                .as_ref()
                .and_then(|m| m.scores.get(&p.rowid).copied())
                .unwrap_or(0.0)
        };
        // `picked` is in log order (oldest meeting first); every sort is stable over it.
        match sort {
            DecisionSort::Oldest => {}
            DecisionSort::Newest => found.reverse(),
            DecisionSort::Relevance => {
                found.reverse();
                found.sort_by(|a, b| score(b).total_cmp(&score(a)));
            }
            DecisionSort::Status => {
                found.reverse();
                found.sort_by_key(|p| p.status.as_str());
            }
        }
        found.sort_by_key(|p| !p.review_due);
        let total = found.len() as u32;
        let mut rows = Vec::with_capacity(found.len().min(FIND_LIMIT));
        let mut meeting_titles: HashMap<String, (String, chrono::NaiveDate)> = HashMap::new();
        for p in found.into_iter().take(FIND_LIMIT) {
            if !meeting_titles.contains_key(&p.meeting_id) {
                let m = meetings::get(conn, &p.meeting_id)?;
                meeting_titles.insert(p.meeting_id.clone(), (m.title, m.held_on));
            }
            let (title, held_on) = meeting_titles[&p.meeting_id].clone();
            let decision = decisions::get(conn, &p.id)?;
            rows.push(DecisionRow {
                replaced_by: decision
                    .superseded_by
                    .as_deref()
                    .map(|id| decisions::link(conn, id))
                    .transpose()?,
                replaces: decisions::replaced(conn, &p.id)?,
                decision,
                meeting_title: title,
                held_on,
                review_due: p.review_due,
            });
        }
        Ok(DecisionPage { total, rows })
    }
}
