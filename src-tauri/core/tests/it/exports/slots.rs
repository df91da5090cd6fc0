//! Reading a planted text back out of each format (decoding its escapes) and checking it is there whole and inert.

use super::*;

/// The text as Markdown exports show it (docs/EXPORTS.md): each line break a space (none added
/// after a space), trimmed.
pub(super) fn one_line(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\r' | '\n' if out.ends_with(' ') => {}
            '\r' | '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out.trim().to_owned()
}

/// Escaped Markdown text back to what it says, refused unless it is plain text: no line break,
/// no raw `<`, `>` (only `&lt;`, `&gt;`), no `&` that starts an entity (only `&amp;`),
/// every character that means something anywhere in Markdown behind a backslash, and no start
/// (`#`, `-`, `+`, `=`, `1.`) or closing `#` that would make a block of its own.
pub(super) fn markdown_decode(slot: &str) -> Result<String, String> {
    const MEANINGFUL: &str = "\\`*_[]|~<>";
    const ENTITIES: [(&str, char); 3] = [("&lt;", '<'), ("&gt;", '>'), ("&amp;", '&')];
    if slot.starts_with(['#', '-', '+', '=']) {
        return Err(format!("a raw start {slot:?}"));
    }
    let digits = slot.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && matches!(slot.as_bytes().get(digits), Some(b'.' | b')')) {
        return Err(format!("a list number {slot:?}"));
    }
    if slot.ends_with('#') && !slot.ends_with("\\#") {
        return Err(format!("a closing # in {slot:?}"));
    }
    let mut out = String::new();
    let mut chars = slot.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, e)) if e.is_ascii_punctuation() => out.push(e),
                other => return Err(format!("a backslash before {other:?}")),
            },
            '&' => match ENTITIES.into_iter().find(|(e, _)| slot[i..].starts_with(e)) {
                Some((entity, c)) => {
                    out.push(c);
                    chars.nth(entity.len() - 2);
                }
                None if {
                    let rest = &slot[i + 1..];
                    let run = rest.strip_prefix('#').unwrap_or(rest);
                    let n = run.bytes().take_while(u8::is_ascii_alphanumeric).count();
                    n > 0 && run.as_bytes().get(n) == Some(&b';')
                } =>
                {
                    let near: String = slot[i..].chars().take(12).collect();
                    return Err(format!("a raw & in {near:?}"));
                }
                None => out.push('&'),
            },
            '\n' | '\r' => return Err("a line break".into()),
            c if MEANINGFUL.contains(c) => return Err(format!("an unescaped {c:?}")),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// Markdown rendered by a CommonMark parser (with tables, strikethrough and YAML front matter,
/// as GitHub does): no link, image or HTML, whatever the customer wrote.
pub(super) fn check_commonmark(at: &str, md: &str) {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for event in Parser::new_ext(md, options) {
        match &event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::HtmlBlock)
            | Event::Html(_)
            | Event::InlineHtml(_) => panic!("{at}: the Markdown renders {event:?}"),
            _ => {}
        }
    }
}

/// Escaped HTML text back to what it says; refused if it holds a raw `<` or `>`.
pub(super) fn html_decode(slot: &str) -> Result<String, String> {
    match slot.chars().find(|c| matches!(c, '<' | '>')) {
        Some(c) => Err(format!("a raw {c:?}")),
        None => Ok(html_escape::decode_html_entities(slot).into_owned()),
    }
}

/// The inside of a YAML double-quoted string back to its text; refused if it holds a control
/// character, a Unicode line or paragraph separator or a BOM raw (YAML 1.1 readers break lines
/// at some of them). The escapes used are JSON's, so JSON reads them.
pub(super) fn yaml_decode(slot: &str) -> Result<String, String> {
    if let Some(c) = slot
        .chars()
        .find(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}'))
    {
        return Err(format!("a raw {c:?}"));
    }
    serde_json::from_str(&format!("\"{slot}\"")).map_err(|e| e.to_string())
}

