//! What the subcommands print: a merge's report and search hits, as plain terminal text
//! (customer text never carries escape sequences to the terminal).

use std::io::Write;
use std::path::Path;

use chair_core::model::{AnecdoteHit, MergeReport};

pub(super) fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

pub(super) fn summary_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The merge report as the user reads it: the counts, then one line per change.
pub fn write_report(r: &MergeReport, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{}added {}, updated {}, unchanged {}, kept newer {}",
        if r.dry_run {
            "dry run, nothing changed: would have "
        } else {
            ""
        },
        r.added,
        r.updated,
        r.unchanged,
        r.kept_newer
    )?;
    for c in &r.changes {
        writeln!(
            out,
            "{:<10} {:<11} {} {}",
            c.action.as_str(),
            terminal_text(&c.kind),
            terminal_text(&c.id),
            terminal_text(&c.label)
        )?;
    }
    Ok(())
}

/// `2025-03-02  email  <text>` then the id, one anecdote per line pair.
pub(super) fn write_hit(hit: &AnecdoteHit, out: &mut impl Write) -> std::io::Result<()> {
    let a = &hit.anecdote;
    let said = a
        .said_on
        .map(|d| d.to_string())
        .unwrap_or_else(|| "-".into());
    writeln!(
        out,
        "{said}  {}  {}",
        terminal_text(if a.channel.is_empty() {
            "-"
        } else {
            &a.channel
        }),
        terminal_text(&a.text)
    )?;
    writeln!(out, "    id {}", terminal_text(&a.id))
}

/// Customer text (and every id, name and path the command line prints) made safe for a
/// terminal: control characters (which could move the cursor, recolour or retitle the
/// terminal), line breaks and the invisible bidi controls that reorder what is shown become
/// spaces.
pub fn terminal_text(text: &str) -> String {
    text.chars()
        .map(|c| {
            let bidi = matches!(
                c,
                '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
            );
            if c.is_control() || bidi || matches!(c, '\u{2028}' | '\u{2029}') {
                ' '
            } else {
                c
            }
        })
        .collect()
}
