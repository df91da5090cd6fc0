//! The decision log as one printable HTML page: self-contained (inline CSS with print rules, no
//! script, no external resource, a Content-Security-Policy that allows neither), every piece of
//! text escaped with `html-escape`, so customer text shows as text and never becomes markup.

use std::fmt::Write as _;

use html_escape::encode_text as esc;

use super::{
    action_items, annotation_gist, impact_gist, reversibility_words, review_words, LogDoc,
};
use crate::model::{ActionItem, Decision, DecisionLogMeeting};

const STYLE: &str = "\
body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d1d1f;max-width:52rem;\
margin:2rem auto;padding:0 1rem}\
h1{font-size:1.6rem;margin-bottom:.2rem}\
h2{font-size:1.25rem;border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}\
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}\
.meta{color:#555}\
.facts{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin:.3rem 0;padding:0;list-style:none}\
.decision{border-left:4px solid #c8c8c8;padding-left:.9rem;margin:1rem 0}\
.decision.accepted{border-color:#2e7d32}.decision.rejected{border-color:#b71c1c}\
table{border-collapse:collapse;width:100%;margin:.4rem 0}\
th,td{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;vertical-align:top}\
th{background:#f4f4f4}\
blockquote{margin:.3rem 0;padding:.2rem .8rem;border-left:3px solid #9aa;color:#333}\
.voice li{margin:.2rem 0}\
.actions{list-style:none;padding-left:.2rem}.actions li{margin:.15rem 0}\
@media print{body{margin:0;max-width:none;font-size:11pt}\
.decision{break-inside:avoid;page-break-inside:avoid}h2{break-after:avoid;page-break-after:avoid}\
a{color:inherit;text-decoration:none}}";

pub fn render(doc: &LogDoc<'_>) -> String {
    let title = format!("Decision log: {}", doc.title());
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">\n",
    );
    let _ = writeln!(out, "<title>{}</title>", esc(&title));
    let _ = writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>");
    let _ = writeln!(out, "<h1>{}</h1>", esc(&title));
    let mut summary = doc.counts();
    let filter = doc.filter_words();
    if !filter.is_empty() {
        let _ = write!(summary, " Only decisions with {filter}.");
    }
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", esc(&summary));
    let mut number = 0;
    for meeting in &doc.log.meetings {
        meeting_section(&mut out, meeting);
        for d in &meeting.decisions {
            number += 1;
            decision_section(&mut out, doc, meeting, number, d);
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn meeting_section(out: &mut String, m: &DecisionLogMeeting) {
    let _ = writeln!(
        out,
        "<h2>{} <span class=\"meta\">\u{2014} {}</span></h2>",
        esc(&m.meeting.title),
        m.meeting.held_on
    );
    if !m.meeting.goal.trim().is_empty() {
        let _ = writeln!(out, "<p>Goal: {}</p>", esc(&m.meeting.goal));
    }
    if !m.attendees.is_empty() {
        let people: Vec<String> = m
            .attendees
            .iter()
            .map(|a| format!("{} ({})", esc(&a.name), a.role.as_str()))
            .collect();
        let _ = writeln!(
            out,
            "<p class=\"meta\">Attendees: {}</p>",
            people.join(", ")
        );
    }
    action_list(out, "Action items on the meeting", &action_items(m, None));
}

fn decision_section(
    out: &mut String,
    doc: &LogDoc<'_>,
    m: &DecisionLogMeeting,
    number: usize,
    d: &Decision,
) {
    let _ = writeln!(
        out,
        "<section class=\"decision {}\" id=\"d{number}\">",
        d.status.as_str()
    );
    let _ = writeln!(out, "<h3>{number}. {}</h3>", esc(&d.statement));
    facts(out, doc, d);
    if let Some(who) = &d.gate_overridden_by {
        let _ = writeln!(
            out,
            "<p>Accepted despite the one-way-door gate on the word of {}.</p>",
            esc(who)
        );
    }
    paragraph(out, "Rationale", &d.rationale);
    paragraph(out, "Options considered", &d.options_considered);
    paragraph(out, "Review note", &d.review_note);
    impact_table(out, doc, d);
    evidence(out, doc, d);
    voice(out, d);
    action_list(out, "Action items", &action_items(m, Some(&d.id)));
    out.push_str("</section>\n");
}

/// The decision's facts as a list: status, reversibility, owner, review, what superseded it.
fn facts(out: &mut String, doc: &LogDoc<'_>, d: &Decision) {
    out.push_str("<ul class=\"facts\">");
    let _ = write!(out, "<li>Status: {}</li>", d.status.as_str());
    let _ = write!(out, "<li>{}</li>", reversibility_words(d.reversibility));
    if !d.owner.trim().is_empty() {
        let _ = write!(out, "<li>Owner: {}</li>", esc(&d.owner));
    }
    if let Some(review) = review_words(d) {
        let _ = write!(out, "<li>Review: {}</li>", esc(&review));
    }
    if let Some(by) = &d.superseded_by {
        match doc.numbered().find(|(_, o)| &o.id == by) {
            Some((n, _)) => {
                let _ = write!(
                    out,
                    "<li>Superseded by <a href=\"#d{n}\">decision {n}</a></li>"
                );
            }
            None => {
                let _ = write!(out, "<li>Superseded by a decision not in this export</li>");
            }
        }
    }
    out.push_str("</ul>\n");
}

/// Who the decision changes things for, one table row per impact.
fn impact_table(out: &mut String, doc: &LogDoc<'_>, d: &Decision) {
    if d.impacts.is_empty() {
        return;
    }
    out.push_str(
        "<table><thead><tr><th>Who</th><th>Impact</th><th>Reach</th><th>What changes</th>\
         </tr></thead><tbody>\n",
    );
    for i in &d.impacts {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&doc.impact_who(i)),
            impact_gist(i),
            esc(&i.reach),
            esc(&i.what_changes)
        );
    }
    out.push_str("</tbody></table>\n");
}

