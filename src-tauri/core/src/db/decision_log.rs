//! The decision log: decisions a filter takes, by meeting, for the log view and the exports.
//!
//! The filter runs in SQL (one query picks the decision ids, in log order); each decision is then
//! loaded through the same loader as everywhere else, so the log shows exactly what the meeting
//! screen shows (impacts, evidence, annotations).

use std::collections::{BTreeSet, HashMap, HashSet};

use rusqlite::{params, Connection};

use super::decision_search::{text_matches, Matches};
use super::{action_items, date_text, decision_links, decisions, meetings, personas, Db};
use crate::model::{
    DecisionFilter, DecisionLog, DecisionLogMeeting, DecisionPage, DecisionRow, DecisionSort,
    DecisionStatus,
};
use crate::time::today;
use crate::Result;

/// How many decisions the Decisions screen shows at once (it says how many there are).
pub const FIND_LIMIT: usize = 50;

/// The conditions of `taken!` but the meeting's dates: on `decisions d` alone.
macro_rules! undated {
    () => {
        "(?3 IS NULL OR d.meeting_id = ?3)
       AND (?4 IS NULL OR EXISTS (SELECT 1 FROM customer_impacts i
                                  WHERE i.decision_id = d.id AND i.persona_id = ?4))
       AND (?5 IS NULL OR d.status = ?5)
       AND (?6 IS NULL OR d.reversibility = ?6)
       AND (?7 IS NULL OR EXISTS (SELECT 1 FROM customer_impacts i
                                  WHERE i.decision_id = d.id AND i.direction = ?7))
       AND (?9 IS NULL OR ?9 = (d.status = 'accepted' AND d.reviewed_at IS NULL
                                AND d.review_on IS NOT NULL AND d.review_on <= ?10))"
    };
}

/// The conditions of a `DecisionFilter` on `decisions d JOIN meetings m`, except its words
/// (?8, a JSON list of rowids, which each query applies in its own way); ?10 is today.
macro_rules! taken {
    () => {
        concat!(
            "(?1 IS NULL OR m.held_on >= ?1) AND (?2 IS NULL OR m.held_on <= ?2) AND ",
            undated!()
        )
    };
}

/// Whether a decision is due for review on ?10.
macro_rules! review_due {
    () => {
        "(d.status = 'accepted' AND d.reviewed_at IS NULL AND d.review_on IS NOT NULL
          AND d.review_on <= ?10)"
    };
}

/// The decisions the filter takes, in log order: meetings by date then creation, decisions by
/// creation (the order of every export).
const PICK: &str = concat!(
    "SELECT d.id, d.meeting_id, d.rowid, d.status, ",
    review_due!(),
    " FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE ",
    taken!(),
    " AND (?8 IS NULL OR d.rowid IN (SELECT value FROM json_each(?8)))",
    " ORDER BY m.held_on, m.created_at, m.id, d.created_at, d.id"
);

/// The decisions the filter takes among those its words found (?8 is not null), in no order:
/// only what ranks them by relevance, no text and no sort, so that a common word costs little.
/// SQLite looks each found rowid up rather than scanning every decision.
const RANK: &str = concat!(
    "SELECT d.rowid, ",
    review_due!(),
    " FROM decisions d JOIN meetings m ON m.id = d.meeting_id
     WHERE d.rowid IN (SELECT value FROM json_each(?8)) AND ",
    taken!()
);

/// `RANK` for a filter without dates: no meeting to look up for each decision found.
const RANK_UNDATED: &str = concat!(
    "SELECT d.rowid, ",
    review_due!(),
    " FROM decisions d WHERE d.rowid IN (SELECT value FROM json_each(?8)) AND ",
    undated!()
);

/// The rowids of the decisions due for review on ?1. The partial index `decisions_review` holds
/// only the accepted decisions not yet reviewed, by review date: SQLite reads the due ones
/// from it and no other decision.
const DUE: &str = "SELECT rowid FROM decisions
     WHERE status = 'accepted' AND reviewed_at IS NULL AND review_on IS NOT NULL
       AND review_on <= ?1";

/// The decisions of the JSON list of rowids ?1, in log order.
const PICK_ROWIDS: &str = "SELECT d.id, d.meeting_id, d.rowid, d.status
     FROM decisions d JOIN meetings m ON m.id = d.meeting_id
     WHERE d.rowid IN (SELECT value FROM json_each(?1))
     ORDER BY m.held_on, m.created_at, m.id, d.created_at, d.id";

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
    filtered(conn, PICK, filter, matches.map(Matches::json), |r| {
        Ok(Picked {
            id: r.get(0)?,
            meeting_id: r.get(1)?,
            rowid: r.get(2)?,
            status: r.get(3)?,
            review_due: r.get(4)?,
        })
    })
}

/// The decisions `filter` takes among those its words found, as the Decisions screen ranks them
/// by relevance, and how many there are. Only the decisions that can be on the first page are
/// loaded (`first_page`); the rest are only counted.
fn ranked(
    conn: &Connection,
    filter: &DecisionFilter,
    matches: &Matches,
) -> Result<(u32, Vec<Picked>)> {
    // (not due for review, score, rowid): what the screen ranks by, before log order.
    let dated = filter.from.is_some() || filter.to.is_some();
    let sql = if dated { RANK } else { RANK_UNDATED };
    let found = filtered(conn, sql, filter, Some(matches.json()), |r| {
        let rowid: i64 = r.get(0)?;
        let due: bool = r.get(1)?;
        Ok((!due, matches.score(rowid), rowid))
    })?;
    let total = found.len() as u32;
    Ok((total, first_page(conn, found)?.0))
}

