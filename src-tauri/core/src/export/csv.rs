//! The decision log as CSV (RFC 4180, written by the `csv` crate): a header row, then one row
//! per decision and customer impact; a decision without impacts still gets one row with the
//! impact columns empty. Evidence, the annotation thread and the action items (the decision's,
//! and its meeting's own) are summarized in columns of the decision (repeated on each of its
//! rows); the action item columns come last, so files of older exports keep their layout. Every text cell goes through `csv_cell`, so no
//! customer text runs as a spreadsheet formula.

use std::collections::BTreeMap;

use super::{action_items, action_line, csv_cell, flag_words, review_words, LogDoc};
use crate::model::{CustomerImpact, Decision, DecisionLogMeeting};

pub const HEADER: &[&str] = &[
    "number",
    "meeting_id",
    "meeting_title",
    "held_on",
    "decision_id",
    "statement",
    "status",
    "reversibility",
    "owner",
    "rationale",
    "options_considered",
    "review",
    "superseded_by",
    "impact_who",
    "impact_persona_id",
    "impact_direction",
    "impact_magnitude",
    "impact_confidence",
    "impact_reach",
    "impact_what_changes",
    "evidence_count",
    "evidence_quotes",
    "annotation_count",
    "annotation_stances",
    "annotation_comments",
    "created_at",
    "updated_at",
    "action_items",
    "meeting_action_items",
];

pub fn render(doc: &LogDoc<'_>) -> crate::Result<Vec<u8>> {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let csv_err = |e: ::csv::Error| crate::Error::invalid("csv", e.to_string());
    w.write_record(HEADER).map_err(csv_err)?;
    let mut number = 0;
    for meeting in &doc.log.meetings {
        for decision in &meeting.decisions {
            number += 1;
            let impacts: Vec<Option<&CustomerImpact>> = if decision.impacts.is_empty() {
                vec![None]
            } else {
                decision.impacts.iter().map(Some).collect()
            };
            for impact in impacts {
                let row = row(doc, number, meeting, decision, impact);
                w.write_record(row.iter().map(|c| csv_cell(c)))
                    .map_err(csv_err)?;
            }
        }
    }
    w.into_inner()
        .map_err(|e| crate::Error::invalid("csv", e.to_string()))
}

fn row(
    doc: &LogDoc<'_>,
    number: usize,
    m: &DecisionLogMeeting,
    d: &Decision,
    impact: Option<&CustomerImpact>,
) -> Vec<String> {
    let opt = |v: Option<String>| v.unwrap_or_default();
    let quotes: Vec<String> = d
        .evidence_ids
        .iter()
        .map(|id| match doc.anecdotes.get(id) {
            Some(a) => a.text.clone(),
            None => format!("(anecdote {id} no longer in the workspace)"),
        })
        .collect();
    let mut stances: BTreeMap<&str, usize> = BTreeMap::new();
    for a in &d.annotations {
        *stances.entry(a.stance.as_str()).or_default() += 1;
    }
    let comments: Vec<String> = d
        .annotations
        .iter()
        .map(|a| {
            let mut gist = vec![a.stance.as_str().to_owned()];
            gist.extend(a.feeling.map(|f| format!("feeling {f}/5")));
            gist.extend(a.flags.iter().map(|f| flag_words(*f).to_owned()));
            format!(
                "{} ({}; {}): {}",
                a.author,
                a.role.as_str(),
                gist.join(", "),
                a.comment
            )
        })
        .collect();
    vec![
        number.to_string(),
        m.meeting.id.clone(),
        m.meeting.title.clone(),
        m.meeting.held_on.to_string(),
        d.id.clone(),
        d.statement.clone(),
        d.status.as_str().to_owned(),
        d.reversibility.as_str().to_owned(),
        d.owner.clone(),
        d.rationale.clone(),
        d.options_considered.clone(),
        opt(review_words(d)),
        opt(d.superseded_by.clone()),
        opt(impact.map(|i| doc.impact_who(i))),
        opt(impact.and_then(|i| i.persona_id.clone())),
        opt(impact.map(|i| i.direction.as_str().to_owned())),
        opt(impact.and_then(|i| i.magnitude).map(|m| m.to_string())),
        opt(impact
            .and_then(|i| i.confidence)
            .map(|c| c.as_str().to_owned())),
        opt(impact.map(|i| i.reach.clone())),
        opt(impact.map(|i| i.what_changes.clone())),
        d.evidence_ids.len().to_string(),
        quotes.join("\n"),
        d.annotations.len().to_string(),
        stances
            .iter()
            .map(|(s, n)| format!("{s} {n}"))
            .collect::<Vec<_>>()
            .join("; "),
        comments.join("\n"),
        d.created_at.clone(),
        d.updated_at.clone(),
        actions(m, Some(&d.id)),
        actions(m, None),
    ]
}

/// The action items on the decision (or on its meeting, `None`), one `[ ] what — owner, due …`
/// line each (`[x]` when done).
fn actions(m: &DecisionLogMeeting, decision: Option<&str>) -> String {
    action_items(m, decision)
        .into_iter()
        .map(|i| action_line(i, str::to_owned))
        .collect::<Vec<_>>()
        .join("\n")
}
