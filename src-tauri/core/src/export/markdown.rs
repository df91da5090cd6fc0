//! The decision log as one readable Markdown document: a section per meeting, a sub-section per
//! decision with its impacts, evidence and the customer's voice. Every piece of user or customer
//! text goes through `markdown_text`, so none of it can add headings, links, tables or HTML.

use std::fmt::Write as _;

use super::{
    action_items, action_line, annotation_gist, impact_gist, markdown_text as md,
    reversibility_words, review_words, LogDoc,
};
use crate::model::{ActionItem, Annotation, Decision, DecisionLogMeeting};

pub fn render(doc: &LogDoc<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Decision log: {}\n", doc.title_with(md));
    out.push_str(&doc.counts());
    let filter = doc.filter_words_with(md);
    if !filter.is_empty() {
        let _ = write!(out, " Only decisions with {}.", filter);
    }
    out.push('\n');
    let mut number = 0;
    for meeting in &doc.log.meetings {
        meeting_section(&mut out, meeting);
        action_list(&mut out, "**Action items on the meeting**", meeting, None);
        for decision in &meeting.decisions {
            number += 1;
            decision_section(&mut out, doc, number, decision);
            action_list(&mut out, "\n**Action items**", meeting, Some(&decision.id));
        }
    }
    out
}

fn meeting_section(out: &mut String, m: &DecisionLogMeeting) {
    let _ = writeln!(
        out,
        "\n## {} \u{2014} {}\n",
        md(&m.meeting.title),
        m.meeting.held_on
    );
    if !m.meeting.goal.trim().is_empty() {
        let _ = writeln!(out, "Goal: {}\n", md(&m.meeting.goal));
    }
    if !m.attendees.is_empty() {
        let people: Vec<String> = m
            .attendees
            .iter()
            .map(|a| format!("{} ({})", md(&a.name), a.role.as_str()))
            .collect();
        let _ = writeln!(out, "Attendees: {}\n", people.join(", "));
    }
}

/// A decision's status, door, owner and review, one list item each (the log and its records).
pub(super) fn status_lines(out: &mut String, d: &Decision) {
    let _ = writeln!(out, "- Status: {}", d.status.as_str());
    let _ = writeln!(
        out,
        "- Reversibility: {}",
        reversibility_words(d.reversibility)
    );
    if !d.owner.trim().is_empty() {
        let _ = writeln!(out, "- Owner: {}", md(&d.owner));
    }
    if let Some(review) = review_words(d) {
        let _ = writeln!(out, "- Review: {review}");
    }
}

fn decision_section(out: &mut String, doc: &LogDoc<'_>, number: usize, d: &Decision) {
    let _ = writeln!(out, "### {number}. {}\n", md(&d.statement));
    status_lines(out, d);
    if let Some(by) = &d.superseded_by {
        let _ = writeln!(out, "- Superseded by: {}", superseding(doc, by));
    }
    if let Some(who) = &d.gate_overridden_by {
        let _ = writeln!(
            out,
            "- Accepted despite the one-way-door gate on the word of {}",
            md(who)
        );
    }
    paragraph(out, "Rationale", &d.rationale);
    paragraph(out, "Options considered", &d.options_considered);
    if !d.review_note.trim().is_empty() {
        paragraph(out, "Review note", &d.review_note);
    }
    if !d.impacts.is_empty() {
        out.push_str("\n**Customer impact**\n\n| Who | Impact | Reach | What changes |\n");
        out.push_str("| --- | --- | --- | --- |\n");
        for i in &d.impacts {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                md(&doc.impact_who(i)),
                impact_gist(i),
                md(&i.reach),
                md(&i.what_changes)
            );
        }
    }
    if !d.evidence_ids.is_empty() {
        let quotes: Vec<String> = d
            .evidence_ids
            .iter()
            .map(|id| match doc.anecdotes.get(id) {
                Some(a) => {
                    let mut source = Vec::new();
                    if let Some(on) = a.said_on {
                        source.push(on.to_string());
                    }
                    if !a.channel.trim().is_empty() {
                        source.push(md(&a.channel));
                    }
                    let mut quote = format!("> \u{201c}{}\u{201d}", md(&a.text));
                    if !source.is_empty() {
                        let _ = write!(quote, " ({})", source.join(", "));
                    }
                    quote
                }
                None => format!("> anecdote {} (no longer in the workspace)", md(id)),
            })
            .collect();
        // Quotes apart by an empty quote line, so they stay one blockquote of paragraphs.
        let _ = writeln!(out, "\n**Evidence**\n\n{}", quotes.join("\n>\n"));
    }
    if !d.annotations.is_empty() {
        out.push_str("\n**Customer voice**\n\n");
        annotation_list(out, &d.annotations);
    }
}

/// The action items on the meeting (`decision` None) or on one decision: a task list, done ones
/// checked.
fn action_list(out: &mut String, heading: &str, m: &DecisionLogMeeting, decision: Option<&str>) {
    let items = action_items(m, decision);
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "{heading}\n");
    task_list(out, &items);
    out.push('\n');
}

/// Action items as a Markdown task list, one `- [ ] what — owner, due …` line each, shared by
/// the log and the ADR files.
pub(super) fn task_list(out: &mut String, items: &[&ActionItem]) {
    for i in items {
        let _ = writeln!(out, "- {}", action_line(i, md));
    }
}

fn paragraph(out: &mut String, label: &str, text: &str) {
    if !text.trim().is_empty() {
        let _ = writeln!(out, "\n**{label}.** {}", md(text));
    }
}

/// "decision 4, “Ship the export”", or the id when that decision is not in the document.
fn superseding(doc: &LogDoc<'_>, id: &str) -> String {
    match doc.numbered().find(|(_, d)| d.id == id) {
        Some((n, d)) => format!("decision {n}, \u{201c}{}\u{201d}", md(&d.statement)),
        None => format!("decision {} (not in this export)", md(id)),
    }
}

/// The customer-voice list: one Markdown item per annotation (author, role, stance, feeling,
/// flags, the comment quoted), shared by the log and the ADR files.
pub(super) fn annotation_list(out: &mut String, annotations: &[Annotation]) {
    for a in annotations {
        let _ = write!(
            out,
            "- {} ({}): {}",
            md(&a.author),
            a.role.as_str(),
            annotation_gist(a)
        );
        if !a.comment.trim().is_empty() {
            let _ = write!(out, " \u{2014} \u{201c}{}\u{201d}", md(&a.comment));
        }
        out.push('\n');
    }
}
