//! JSON Lines, and files cut off mid-record.

use super::*;

#[test]
fn json_lines_import_with_keys_as_headers() {
    let text = concat!(
        r#"{"id": 7, "message": "Checkout &amp; pay was slow", "tags": ["Checkout", "speed"], "#,
        r#""severity": 4, "created": "2024-03-01T09:30:00Z", "extra": {"nested": true}}"#,
        "\n\n",
        r#"{"message": "Love it", "sentiment": "good", "id": "x-8", "votes": null, "#,
        r#""tags": "a; b"}"#,
        "\r\n",
        r#"{"message": null, "id": 9}"#,
        "\n",
    );
    let preview = import::preview_bytes("feedback.jsonl", text.as_bytes(), 10).unwrap();
    assert_eq!(preview.kind, FileKind::JsonLines);
    assert_eq!(
        preview.headers,
        [
            "id",
            "message",
            "tags",
            "severity",
            "created",
            "extra",
            "sentiment",
            "votes"
        ]
    );
    assert_eq!(preview.rows[0][1], "Checkout & pay was slow");
    assert_eq!(preview.rows[0][2], "Checkout, speed");
    let s = &preview.suggested;
    assert_eq!(s.text, "message");
    assert_eq!(s.source_ref.as_deref(), Some("id"));
    assert_eq!(s.said_on.as_deref(), Some("created"));
    assert_eq!(s.tags.as_deref(), Some("tags"));
    assert_eq!(s.customer_count.as_deref(), Some("votes"));
    let plan = read_str("feedback.jsonl", text, s).unwrap();
    assert_eq!(plan.kind, FileKind::JsonLines);
    assert_eq!(texts(&plan), ["Checkout & pay was slow", "Love it"]);
    let rows: Vec<u64> = plan.rows.iter().map(|r| r.row).collect();
    assert_eq!(rows, [1, 3], "rows are line numbers");
    let a = &plan.rows[0].anecdote;
    assert_eq!(a.source_ref.as_deref(), Some("7"));
    assert_eq!(a.tags, ["checkout", "speed"]);
    assert_eq!(a.severity, 4);
    assert_eq!(a.said_on, date(2024, 3, 1));
    let b = &plan.rows[1].anecdote;
    assert_eq!(b.tags, ["a", "b"]);
    assert_eq!(b.sentiment, Sentiment::Positive);
    assert_eq!(b.customer_count, 1);
    assert_eq!(plan.warning(WarningKind::EmptyText).unwrap().rows, [4]);
}

#[test]
fn a_broken_json_line_is_an_error_naming_the_line() {
    let text = "{\"text\": \"ok\"}\n\n{\"text\": \"missing quote}\n{\"text\": \"ok\"}\n";
    let errors = invalid(read_str("b.jsonl", text, &text_only("text")));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].row, Some(3));
    assert!(
        errors[0].to_string().starts_with("b.jsonl, row 3: "),
        "{}",
        errors[0]
    );

    let not_object = "{\"text\": \"ok\"}\n[1, 2]\n";
    assert_eq!(
        invalid(read_str("n.jsonl", not_object, &text_only("text")))[0].row,
        Some(2)
    );
    let array = "[{\"text\": \"ok\"}]";
    let e = import::preview_bytes("a.json", array.as_bytes(), 5).unwrap_err();
    assert!(e.message.contains("JSON array"), "{e}");
}

#[test]
fn json_lines_mapped_key_that_no_line_has_is_an_error() {
    let text = "{\"text\": \"ok\"}\n";
    let mapping = ColumnMapping {
        said_on: Some("date".into()),
        ..text_only("text")
    };
    let errors = invalid(read_str("k.jsonl", text, &mapping));
    assert_eq!(errors[0].column.as_deref(), Some("date"));
    assert_eq!(errors[0].field.as_deref(), Some("saidOn"));
}

#[test]
fn cut_off_json_lines_file_is_refused_or_skipped_as_asked() {
    let text = "{\"text\": \"one\"}\n{\"text\": \"two\"}\n{\"text\": \"thr";
    let errors = invalid(read_str("cut.jsonl", text, &text_only("text")));
    assert_eq!(errors[0].row, Some(3));
    assert!(errors[0].message.contains("incomplete"));
    let options = ImportOptions {
        accept_incomplete_last: true,
        ..ImportOptions::default()
    };
    let plan = read_with("cut.jsonl", text.as_bytes(), &text_only("text"), &options).unwrap();
    assert_eq!(texts(&plan), ["one", "two"]);
    assert_eq!(
        plan.warning(WarningKind::IncompleteLastRecord)
            .unwrap()
            .rows,
        [3]
    );
    // A last line without a line end that is whole is fine.
    let whole = "{\"text\": \"one\"}";
    assert_eq!(
        texts(&read_str("w.jsonl", whole, &text_only("text")).unwrap()),
        ["one"]
    );
}

// ---- cut-off CSV, cancelling, progress, layout keys -----------------------------------------

#[test]
fn cut_off_csv_is_detected_inside_quotes_and_by_missing_fields() {
    let inside_quotes = "text,date\nfine,2024-01-01\n\"cut in\nthe middle";
    assert_eq!(
        invalid(read_str("q.csv", inside_quotes, &text_only("text")))[0].row,
        Some(3)
    );
    let missing_fields = "text,date,id\nfine,2024-01-01,1\ncut,";
    assert_eq!(
        invalid(read_str("m.csv", missing_fields, &text_only("text")))[0].row,
        Some(3)
    );
    // No final line end but whole: fine.
    let whole = "text,date\nfine,2024-01-01\nalso fine,2024-01-02";
    assert_eq!(
        read_str("w.csv", whole, &text_only("text"))
            .unwrap()
            .rows
            .len(),
        2
    );
}
