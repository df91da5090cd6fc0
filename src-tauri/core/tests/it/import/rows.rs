//! Values and rows: each bad one named by file, row, column and field; good ones mapped; duplicates once.

use super::*;

#[test]
fn a_bad_date_names_file_row_column_and_field() {
    let text = "Complaint ID,Date received,Consumer complaint narrative\n\
                1,2020-01-02,fine\n\
                2,31/31/2020,\"two\nlines\"\n";
    let preview = import::preview_bytes("complaints.csv", text.as_bytes(), 5).unwrap();
    let errors = invalid(read_str("complaints.csv", text, &preview.suggested));
    assert_eq!(errors.len(), 1);
    let e = &errors[0];
    assert_eq!(e.row, Some(3));
    assert_eq!(e.column.as_deref(), Some("Date received"));
    assert_eq!(e.field.as_deref(), Some("saidOn"));
    assert_eq!(
        e.to_string(),
        "complaints.csv, row 3, column \"Date received\" (date): \"31/31/2020\" is not a date \
         (expected YYYY-MM-DD, MM/DD/YYYY or \"September 14, 2016\")"
    );
}

#[test]
fn row_numbers_count_blank_lines_but_not_lines_inside_quoted_fields() {
    let mapping = ColumnMapping {
        said_on: Some("date".into()),
        ..text_only("text")
    };
    for end in ["\n", "\r\n", "\r"] {
        let text = [
            "text,date",
            "\"multi\r\nline\nfield\",2024-01-01",
            "",
            "\"ok\",2024-01-02",
            "x,soon",
            "y,later",
        ]
        .join(end);
        let errors = invalid(read_str("rows.csv", &text, &mapping));
        let rows: Vec<_> = errors.iter().map(|e| e.row).collect();
        assert_eq!(rows, [Some(5), Some(6)], "line end {end:?}");
    }
}

#[test]
fn a_missing_mapped_column_is_an_error_naming_it() {
    let text = "comment,date\nhello,2024-01-01\n";
    let mapping = ColumnMapping {
        text: "Narrative".to_owned(),
        said_on: Some("date".to_owned()),
        severity: Some("Priority".to_owned()),
        ..ColumnMapping::default()
    };
    let errors = invalid(read_str("f.csv", text, &mapping));
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0].column.as_deref(), Some("Narrative"));
    assert_eq!(errors[0].field.as_deref(), Some("text"));
    assert_eq!(errors[0].row, None);
    assert!(errors[0].message.contains("\"comment\""), "{}", errors[0]);
    assert_eq!(errors[1].column.as_deref(), Some("Priority"));
    let unmapped = invalid(read_str("f.csv", text, &ColumnMapping::default()));
    assert_eq!(unmapped[0].field.as_deref(), Some("text"));
}