/// Whether `rest` (what follows a place the template has `MARK`) is the rest of the template,
/// `fixed`, with every `MARK` replaced by a text that `reads` accepts. Tries every place the
/// next fixed part occurs, since an escaped text may contain it (`1\. ` holds `. `).
pub(super) fn fills(fixed: &[&str], rest: &str, reads: &dyn Fn(&str) -> bool) -> bool {
    let Some((part, later)) = fixed.split_first() else {
        return true;
    };
    if later.is_empty() {
        return rest.strip_suffix(part).is_some_and(reads);
    }
    rest.char_indices().any(|(end, _)| {
        rest[end..].starts_with(part)
            && reads(&rest[..end])
            && fills(later, &rest[end + part.len()..], reads)
    })
}

/// Checks that `export` is `template` byte for byte, except that every place the template has
/// `MARK` holds a text that `decode` reads back as `expected`.
pub(super) fn check_slots(
    at: &str,
    format: &str,
    template: &str,
    export: &str,
    decode: fn(&str) -> Result<String, String>,
    expected: &str,
) {
    let fixed: Vec<&str> = template.split(MARK).collect();
    assert!(fixed.len() > 1, "{at} {format}: the template shows no text");
    let reads = |slot: &str| decode(slot).as_deref() == Ok(expected);
    if export
        .strip_prefix(fixed[0])
        .is_some_and(|rest| fills(&fixed[1..], rest, &reads))
    {
        return;
    }
    // Why not: the first text that does not read back, taking each fixed part where it first
    // occurs, or the first fixed part missing.
    let mut rest = export
        .strip_prefix(fixed[0])
        .unwrap_or_else(|| panic!("{at} {format}: the start differs from the template's"));
    for (i, part) in fixed.iter().enumerate().skip(1) {
        let Some(end) = rest.find(part) else {
            panic!("{at} {format}: after text {i}, the template's {part:?} is missing");
        };
        let slot = &rest[..end];
        assert!(
            reads(slot),
            "{at} {format}: text {i} is {slot:?}, which reads {:?}",
            decode(slot)
        );
        rest = &rest[end + part.len()..];
    }
    panic!("{at} {format}: the export is not the template with the text in place");
}

pub(super) fn count_lines(text: &str, start: &str) -> usize {
    text.lines().filter(|l| l.starts_with(start)).count()
}

/// Markdown: no raw HTML, no link, no heading, thematic break, table row, quote or list item
/// but the template's, and every text reads back as the entry on one line.
pub(super) fn check_markdown(at: &str, text: &str, md: &str, template: &str) {
    // No raw `<`, and no `](` but behind an escaped `]` (the text `javascript:` may stay: as
    // text it is no link, which `check_commonmark` checks by rendering).
    assert!(!md.contains('<'), "{at} Markdown: a raw < in {md}");
    assert!(
        md.match_indices("](").all(|(i, _)| md[..i].ends_with('\\')),
        "{at} Markdown: an unescaped ]( in {md}"
    );
    for start in ["#", "---", "|", ">", "- ", "=", "*"] {
        assert_eq!(
            count_lines(md, start),
            count_lines(template, start),
            "{at} Markdown: lines starting {start:?}"
        );
    }
    check_slots(
        at,
        "Markdown",
        template,
        md,
        markdown_decode,
        &one_line(text),
    );
}

/// HTML: no script, the Content-Security-Policy kept, every text escaped and read back exactly.
pub(super) fn check_html(at: &str, text: &str, html: &str, template: &str) {
    assert!(!html.to_ascii_lowercase().contains("<script"), "{at} HTML");
    assert!(
        html.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
             style-src 'unsafe-inline'\">"
        ),
        "{at} HTML: the CSP"
    );
    check_slots(at, "HTML", template, html, html_decode, text);
}

