//! Making untrusted customer text safe in files other programs open: Markdown that cannot gain
//! headings, links or HTML, and CSV cells a spreadsheet will not run as formulas.

/// `text` as literal Markdown: characters with meaning are backslash-escaped, `<` and `>`
/// become entities (so no raw HTML survives), and line breaks become spaces so the text cannot
/// start a heading, list or quote of its own.
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' | '\n' => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.'
            | '!' | '|' | '~' | '=' | '"' | '\'' | ':' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.trim().to_owned()
}

/// A CSV cell that spreadsheets show as text: one starting with `=`, `+`, `-`, `@`, tab or
/// carriage return gets a leading apostrophe (OWASP's advice against formula injection).
pub fn csv_cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// Writes `bytes` to `path` whole or not at all: a temporary file beside it, synced, then
/// renamed over it.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> crate::Result<()> {
    use std::io::Write;
    let io = |source| crate::Error::Io {
        path: path.to_owned(),
        source,
    };
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".partial");
    let tmp = path.with_file_name(name);
    let mut file = std::fs::File::create(&tmp).map_err(io)?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)
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
        assert!(safe.contains("\\[link\\]\\(javascript\\:alert\\(1\\)\\)"));
        assert!(safe.contains("\\*bold\\*"));
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
