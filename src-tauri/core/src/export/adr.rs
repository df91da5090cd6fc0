//! The decision log as Architecture Decision Records for a repository: one MADR-style Markdown
//! file per decision, `NNNN-slug.md`, under the decision's stable number (`db::adr_numbers`).
//! The YAML front matter holds status, date, deciders, reversibility and a customer-impact
//! summary; every value in it is a YAML double-quoted string written by `yaml_str`, so customer
//! text cannot end the front matter or add keys. The body's text goes through `markdown_text`;
//! the decision's action items close it as a task list, as in the Markdown log.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::{impact_gist, markdown_text as md, LogDoc};
use crate::model::{Decision, DecisionLogMeeting};

/// One ADR: its file name and content.
pub struct AdrFile {
    pub name: String,
    pub decision_id: String,
    pub text: String,
}

/// The ADR files of `doc`'s decisions; `numbers` gives each decision its number (the
/// workspace's stable ones), falling back to the position in the log.
pub fn render(doc: &LogDoc<'_>, numbers: &HashMap<String, u32>) -> Vec<AdrFile> {
    let names: HashMap<&str, String> = doc
        .numbered()
        .map(|(n, d)| {
            let n = numbers.get(&d.id).map_or(n, |&n| n as usize);
            (d.id.as_str(), file_name(n, &d.statement))
        })
        .collect();
    // Which exported decisions each one supersedes, in log order.
    let mut supersedes: HashMap<&str, Vec<&str>> = HashMap::new();
    for (_, d) in doc.numbered() {
        if let (Some(by), Some(name)) = (d.superseded_by.as_deref(), names.get(d.id.as_str())) {
            supersedes.entry(by).or_default().push(name);
        }
    }
    let mut files = Vec::new();
    for meeting in &doc.log.meetings {
        for d in &meeting.decisions {
            let superseded_by = d
                .superseded_by
                .as_deref()
                .map(|id| names.get(id).map(String::as_str).ok_or(id));
            let older = supersedes
                .get(d.id.as_str())
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let links = Links {
                supersedes: older,
                superseded_by,
            };
            let text = record(doc, meeting, d, &links);
            files.push(AdrFile {
                name: names[d.id.as_str()].clone(),
                decision_id: d.id.clone(),
                text,
            });
        }
    }
    files
}

/// The id an ADR file's front matter names (`decision-id: "..."`), if it is one of ours.
pub fn decision_id_of(text: &str) -> Option<String> {
    let front = text.strip_prefix("---\n")?;
    let end = front.find("\n---\n")?;
    front[..end]
        .lines()
        .find_map(|l| l.strip_prefix("decision-id: "))
        .and_then(|v| serde_json::from_str(v).ok())
}

/// `0007-ship-the-export.md`: four digits, then the statement's letters and digits in ASCII
/// lowercase, other runs as one dash, at most 50 characters (cut after a whole word if it can).
pub fn file_name(number: usize, statement: &str) -> String {
    let mut slug = String::new();
    for c in statement.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 50 {
            // Cut at the last whole word when there is one.
            if let Some(dash) = slug.rfind('-').filter(|&d| d >= 20) {
                slug.truncate(dash);
            }
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "decision" } else { slug };
    format!("{number:04}-{slug}.md")
}

/// `text` as a YAML double-quoted scalar: quotes and backslashes escaped, and every character
/// YAML does not allow raw (controls, C1 controls, line and paragraph separators, BOM and
/// non-characters) written as an escape, so the value stays one line of one key; `<`, `>` and
/// `&` too (`\u003c`), so no viewer finds markup in it.
pub fn yaml_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Markup characters as escapes too: a viewer that shows front matter as text
            // shows text, not markup.
            '<'
            | '>'
            | '&'
            | '\u{0}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{feff}'
            | '\u{fffe}'
            | '\u{ffff}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn yaml_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| yaml_str(i)).collect();
    format!("[{}]", quoted.join(", "))
}

/// How a record links to the others of the export.
struct Links<'a> {
    /// The file names of the exported decisions this one supersedes, in log order.
    supersedes: &'a [&'a str],
    /// The file name of the decision that supersedes this one, or its id when that decision is
    /// not in the export.
    superseded_by: Option<Result<&'a str, &'a str>>,
}