/// The cell a spreadsheet gets for `text`.
pub(super) fn neutralized(text: &str) -> String {
    if text.starts_with(FORMULA_START) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// CSV: parses; no cell starts like a formula; a cell with a text holds it exactly (`text_in`
/// gives the text of each column), behind an apostrophe when it starts like a formula; the
/// other cells are the template's.
pub(super) fn check_csv(at: &str, csv: &str, template: &str, text_in: &dyn Fn(&str) -> String) {
    let read = |csv: &str| -> Vec<csv::StringRecord> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(csv.as_bytes())
            .records()
            .map(|r| r.unwrap_or_else(|e| panic!("{at} CSV: {e}")))
            .collect()
    };
    let (rows, template_rows) = (read(csv), read(template));
    assert_eq!(rows.len(), template_rows.len(), "{at} CSV: rows");
    let header = &template_rows[0];
    for (row, template_row) in rows.iter().zip(&template_rows) {
        assert_eq!(row.len(), header.len(), "{at} CSV: cells in a row");
        for ((name, cell), template_cell) in header.iter().zip(row).zip(template_row) {
            assert!(
                !cell.starts_with(FORMULA_START),
                "{at} CSV: {name} is a formula: {cell:?}"
            );
            if template_cell.contains(MARK) {
                assert_eq!(
                    cell,
                    neutralized(&template_cell.replace(MARK, &text_in(name))),
                    "{at} CSV: {name}"
                );
            } else if !CSV_VARYING.contains(&name) {
                assert_eq!(cell, template_cell, "{at} CSV: {name}");
            }
        }
    }
}

/// The front matter (without its `---` lines) and the body of an ADR.
pub(super) fn front_matter(adr: &str) -> (&str, &str) {
    let inner = adr.strip_prefix("---\n").expect("the front matter opens");
    let end = inner.find("\n---\n").expect("the front matter closes");
    (&inner[..end], &inner[end + "\n---\n".len()..])
}

/// ADR: a safe file name; front matter of the template's keys, each value a quoted string or a
/// list of them, the title reading back exactly; the body as Markdown.
pub(super) fn check_adr(at: &str, text: &str, got: (&str, &str), template: &str) {
    let (name, adr) = got;
    assert!(
        name.starts_with("0001-")
            && name.ends_with(".md")
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'),
        "{at} ADR: file name {name:?}"
    );
    let (front, body) = front_matter(adr);
    let (template_front, template_body) = front_matter(template);
    let keys = |front: &str| -> Vec<String> {
        front
            .lines()
            .map(|line| {
                let (key, value) = line
                    .split_once(": ")
                    .unwrap_or_else(|| panic!("{at} ADR: {line:?} is not `key: value`"));
                // A YAML double-quoted string, or a flow list of them, reads as JSON does.
                let value: Value =
                    serde_json::from_str(value).unwrap_or_else(|e| panic!("{at} ADR: {key}: {e}"));
                assert!(
                    value.is_string()
                        || value
                            .as_array()
                            .is_some_and(|list| list.iter().all(Value::is_string)),
                    "{at} ADR: {key} is {value}"
                );
                key.to_owned()
            })
            .collect()
    };
    assert_eq!(
        keys(front),
        keys(template_front),
        "{at} ADR: front matter keys"
    );
    let title = front
        .lines()
        .find_map(|l| l.strip_prefix("title: "))
        .unwrap();
    assert_eq!(
        serde_json::from_str::<String>(title).unwrap(),
        text,
        "{at} ADR: title"
    );
    check_slots(
        at,
        "ADR front matter",
        template_front,
        front,
        yaml_decode,
        text,
    );
    check_markdown(&format!("{at} ADR"), text, body, template_body);
}

/// Every string the template's JSON has as `MARK` is `text` in `got`; the shapes are the same.
pub(super) fn check_json_texts(at: &str, text: &str, got: &Value, template: &Value) {
    match (got, template) {
        (Value::Object(g), Value::Object(t)) => {
            assert!(g.keys().eq(t.keys()), "{at}: keys");
            for (key, value) in t {
                check_json_texts(&format!("{at}.{key}"), text, &g[key], value);
            }
        }
        (Value::Array(g), Value::Array(t)) => {
            assert_eq!(g.len(), t.len(), "{at}: length");
            for (i, (g, t)) in g.iter().zip(t).enumerate() {
                check_json_texts(&format!("{at}[{i}]"), text, g, t);
            }
        }
        (g, Value::String(t)) if t == MARK => assert_eq!(g.as_str(), Some(text), "{at}"),
        _ => {}
    }
}
