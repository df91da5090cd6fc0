//! Making untrusted customer text safe in files other programs open: Markdown that cannot gain
//! headings, links or HTML, and CSV cells a spreadsheet will not run as formulas; and the
//! decision log written in the formats teams already use (one submodule per format).
//!
//! Every renderer is a pure function of the log: same data, same bytes (no "exported at"
//! stamp, fixed order everywhere), so an export can be committed to a repository and diffed.

pub mod adr;
pub mod csv;
pub mod html;
pub mod markdown;

use std::collections::HashMap;

use crate::model::{
    ActionItem, Anecdote, Annotation, AnnotationFlag, CustomerImpact, Decision, DecisionLog,
    DecisionLogMeeting, Persona,
};

/// `text` as literal Markdown, escaping only what would change the rendering, so that a
/// team reading the file raw sees the customer's words: line breaks become spaces (the text
/// cannot start a block of its own); a start that would make a heading, list or thematic
/// break gets a backslash (`\#`, `\-`, `\=`, `1\.`), and so does a closing `#`; `\`, `` ` ``,
/// `*`, `_`, `[`, `]`, `|`, `~` are backslash-escaped everywhere; `<` and `>` become entities
/// (no raw HTML, no autolink, no quote), and so does an `&` that starts an entity (`&amp;`).
/// `.`, `'`, `-`, `!`, `(`, `:` and the like mid-text are left alone.
pub fn markdown_text(text: &str) -> String {
    let mut line = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\r' | '\n' if line.ends_with(' ') => {}
            '\r' | '\n' => line.push(' '),
            c => line.push(c),
        }
    }
    let line = line.trim();
    let mut out = String::with_capacity(line.len() + 16);
    // A run of digits then `.` or `)` at the start is an ordered list item.
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let list_number =
        (1..=9).contains(&digits) && matches!(line.as_bytes().get(digits), Some(b'.' | b')'));
    // A closing `#` run at the end would be eaten by a heading the text is put in.
    let closing_hashes = line.len() - line.trim_end_matches('#').len();
    for (i, c) in line.char_indices() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' if starts_entity(&line[i + 1..]) => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '-' | '+' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if list_number && i == digits => {
                out.push('\\');
                out.push(c);
            }
            '#' if closing_hashes > 0 && i == line.len() - closing_hashes => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Whether `rest` (what follows an `&`) would make it a character reference: a name or
/// `#` number, then `;` (`&amp;`, `&#60;`, `&#x3c;`).
fn starts_entity(rest: &str) -> bool {
    let run = rest.strip_prefix('#').unwrap_or(rest);
    let n = run.bytes().take_while(u8::is_ascii_alphanumeric).count();
    n > 0 && run.as_bytes().get(n) == Some(&b';')
}

/// A CSV cell that spreadsheets show as text: one starting with `=`, `+`, `-`, `@`, tab or
/// carriage return gets a leading apostrophe (OWASP's advice against formula injection).
pub fn csv_cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// Writes `bytes` to `path` whole or not at all: a new temporary file beside it, synced, then
/// renamed over it.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> crate::Result<()> {
    write_file_with(path, bytes, true)
}

/// `write_file` for one of many small files written together (a folder of ADRs): as atomic (a
/// reader sees the old file or the new one), but left to the OS to flush. Syncing each of ten
/// thousand files took close to a minute; an export can always be written again.
pub fn write_file_unsynced(path: &std::path::Path, bytes: &[u8]) -> crate::Result<()> {
    write_file_with(path, bytes, false)
}

/// The temporary file is created new-only (`O_EXCL`) under a random name (`tempfile`), so a
/// symlink or file planted under a predictable name is never followed or overwritten; on any
/// failure it is removed.
fn write_file_with(path: &std::path::Path, bytes: &[u8], sync: bool) -> crate::Result<()> {
    use std::io::Write;
    let io = |source| crate::Error::Io {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(path.file_name().unwrap_or_default());
    prefix.push(".");
    let mut file = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".partial")
        .tempfile_in(dir)
        .map_err(io)?;
    file.write_all(bytes)
        .and_then(|()| {
            if sync {
                file.as_file().sync_all()
            } else {
                Ok(())
            }
        })
        .map_err(io)?;
    file.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// The log with what the renderers look up: the personas its impacts name and the anecdotes
/// pinned as evidence, by id.
pub struct LogDoc<'a> {
    pub log: &'a DecisionLog,
    pub anecdotes: &'a HashMap<String, Anecdote>,
}