/// One decision as a record: front matter, then one part after another.
fn record(doc: &LogDoc<'_>, m: &DecisionLogMeeting, d: &Decision, links: &Links<'_>) -> String {
    let mut out = front_matter(doc, m, d, links);
    context_and_options(&mut out, m, d);
    outcome(&mut out, d);
    consequences(&mut out, doc, d);

    out.push_str("\n## Customer voice\n\n");
    if d.annotations.is_empty() {
        out.push_str("No annotations.\n");
    }
    super::markdown::annotation_list(&mut out, &d.annotations);

    let items = super::action_items(m, Some(&d.id));
    if !items.is_empty() {
        out.push_str("\n## Action items\n\n");
        super::markdown::task_list(&mut out, &items);
    }

    link_list(&mut out, links);
    out
}

/// The YAML front matter: the decision's facts for tools that index the records.
fn front_matter(
    doc: &LogDoc<'_>,
    m: &DecisionLogMeeting,
    d: &Decision,
    links: &Links<'_>,
) -> String {
    let mut deciders: Vec<String> = m.attendees.iter().map(|a| a.name.clone()).collect();
    if !d.owner.trim().is_empty() && !deciders.iter().any(|n| n == d.owner.trim()) {
        deciders.push(d.owner.trim().to_owned());
    }
    let impact_summary: Vec<String> = d
        .impacts
        .iter()
        .map(|i| format!("{} {}", i.direction.as_str(), doc.impact_who(i)))
        .collect();
    let mut out = String::from("---\n");
    let _ = writeln!(out, "title: {}", yaml_str(&d.statement));
    let _ = writeln!(out, "status: {}", yaml_str(d.status.as_str()));
    let _ = writeln!(out, "date: {}", yaml_str(&m.meeting.held_on.to_string()));
    let _ = writeln!(out, "deciders: {}", yaml_list(&deciders));
    let _ = writeln!(out, "owner: {}", yaml_str(&d.owner));
    let _ = writeln!(out, "reversibility: {}", yaml_str(d.reversibility.as_str()));
    let _ = writeln!(
        out,
        "customer-impact: {}",
        yaml_str(&impact_summary.join("; "))
    );
    let _ = writeln!(out, "meeting: {}", yaml_str(&m.meeting.title));
    let _ = writeln!(out, "decision-id: {}", yaml_str(&d.id));
    if let Some(by) = links.superseded_by {
        let _ = writeln!(
            out,
            "superseded-by: {}",
            yaml_str(by.unwrap_or_else(|id| id))
        );
    }
    if !links.supersedes.is_empty() {
        let names: Vec<String> = links.supersedes.iter().map(|s| (*s).to_owned()).collect();
        let _ = writeln!(out, "supersedes: {}", yaml_list(&names));
    }
    out.push_str("---\n\n");
    out
}

/// The title, the meeting it was decided in, and the options considered.
fn context_and_options(out: &mut String, m: &DecisionLogMeeting, d: &Decision) {
    let _ = writeln!(out, "# {}\n", md(&d.statement));
    out.push_str("## Context and Problem Statement\n\n");
    let _ = write!(
        out,
        "Decided in the meeting \u{201c}{}\u{201d} held on {}.",
        md(&m.meeting.title),
        m.meeting.held_on
    );
    if !m.meeting.goal.trim().is_empty() {
        let _ = write!(out, " Its goal: {}", md(&m.meeting.goal));
    }
    out.push_str("\n\n## Considered Options\n\n");
    if d.options_considered.trim().is_empty() {
        out.push_str("Not recorded.\n");
    } else {
        let _ = writeln!(out, "{}", md(&d.options_considered));
    }
}