/// The rows `sql` selects with the filter's values bound as PICK and RANK expect them: ?1-?2
/// the dates, ?3-?7 the choices, ?8 the matches (JSON), ?9 due for review, ?10 today.
fn filtered<T>(
    conn: &Connection,
    sql: &str,
    filter: &DecisionFilter,
    matches: Option<String>,
    row: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    Ok(conn
        .prepare_cached(sql)?
        .query_map(
            params![
                date_text(filter.from),
                date_text(filter.to),
                filter.meeting_id,
                filter.persona_id,
                filter.status,
                filter.reversibility,
                filter.direction,
                matches,
                filter.review_due,
                date_text(Some(today()))
            ],
            row,
        )?
        .collect::<rusqlite::Result<_>>()?)
}

/// Of the decisions found as (not due for review, score, rowid), those that can be on the first
/// page ranked by relevance, loaded in log order (the order equal ranks keep): those ranked
/// before the `FIND_LIMIT`th by due-for-review and score, and every one tied with it. With
/// whether SQLite still held every one of them.
fn first_page(conn: &Connection, mut found: Vec<(bool, f32, i64)>) -> Result<(Vec<Picked>, bool)> {
    let rank = |a: &(bool, f32, i64), b: &(bool, f32, i64)| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1));
    // The `FIND_LIMIT`th in place, those before it ranked no lower, in time linear in the
    // matches (a common word finds thousands); then only those tied with it are kept after it.
    if found.len() > FIND_LIMIT {
        let (_, edge, rest) = found.select_nth_unstable_by(FIND_LIMIT - 1, rank);
        let edge = *edge;
        let mut kept = FIND_LIMIT;
        for i in 0..rest.len() {
            if rank(&rest[i], &edge).is_eq() {
                rest.swap(kept - FIND_LIMIT, i);
                kept += 1;
            }
        }
        found.truncate(kept);
    }
    let due: HashMap<i64, bool> = found.iter().map(|(not, _, r)| (*r, !not)).collect();
    let rowids = serde_json::to_string(&found.iter().map(|f| f.2).collect::<Vec<_>>())?;
    let page: Vec<Picked> = conn
        .prepare_cached(PICK_ROWIDS)?
        .query_map([rowids], |r| {
            let rowid: i64 = r.get(2)?;
            Ok(Picked {
                id: r.get(0)?,
                meeting_id: r.get(1)?,
                rowid,
                status: r.get(3)?,
                review_due: due.get(&rowid).copied().unwrap_or(false),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let complete = page.len() == found.len();
    Ok((page, complete))
}

/// Whether `filter` narrows what its words found by nothing but due-for-review: then the
/// decisions' index alone says which decisions it takes, and a single look-up of those due for
/// review (`DUE`) ranks them, without SQLite looking at each one.
fn words_only(filter: &DecisionFilter) -> bool {
    // Every field named, so that a new condition has to be thought about here.
    let DecisionFilter {
        from,
        to,
        meeting_id,
        persona_id,
        status,
        reversibility,
        direction,
        query: _,
        review_due: _,
    } = filter;
    from.is_none()
        && to.is_none()
        && meeting_id.is_none()
        && persona_id.is_none()
        && status.is_none()
        && reversibility.is_none()
        && direction.is_none()
}

/// `ranked` for a filter `words_only` accepts, when the decisions' index holds exactly the
/// decisions SQLite holds: the matches are counted and ranked in memory, and only the first
/// page is read from SQLite. `None` if a decision of that page is no longer there (then the
/// caller asks SQLite about every match, as `ranked` does).
fn ranked_in_memory(
    conn: &Connection,
    filter: &DecisionFilter,
    matches: &Matches,
) -> Result<Option<(u32, Vec<Picked>)>> {
    let due: HashSet<i64> = conn
        .prepare_cached(DUE)?
        .query_map([date_text(Some(today()))], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let found: Vec<(bool, f32, i64)> = matches
        .found()
        .iter()
        .filter_map(|&(rowid, score)| {
            let is_due = due.contains(&rowid);
            filter
                .review_due
                .is_none_or(|want| want == is_due)
                .then_some((!is_due, score, rowid))
        })
        .collect();
    let total = found.len() as u32;
    let (page, complete) = first_page(conn, found)?;
    Ok(complete.then_some((total, page)))
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
        // Ranked by relevance, only the decisions that can make the first page are ordered in
        // full; the others are counted. Every other order needs them all in log order.
        let in_memory = match &matches {
            Some(m) if sort == DecisionSort::Relevance && words_only(filter) => {
                if self.decision_index_current()? {
                    ranked_in_memory(conn, filter, m)?
                } else {
                    None
                }
            }
            _ => None,
        };
        let (total, mut found) = match (&matches, sort, in_memory) {
            (_, _, Some(ranked)) => ranked,
            (Some(m), DecisionSort::Relevance, None) => ranked(conn, filter, m)?,
            _ => {
                let found = picked(conn, filter, matches.as_ref())?;
                (found.len() as u32, found)
            }
        };
        let score = |p: &Picked| matches.as_ref().map_or(0.0, |m| m.score(p.rowid));
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
                    .map(|id| decision_links::link(conn, id))
                    .transpose()?,
                replaces: decision_links::replaced(conn, &p.id)?,
                decision,
                meeting_title: title,
                held_on,
                review_due: p.review_due,
            });
        }
        Ok(DecisionPage { total, rows })
    }
}
