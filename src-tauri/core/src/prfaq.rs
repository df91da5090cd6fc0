//! The PR/FAQ draft of a decision: a press release written before building, in Markdown, from
//! the decision (statement, rationale, options, impacts, evidence) and the room's answers to the
//! meeting's prompts.
//!
//! Answers to a PR/FAQ deck (prompts written "Heading: …", "Problem: …", …) fill the sections
//! of the same name; other answers become FAQ entries. Every text a person typed, and every
//! customer's words, go through `export::markdown_text`, so none can add headings, links or HTML.

use crate::db::{self, Db};
use crate::export::markdown_text;
use crate::model::{Anecdote, Decision, ImpactDirection, Meeting, PromptAnswer, Reversibility};
use crate::Result;

/// The sections of a press release, by the label its PR/FAQ prompt starts with.
const SECTIONS: &[&str] = &[
    "heading",
    "subheading",
    "problem",
    "solution",
    "quote from the company",
    "how to get started",
    "customer quote",
    "external faq",
    "internal faq",
];

/// The section a prompt's text names ("Problem: what problem…" is `problem`), if any.
fn section_of(prompt: &str) -> Option<&'static str> {
    let (label, _) = prompt.split_once(':')?;
    let label = label.trim().to_lowercase();
    SECTIONS.iter().copied().find(|s| *s == label)
}

/// Everything the draft is written from.
pub struct PrFaqSource<'a> {
    pub decision: &'a Decision,
    pub meeting: &'a Meeting,
    /// (prompt text, answer), in deck order.
    pub answers: &'a [(String, PromptAnswer)],
    pub evidence: &'a [Anecdote],
    /// Names of the personas the impacts are about, by persona id.
    pub persona_name: &'a dyn Fn(&str) -> Option<String>,
}

const TO_WRITE: &str = "_To write._";

fn paragraph(out: &mut String, title: &str, body: Option<String>) {
    out.push_str(&format!("## {title}\n\n"));
    out.push_str(body.as_deref().unwrap_or(TO_WRITE));
    out.push_str("\n\n");
}

impl PrFaqSource<'_> {
    /// The room's answer to the PR/FAQ prompt of section `name`, as Markdown text.
    fn section(&self, name: &str) -> Option<String> {
        self.answers
            .iter()
            .find(|(prompt, _)| section_of(prompt) == Some(name))
            .map(|(_, a)| markdown_text(&a.answer))
    }
}

/// `text` as Markdown text, unless it is blank.
fn nonempty(text: &str) -> Option<String> {
    (!text.trim().is_empty()).then(|| markdown_text(text))
}

/// The draft as Markdown.
pub fn render(src: &PrFaqSource<'_>) -> String {
    let d = src.decision;
    let mut out = String::new();
    title(&mut out, src);
    paragraph(
        &mut out,
        "Problem",
        src.section("problem").or_else(|| nonempty(&d.rationale)),
    );
    paragraph(
        &mut out,
        "Solution",
        src.section("solution")
            .or_else(|| Some(markdown_text(&d.statement))),
    );
    paragraph(
        &mut out,
        "Quote from the company",
        src.section("quote from the company"),
    );
    paragraph(
        &mut out,
        "How to get started",
        src.section("how to get started"),
    );
    customers_say(&mut out, src);
    impacts(&mut out, src);
    external_faq(&mut out, src);
    internal_faq(&mut out, src);
    out
}

/// The heading, the subheading (by default, who it helps) and where the draft comes from.
fn title(out: &mut String, src: &PrFaqSource<'_>) {
    let d = src.decision;
    let heading = src
        .section("heading")
        .unwrap_or_else(|| markdown_text(&d.statement));
    out.push_str(&format!("# {heading}\n\n"));
    let subheading = src.section("subheading").or_else(|| {
        let helped: Vec<String> = d
            .impacts
            .iter()
            .filter(|i| i.direction == ImpactDirection::Helps)
            .map(|i| markdown_text(&i.segment))
            .filter(|s| !s.is_empty())
            .collect();
        (!helped.is_empty()).then(|| format!("For {}.", helped.join(", ")))
    });
    if let Some(sub) = subheading {
        out.push_str(&format!("_{sub}_\n\n"));
    }
    out.push_str(&format!(
        "Draft from the meeting {} on {}. Decision status: {}.\n\n",
        markdown_text(&src.meeting.title),
        src.meeting.held_on.format("%Y-%m-%d"),
        d.status.as_str()
    ));
}

