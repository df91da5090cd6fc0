//! Encodings and delimiters: what the file is made of is read, and said, never guessed silently.

use super::*;

#[test]
fn utf8_byte_order_mark_is_dropped() {
    let bytes = b"\xEF\xBB\xBFtext,date\nna\xC3\xAFve caf\xC3\xA9,2024-01-02\n";
    let preview = import::preview_bytes("bom.csv", bytes, 5).unwrap();
    assert_eq!(preview.headers, ["text", "date"]);
    assert_eq!(preview.encoding, "utf-8");
    assert_eq!(preview.encoding_note, None);
    let plan = read_with_defaults("bom.csv", bytes, &preview.suggested).unwrap();
    assert_eq!(texts(&plan), ["naïve café"]);
    assert_eq!(plan.rows[0].anecdote.said_on, date(2024, 1, 2));
    assert!(plan.warnings.is_empty());
}

#[test]
fn windows_1252_is_read_and_reported_never_silently() {
    let bytes = b"text,date\ncaf\xe9 \x93cr\xe8me\x94,2024-01-02\nfine,2024-01-03\n";
    let preview = import::preview_bytes("legacy.csv", bytes, 5).unwrap();
    assert_eq!(preview.encoding, "windows-1252");
    let note = preview.encoding_note.expect("a note");
    assert!(
        note.contains("line 2") && note.contains("Windows-1252"),
        "{note}"
    );
    assert_eq!(preview.rows[0][0], "café \u{201c}crème\u{201d}");
    let plan = read_with_defaults("legacy.csv", bytes, &preview.suggested).unwrap();
    assert_eq!(plan.encoding, "windows-1252");
    assert!(plan.encoding_note.is_some());
    assert_eq!(texts(&plan), ["café \u{201c}crème\u{201d}", "fine"]);
    let warning = plan.warning(WarningKind::EncodingFallback).expect("warned");
    assert!(warning.message.contains("Windows-1252"));
}

#[test]
fn utf16_with_byte_order_mark_is_read() {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "text\tscore\nüber gut\t9\n".encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    let preview = import::preview_bytes("excel.txt", &bytes, 5).unwrap();
    assert_eq!(preview.encoding, "utf-16le");
    assert_eq!(preview.kind, FileKind::Delimited { delimiter: b'\t' });
    let plan = read_with_defaults("excel.txt", &bytes, &text_only("text")).unwrap();
    assert_eq!(texts(&plan), ["über gut"]);
}

#[test]
fn spreadsheets_and_binaries_are_refused_with_advice() {
    let e = import::preview_bytes("book.xlsx", b"PK\x03\x04\x14\x00rest", 5).unwrap_err();
    assert!(e.to_string().contains("save the sheet as CSV"), "{e}");
    let e = import::preview_bytes("x.bin", b"a,b\n\x00\x01\x02", 5).unwrap_err();
    assert!(e.message.contains("binary"), "{e}");
}

#[test]
fn semicolon_and_pipe_delimiters_are_detected() {
    let semicolon =
        "id;comment;date\n1;\"Prices, fees; and more\";2024-02-01\n2;ok, fine;01/15/2024\n";
    let preview = import::preview_bytes("eu.csv", semicolon.as_bytes(), 5).unwrap();
    assert_eq!(preview.kind, FileKind::Delimited { delimiter: b';' });
    assert_eq!(preview.headers, ["id", "comment", "date"]);
    assert_eq!(preview.rows[0][1], "Prices, fees; and more");
    let plan = read_str("eu.csv", semicolon, &preview.suggested).unwrap();
    assert_eq!(texts(&plan), ["Prices, fees; and more", "ok, fine"]);
    assert_eq!(plan.rows[1].anecdote.said_on, date(2024, 1, 15));
    assert_eq!(plan.rows[1].anecdote.source_ref.as_deref(), Some("2"));

    let pipe = "feedback|severity\nslow, very slow|high\nbroken|5\n";
    let preview = import::preview_bytes("p.txt", pipe.as_bytes(), 5).unwrap();
    assert_eq!(preview.kind, FileKind::Delimited { delimiter: b'|' });
    let mut mapping = preview.suggested;
    assert_eq!(mapping.text, "feedback");
    assert_eq!(mapping.severity.as_deref(), Some("severity"));
    mapping.default_channel = Some("Survey".to_owned());
    let plan = read_str("p.txt", pipe, &mapping).unwrap();
    assert_eq!(texts(&plan), ["slow, very slow", "broken"]);
    assert_eq!(plan.rows[0].anecdote.severity, 4);
    assert_eq!(plan.rows[1].anecdote.severity, 5);
    assert_eq!(plan.rows[0].anecdote.channel, "survey");
}

#[test]
fn a_one_column_file_keeps_its_commas() {
    let text = "feedback\nslow, very slow\nok; fine | really\n";
    let preview = import::preview_bytes("one.csv", text.as_bytes(), 5).unwrap();
    assert_eq!(preview.headers, ["feedback"]);
    let plan = read_str("one.csv", text, &preview.suggested).unwrap();
    assert_eq!(texts(&plan), ["slow, very slow", "ok; fine | really"]);
}

#[test]
fn the_caller_can_override_the_delimiter() {
    // Detected as comma; the caller knows better.
    let text = "a,b\n1,2\n";
    let kind = FileKind::Delimited { delimiter: b';' };
    let preview = import::preview_bytes_as("x.csv", text.as_bytes(), 5, Some(kind)).unwrap();
    assert_eq!(preview.headers, ["a,b"]);
    let options = ImportOptions {
        kind: Some(kind),
        ..ImportOptions::default()
    };
    let plan = read_with("x.csv", text.as_bytes(), &text_only("a,b"), &options).unwrap();
    assert_eq!(texts(&plan), ["1,2"]);
    let bad = FileKind::Delimited { delimiter: b'"' };
    assert!(import::preview_bytes_as("x.csv", text.as_bytes(), 5, Some(bad)).is_err());
}

// ---- validation ---------------------------------------------------------------------------