/// The evidence, in the customers' own words.
fn evidence(out: &mut String, doc: &LogDoc<'_>, d: &Decision) {
    for id in &d.evidence_ids {
        match doc.anecdotes.get(id) {
            Some(a) => {
                let _ = writeln!(
                    out,
                    "<blockquote>\u{201c}{}\u{201d}</blockquote>",
                    esc(&a.text)
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "<blockquote>anecdote {} (no longer in the workspace)</blockquote>",
                    esc(id)
                );
            }
        }
    }
}

/// The annotations: who said what about the decision.
fn voice(out: &mut String, d: &Decision) {
    if d.annotations.is_empty() {
        return;
    }
    out.push_str("<p><strong>Customer voice</strong></p>\n<ul class=\"voice\">\n");
    for a in &d.annotations {
        let _ = write!(
            out,
            "<li><strong>{}</strong> ({}): {}",
            esc(&a.author),
            a.role.as_str(),
            annotation_gist(a)
        );
        if !a.comment.trim().is_empty() {
            let _ = write!(out, " \u{2014} \u{201c}{}\u{201d}", esc(&a.comment));
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

/// Action items under a heading: a box (checked when done), what, the owner and the due date.
fn action_list(out: &mut String, heading: &str, items: &[&ActionItem]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<p><strong>{heading}</strong></p>\n<ul class=\"actions\">"
    );
    for i in items {
        let (mark, class) = match i.done_at {
            Some(_) => ("\u{2611}", " class=\"done\""),
            None => ("\u{2610}", ""),
        };
        let _ = write!(out, "<li{class}>{mark} {}", esc(&i.what));
        if !i.owner.trim().is_empty() {
            let _ = write!(out, " \u{2014} {}", esc(&i.owner));
        }
        if let Some(due) = i.due_on {
            let _ = write!(out, ", due {due}");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

fn paragraph(out: &mut String, label: &str, text: &str) {
    if !text.trim().is_empty() {
        let _ = writeln!(out, "<p><strong>{label}.</strong> {}</p>", esc(text));
    }
}