/// The room's customer quote, then the evidence in the customers' own words.
fn customers_say(out: &mut String, src: &PrFaqSource<'_>) {
    out.push_str("## What customers say\n\n");
    if let Some(quote) = src.section("customer quote") {
        out.push_str(&format!("> {quote}\n\n"));
    }
    if src.evidence.is_empty() && src.section("customer quote").is_none() {
        out.push_str(TO_WRITE);
        out.push_str("\n\n");
    }
    for a in src.evidence {
        let mut source = vec![];
        if !a.channel.is_empty() {
            source.push(markdown_text(&a.channel));
        }
        if let Some(date) = a.said_on {
            source.push(date.format("%Y-%m-%d").to_string());
        }
        out.push_str(&format!("> {}\n", markdown_text(&a.text)));
        if !source.is_empty() {
            out.push_str(&format!(">\n> — {}\n", source.join(", ")));
        }
        out.push('\n');
    }
}

/// One line per impact: who, which way, how much, how sure, and what changes.
fn impacts(out: &mut String, src: &PrFaqSource<'_>) {
    let d = src.decision;
    if d.impacts.is_empty() {
        return;
    }
    out.push_str("## What changes for customers\n\n");
    for i in &d.impacts {
        let who = match (
            i.persona_id.as_deref().and_then(src.persona_name),
            i.segment.trim(),
        ) {
            (Some(name), "") => markdown_text(&name),
            (Some(name), seg) => {
                format!("{} \\({}\\)", markdown_text(&name), markdown_text(seg))
            }
            (None, "") => "Customers".to_owned(),
            (None, seg) => markdown_text(seg),
        };
        let mut facts = vec![i.direction.as_str().to_owned()];
        if let Some(m) = i.magnitude {
            facts.push(format!("magnitude {m}/5"));
        }
        if let Some(c) = i.confidence {
            facts.push(format!("{} confidence", c.as_str()));
        }
        if !i.reach.trim().is_empty() {
            facts.push(format!("reach {}", markdown_text(&i.reach)));
        }
        out.push_str(&format!("- **{who}**: {}", facts.join(", ")));
        if !i.what_changes.trim().is_empty() {
            out.push_str(&format!(". {}", markdown_text(&i.what_changes)));
        }
        out.push('\n');
    }
    out.push('\n');
}

/// The room's external FAQ, then every answer to a prompt that names no section.
fn external_faq(out: &mut String, src: &PrFaqSource<'_>) {
    out.push_str("## External FAQ\n\n");
    let mut external = 0;
    if let Some(faq) = src.section("external faq") {
        out.push_str(&format!("{faq}\n\n"));
        external += 1;
    }
    for (prompt, answer) in src.answers.iter().filter(|(p, _)| section_of(p).is_none()) {
        out.push_str(&format!(
            "**{}**\n\n{}\n\n",
            markdown_text(prompt),
            markdown_text(&answer.answer)
        ));
        external += 1;
    }
    if external == 0 {
        out.push_str(TO_WRITE);
        out.push_str("\n\n");
    }
}

/// The room's internal FAQ, then what the decision itself answers: options, why, undo, owner.
fn internal_faq(out: &mut String, src: &PrFaqSource<'_>) {
    let d = src.decision;
    out.push_str("## Internal FAQ\n\n");
    if let Some(faq) = src.section("internal faq") {
        out.push_str(&format!("{faq}\n\n"));
    }
    if let Some(options) = nonempty(&d.options_considered) {
        out.push_str(&format!("**What else did we consider?**\n\n{options}\n\n"));
    }
    if let Some(why) = nonempty(&d.rationale) {
        out.push_str(&format!("**Why this option?**\n\n{why}\n\n"));
    }
    let door = match d.reversibility {
        Reversibility::OneWay => "No: it is a one-way door, hard to walk back.",
        Reversibility::TwoWay => "Yes: it is a two-way door, we can walk it back.",
        Reversibility::Unknown => "We do not know yet.",
    };
    out.push_str(&format!("**Can we undo it?**\n\n{door}\n\n"));
    if let Some(who) = &d.gate_overridden_by {
        out.push_str(&format!(
            "Accepted by {} although customer questions or evidence were missing.\n\n",
            markdown_text(who)
        ));
    }
    let owner = nonempty(&d.owner).unwrap_or_else(|| "nobody yet".to_owned());
    let review = d
        .review_on
        .map(|r| format!(", review on {}", r.format("%Y-%m-%d")))
        .unwrap_or_default();
    out.push_str(&format!("**Who owns it?**\n\n{owner}{review}.\n"));
}

impl Db {
    /// The PR/FAQ draft of a decision, in Markdown.
    pub fn prfaq_draft(&self, decision_id: &str) -> Result<String> {
        let conn = self.conn();
        let decision = db::decisions::get(conn, decision_id)?;
        let meeting = db::meetings::get(conn, &decision.meeting_id)?;
        let answers = db::answers::for_decision(conn, &meeting.id, &decision.id)?;
        let evidence = self.get_anecdotes(&decision.evidence_ids)?;
        let persona_name = |id: &str| self.get_persona(id).ok().map(|p| p.name);
        Ok(render(&PrFaqSource {
            decision: &decision,
            meeting: &meeting,
            answers: &answers,
            evidence: &evidence,
            persona_name: &persona_name,
        }))
    }
}