impl LogDoc<'_> {
    pub fn persona(&self, id: &str) -> Option<&Persona> {
        self.log.personas.iter().find(|p| p.id == id)
    }

    /// Who an impact is about: the persona's name (and its segment), or the segment alone.
    pub fn impact_who(&self, impact: &CustomerImpact) -> String {
        let name = impact
            .persona_id
            .as_deref()
            .and_then(|id| self.persona(id))
            .map(|p| p.name.as_str());
        match (name, impact.segment.trim()) {
            (Some(n), "") => n.to_owned(),
            (Some(n), s) => format!("{n} ({s})"),
            (None, "") => "(no persona or segment)".to_owned(),
            (None, s) => s.to_owned(),
        }
    }

    /// The decisions in log order, each with its meeting's index and its number (from 1).
    pub fn numbered(&self) -> impl Iterator<Item = (usize, &Decision)> {
        self.log
            .meetings
            .iter()
            .flat_map(|m| m.decisions.iter())
            .enumerate()
            .map(|(i, d)| (i + 1, d))
    }

    /// "3 decisions from 1 meeting."
    pub fn counts(&self) -> String {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let (d, m) = (self.decision_count(), self.log.meetings.len());
        format!("{d} decision{} from {m} meeting{}.", plural(d), plural(m))
    }

    pub fn decision_count(&self) -> usize {
        self.log.meetings.iter().map(|m| m.decisions.len()).sum()
    }

    /// What the document covers: the one meeting's title, or the period of its meetings.
    pub fn title(&self) -> String {
        self.title_with(str::to_owned)
    }

    /// `title` with the meeting's title (user text) passed through `escape`.
    pub fn title_with(&self, escape: impl Fn(&str) -> String) -> String {
        let meetings = &self.log.meetings;
        let filter = &self.log.filter;
        if let ([only], Some(_)) = (meetings.as_slice(), &filter.meeting_id) {
            return format!("{} ({})", escape(&only.meeting.title), only.meeting.held_on);
        }
        let from = filter.from.or(meetings.first().map(|m| m.meeting.held_on));
        let to = filter.to.or(meetings.last().map(|m| m.meeting.held_on));
        match (from, to) {
            (Some(f), Some(t)) if f == t => format!("meetings held on {f}"),
            (Some(f), Some(t)) => format!("meetings held {f} to {t}"),
            (Some(f), None) => format!("meetings held from {f}"),
            (None, Some(t)) => format!("meetings held until {t}"),
            (None, None) => "no meetings".to_owned(),
        }
    }

    /// The narrowing filters in words ("status accepted, persona Dana"); empty for none.
    pub fn filter_words(&self) -> String {
        self.filter_words_with(str::to_owned)
    }

    /// `filter_words` with the persona's name (user text) passed through `escape`.
    pub fn filter_words_with(&self, escape: impl Fn(&str) -> String) -> String {
        let f = &self.log.filter;
        let mut parts = Vec::new();
        if let Some(s) = f.status {
            parts.push(format!("status {}", s.as_str()));
        }
        if let Some(r) = f.reversibility {
            parts.push(format!("reversibility {}", reversibility_words(r)));
        }
        if let Some(d) = f.direction {
            parts.push(format!("an impact that {}", d.as_str()));
        }
        if let Some(p) = &f.persona_id {
            let name = self.persona(p).map(|p| p.name.as_str()).unwrap_or(p);
            parts.push(format!("an impact on {}", escape(name)));
        }
        parts.join(", ")
    }
}

pub fn reversibility_words(r: crate::model::Reversibility) -> &'static str {
    match r {
        crate::model::Reversibility::OneWay => "one-way door",
        crate::model::Reversibility::TwoWay => "two-way door",
        crate::model::Reversibility::Unknown => "unknown",
    }
}

pub fn flag_words(flag: AnnotationFlag) -> &'static str {
    match flag {
        AnnotationFlag::WouldTellOthers => "would tell others",
        AnnotationFlag::WouldLeave => "would leave",
        AnnotationFlag::WouldPayMore => "would pay more",
    }
}

/// "supports, feeling 4/5, would tell others": an annotation's stance, feeling and flags.
pub fn annotation_gist(a: &Annotation) -> String {
    let mut parts = vec![a.stance.as_str().to_owned()];
    if let Some(f) = a.feeling {
        parts.push(format!("feeling {f}/5"));
    }
    parts.extend(a.flags.iter().map(|f| flag_words(*f).to_owned()));
    parts.join(", ")
}