/// The chosen option and why, with its status, reversibility, owner and review.
fn outcome(out: &mut String, d: &Decision) {
    out.push_str("\n## Decision Outcome\n\n");
    let _ = write!(out, "Chosen option: \u{201c}{}\u{201d}", md(&d.statement));
    if !d.rationale.trim().is_empty() {
        let _ = write!(out, ", because {}", md(&d.rationale));
    }
    out.push_str("\n\n");
    super::markdown::status_lines(out, d);
    if let Some(who) = &d.gate_overridden_by {
        let _ = writeln!(
            out,
            "- Accepted despite the one-way-door gate on the word of {}",
            md(who)
        );
    }
}

/// The customer impacts and the evidence, in the customers' words.
fn consequences(out: &mut String, doc: &LogDoc<'_>, d: &Decision) {
    out.push_str("\n## Consequences\n\n");
    if d.impacts.is_empty() {
        out.push_str("No customer impact recorded.\n");
    }
    for i in &d.impacts {
        let _ = write!(out, "- {}: {}", md(&doc.impact_who(i)), impact_gist(i));
        if !i.reach.trim().is_empty() {
            let _ = write!(out, ", reach {}", md(&i.reach));
        }
        if !i.what_changes.trim().is_empty() {
            let _ = write!(out, ". {}", md(&i.what_changes));
        }
        out.push('\n');
    }
    if !d.evidence_ids.is_empty() {
        out.push_str("\nEvidence:\n\n");
        for id in &d.evidence_ids {
            match doc.anecdotes.get(id) {
                Some(a) => {
                    let _ = writeln!(out, "- \u{201c}{}\u{201d}", md(&a.text));
                }
                None => {
                    let _ = writeln!(out, "- anecdote {} (no longer in the workspace)", md(id));
                }
            }
        }
    }
}

/// Links to the records this one supersedes or is superseded by.
fn link_list(out: &mut String, links: &Links<'_>) {
    if links.superseded_by.is_some() || !links.supersedes.is_empty() {
        out.push_str("\n## Links\n\n");
        match links.superseded_by {
            Some(Ok(name)) => {
                let _ = writeln!(out, "- Superseded by [{name}]({name})");
            }
            Some(Err(id)) => {
                let _ = writeln!(
                    out,
                    "- Superseded by decision {} (not in this export)",
                    md(id)
                );
            }
            None => {}
        }
        for name in links.supersedes {
            let _ = writeln!(out, "- Supersedes [{name}]({name})");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_numbered_ascii_slugs() {
        assert_eq!(
            file_name(7, "Ship the CSV export!"),
            "0007-ship-the-csv-export.md"
        );
        assert_eq!(file_name(12, "Café für alle"), "0012-caf-f-r-alle.md");
        assert_eq!(file_name(1, "¿¡!"), "0001-decision.md");
        assert_eq!(file_name(3, "../../etc/passwd"), "0003-etc-passwd.md");
        let long = file_name(1, &"long words ".repeat(20));
        assert!(long.len() <= 4 + 1 + 50 + 3, "{long}");
        assert!(
            long.ends_with("-words.md") || long.ends_with("-long.md"),
            "{long}"
        );
        assert_eq!(
            file_name(
                2,
                "Stop charging return freight on items over 50 pounds that arrive broken"
            ),
            "0002-stop-charging-return-freight-on-items-over-50.md"
        );
    }

    #[test]
    fn yaml_strings_cannot_break_out() {
        assert_eq!(yaml_str("plain"), "\"plain\"");
        assert_eq!(
            yaml_str("a\"b\\c\nstatus: x\r\t"),
            "\"a\\\"b\\\\c\\nstatus: x\\r\\t\""
        );
        assert_eq!(
            yaml_str("\u{0}\u{85}\u{2028}\u{feff}"),
            "\"\\u0000\\u0085\\u2028\\ufeff\""
        );
        assert_eq!(yaml_str("---"), "\"---\"");
        assert_eq!(
            yaml_str("<script>&amp;"),
            "\"\\u003cscript\\u003e\\u0026amp;\""
        );
        // As a JSON parser reads the escapes (the YAML escapes used are a subset of JSON's).
        let hostile = "x\"\n---\nstatus: accepted\u{2028}\\<img src=x onerror=alert(1)>&lt;";
        let back: String = serde_json::from_str(&yaml_str(hostile)).unwrap();
        assert_eq!(back, hostile);
    }
}