#[test]
fn values_are_validated_and_mapped() {
    let text = "text,sentiment,severity,count,tags\n\
                a,Positive,low,3,\"Billing, Refund\"\n\
                b,2,Critical,0,\"[\"\"App\"\",\"\"app\"\"]\"\n\
                c,,,,\n\
                d,6,3.0,12,x|y;z\n";
    let mapping = ColumnMapping {
        text: "text".into(),
        sentiment: Some("sentiment".into()),
        severity: Some("severity".into()),
        customer_count: Some("count".into()),
        tags: Some("tags".into()),
        provenance: Provenance::Synthesized,
        ..ColumnMapping::default()
    };
    let plan = read_str("v.csv", text, &mapping).unwrap();
    let a: Vec<_> = plan.rows.iter().map(|r| &r.anecdote).collect();
    assert_eq!(a[0].sentiment, Sentiment::Positive);
    assert_eq!(a[0].severity, 2);
    assert_eq!(a[0].customer_count, 3);
    assert_eq!(a[0].tags, ["billing", "refund"]);
    assert_eq!(a[1].sentiment, Sentiment::Negative);
    assert_eq!(a[1].severity, 5);
    assert_eq!(a[1].customer_count, 1);
    assert_eq!(a[1].tags, ["app"]);
    assert_eq!(a[2].sentiment, Sentiment::Unknown);
    assert_eq!(a[2].severity, 3);
    assert_eq!(a[2].customer_count, 1);
    assert!(a[2].tags.is_empty());
    assert_eq!(a[3].sentiment, Sentiment::Neutral);
    assert_eq!(a[3].severity, 3);
    assert_eq!(a[3].tags, ["x", "y", "z"]);
    assert!(a.iter().all(|a| a.provenance == Provenance::Synthesized));
    let raised = plan
        .warning(WarningKind::ValueIgnored)
        .expect("count 0 warned");
    assert_eq!((raised.count, raised.rows.clone()), (1, vec![3]));

    let bad = "text,sentiment,severity,count,tags\n\
               a,meh,9,many,\n\
               b,11,2,1,\n";
    let errors = invalid(read_str("bad.csv", bad, &mapping));
    let got: Vec<(Option<u64>, Option<&str>)> =
        errors.iter().map(|e| (e.row, e.field.as_deref())).collect();
    assert_eq!(
        got,
        [
            (Some(2), Some("sentiment")),
            (Some(2), Some("severity")),
            (Some(2), Some("customerCount")),
            (Some(3), Some("sentiment")),
        ]
    );
    assert!(
        errors[1].message.contains("\"9\" is not a severity"),
        "{}",
        errors[1]
    );
}

#[test]
fn rows_with_the_wrong_number_of_fields_are_errors() {
    let text = "text,date\nfine,2024-01-01\nhello, world,2024-01-02\n\n";
    let errors = invalid(read_str("r.csv", text, &text_only("text")));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].row, Some(3));
    assert!(
        errors[0]
            .message
            .contains("has 3 fields but the header has 2"),
        "{}",
        errors[0]
    );
}

#[test]
fn errors_stop_at_max_errors() {
    let mut text = String::from("text,date\n");
    for i in 0..50 {
        text.push_str(&format!("t{i},not a date\n"));
    }
    let mapping = ColumnMapping {
        said_on: Some("date".into()),
        ..text_only("text")
    };
    let options = ImportOptions {
        max_errors: 5,
        ..ImportOptions::default()
    };
    let errors = invalid(read_with("e.csv", text.as_bytes(), &mapping, &options));
    assert_eq!(errors.len(), 5);
    assert_eq!(errors[4].row, Some(6));
}

#[test]
fn customer_text_is_kept_verbatim_as_text() {
    let text = concat!(
        "text\n",
        "\"<script>alert('x')</script> &lt;b&gt; <b>bold</b>\"\n",
        "\"  \"\"quoted\"\" inside  \"\n",
    );
    let plan = read_str("x.csv", text, &text_only("text")).unwrap();
    assert_eq!(
        texts(&plan),
        [
            "<script>alert('x')</script> <b> <b>bold</b>",
            "\"quoted\" inside"
        ]
    );
}

#[test]
fn duplicates_in_the_file_are_kept_once_and_reported() {
    let text = "id,text,date\n\
                A1,first,2024-01-01\n\
                A1,first again under the same id,2024-01-02\n\
                ,same words,2024-01-03\n\
                ,same words,2024-01-03\n\
                ,same words,2024-01-04\n";
    let mapping = ColumnMapping {
        source_ref: Some("id".into()),
        said_on: Some("date".into()),
        ..text_only("text")
    };
    let plan = read_str("d.csv", text, &mapping).unwrap();
    assert_eq!(texts(&plan), ["first", "same words", "same words"]);
    let rows: Vec<u64> = plan.rows.iter().map(|r| r.row).collect();
    assert_eq!(rows, [2, 4, 6]);
    let dup = plan
        .warning(WarningKind::DuplicateInFile)
        .expect("reported");
    assert_eq!((dup.count, dup.rows.clone()), (2, vec![3, 5]));
    assert!(dup.message.starts_with("2 rows repeat"), "{}", dup.message);
}

// ---- JSON Lines ---------------------------------------------------------------------------