/// The action items of the meeting `m` on the decision `decision`, or on the meeting itself
/// (`None`), in the log's order (oldest first).
pub fn action_items<'a>(m: &'a DecisionLogMeeting, decision: Option<&str>) -> Vec<&'a ActionItem> {
    m.action_items
        .iter()
        .filter(|i| i.decision_id.as_deref() == decision)
        .collect()
}

/// An action item as one line, `[x] what — owner, due 2026-12-10` (`[ ]` while open), with
/// its two texts (what, owner) passed through `escape`. Markdown, ADR and CSV write it so.
pub fn action_line(i: &ActionItem, escape: impl Fn(&str) -> String) -> String {
    let mut line = format!(
        "[{}] {}",
        if i.done_at.is_some() { "x" } else { " " },
        escape(&i.what)
    );
    if !i.owner.trim().is_empty() {
        line.push_str(&format!(" \u{2014} {}", escape(&i.owner)));
    }
    if let Some(due) = i.due_on {
        line.push_str(&format!(", due {due}"));
    }
    line
}

/// "helps, magnitude 4/5, high confidence".
pub fn impact_gist(i: &CustomerImpact) -> String {
    let mut parts = vec![i.direction.as_str().to_owned()];
    if let Some(m) = i.magnitude {
        parts.push(format!("magnitude {m}/5"));
    }
    if let Some(c) = i.confidence {
        parts.push(format!("{} confidence", c.as_str()));
    }
    parts.join(", ")
}

/// The review line: when it is due, and what the look back found once done. Made of dates and
/// fixed words only, so it needs no escaping.
pub fn review_words(d: &Decision) -> Option<String> {
    match (&d.reviewed_at, d.review_happened, d.review_on) {
        (Some(at), happened, _) => {
            let verdict = match happened {
                Some(true) => "it happened as intended",
                Some(false) => "it did not happen as intended",
                None => "reviewed",
            };
            // Only a well-formed stamp's date is shown: the words stay free of user text.
            match chrono::DateTime::parse_from_rfc3339(at) {
                Ok(t) => Some(format!("reviewed {}: {verdict}", t.date_naive())),
                Err(_) => Some(format!("reviewed: {verdict}")),
            }
        }
        (None, _, Some(on)) => Some(format!("due {on}")),
        (None, _, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_cannot_inject_structure() {
        let hostile = "# Heading\n[link](javascript:alert(1)) <img src=x onerror=alert(1)> *bold*";
        let safe = markdown_text(hostile);
        assert!(!safe.contains('\n'));
        assert!(!safe.contains('<') && !safe.contains('>'));
        assert!(safe.starts_with("\\# Heading"));
        assert!(safe.contains("\\[link\\](javascript:alert(1))"));
        assert!(safe.contains("\\*bold\\*"));
    }

    #[test]
    fn markdown_escapes_only_what_changes_the_rendering() {
        // Plain prose keeps its punctuation as typed: a log read raw in a repository is legible.
        let prose = "It's late - again. Don't ship (yet): 3.5 stars! AT&T, e-mail me.";
        assert_eq!(markdown_text(prose), prose);
        for (text, escaped) in [
            ("- not a list", "\\- not a list"),
            ("+ nor this", "\\+ nor this"),
            ("12. nor this", "12\\. nor this"),
            ("3) nor this", "3\\) nor this"),
            ("> no quote", "&gt; no quote"),
            ("## no heading", "\\## no heading"),
            ("=== no setext", "\\=== no setext"),
            ("ends in #", "ends in \\#"),
            (
                "a_b *c* `d` [e] f|g ~~h~~ \\",
                "a\\_b \\*c\\* \\`d\\` \\[e\\] f\\|g \\~\\~h\\~\\~ \\\\",
            ),
            (
                "<b> & &amp; &#60; AT&T;",
                "&lt;b&gt; & &amp;amp; &amp;#60; AT&amp;T;",
            ),
            ("one\ntwo\r\n- three", "one two - three"),
        ] {
            assert_eq!(markdown_text(text), escaped, "{text:?}");
        }
    }

    #[test]
    fn csv_cells_starting_like_formulas_are_neutralized() {
        for bad in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert!(csv_cell(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(csv_cell("Refund please"), "Refund please");
        assert_eq!(csv_cell(""), "");
    }
}
