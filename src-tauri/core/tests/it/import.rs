//! Importing customer exports: the real files in ../shared/data as they are, and small files
//! built here for each rule (encodings, delimiters, JSON Lines, validation, duplicates, cut-off
//! files, cancelling).

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use chair_core::import::{
    self, ColumnMapping, DateOrder, FileKind, ImportFailure, ImportOptions, ImportPlan, WarningKind,
};
use chair_core::model::{Provenance, Sentiment};
use chrono::NaiveDate;

fn data(rel: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    let path = dir.join(rel);
    assert!(
        path.exists(),
        "shared data file missing: {}",
        path.display()
    );
    path
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Reads a shared file with the mapping its preview suggests.
fn read_suggested(rel: &str, options: &ImportOptions) -> Result<ImportPlan, ImportFailure> {
    let path = data(rel);
    let preview = import::preview(&path, 5).expect("preview");
    import::read(
        &path,
        &preview.suggested,
        options,
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
}

fn read_str(name: &str, text: &str, mapping: &ColumnMapping) -> Result<ImportPlan, ImportFailure> {
    read_with(name, text.as_bytes(), mapping, &ImportOptions::default())
}

fn read_with(
    name: &str,
    bytes: &[u8],
    mapping: &ColumnMapping,
    options: &ImportOptions,
) -> Result<ImportPlan, ImportFailure> {
    import::read_bytes(
        name,
        bytes,
        mapping,
        options,
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
}

fn text_only(column: &str) -> ColumnMapping {
    ColumnMapping {
        text: column.to_owned(),
        ..ColumnMapping::default()
    }
}

fn invalid(result: Result<ImportPlan, ImportFailure>) -> Vec<import::ImportError> {
    match result {
        Err(ImportFailure::Invalid { errors }) => errors,
        Err(other) => panic!("expected invalid, got {other:?}"),
        Ok(plan) => panic!("expected invalid, got {} rows", plan.rows.len()),
    }
}

fn texts(plan: &ImportPlan) -> Vec<&str> {
    plan.rows.iter().map(|r| r.anecdote.text.as_str()).collect()
}

// ---- the real files ----------------------------------------------------------------------

#[test]
fn cfpb_preview_suggests_a_complete_mapping() {
    let preview = import::preview(&data("cfpb/cfpb_ujjwal260_1000rows.csv"), 40).unwrap();
    assert_eq!(preview.kind, FileKind::Delimited { delimiter: b',' });
    assert_eq!(preview.encoding, "utf-8");
    assert_eq!(preview.encoding_note, None);
    assert_eq!(preview.headers.len(), 18);
    assert_eq!(preview.headers[17], "Complaint ID");
    assert_eq!(preview.rows.len(), 40);
    assert!(preview.rows.iter().all(|r| r.len() == 18));
    // ZIP codes stay text: leading zeros and masks survive (row 34 of the file).
    assert_eq!(preview.rows[32][9], "07047");
    assert_eq!(preview.total_bytes, 575_742);
    let s = &preview.suggested;
    assert_eq!(s.text, "Consumer complaint narrative");
    assert_eq!(s.said_on.as_deref(), Some("Date received"));
    assert_eq!(s.channel.as_deref(), Some("Submitted via"));
    assert_eq!(s.product_area.as_deref(), Some("Product"));
    assert_eq!(s.source_ref.as_deref(), Some("Complaint ID"));
    assert_eq!(s.tags.as_deref(), Some("Tags"));
    assert_eq!(s.category_tags, ["Issue", "Sub-issue"]);
    assert_eq!(s.default_channel.as_deref(), Some("complaint"));
    assert_eq!(s.sentiment, None);
    assert_eq!(s.customer_count, None);
    assert_eq!(s.provenance, Provenance::Real);
}

#[test]
fn cfpb_100_rows_all_import_with_their_quirks_kept() {
    let plan = read_suggested(
        "cfpb/cfpb_1994simba_100rows_narratives.csv",
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(plan.rows.len(), 100);
    assert_eq!(plan.records, 100);
    assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
    let first = &plan.rows[0];
    assert_eq!(first.row, 2);
    assert_eq!(
        plan.rows[1].row, 3,
        "a multi-line record is one spreadsheet row"
    );
    let a = &first.anecdote;
    assert_eq!(a.said_on, date(2019, 8, 8));
    assert!(a
        .text
        .starts_with("Friday, XX/XX/XXXX through XXXX, via their \" excellent match"));
    assert!(a.text.contains("{$3500.00}"));
    assert_eq!(a.channel, "web");
    assert_eq!(a.product_area, "Payday loan, title loan, or personal loan");
    assert_eq!(a.tags, ["getting the loan"]);
    assert_eq!(a.sentiment, Sentiment::Unknown);
    assert_eq!(a.severity, 3);
    assert_eq!(a.customer_count, 1);
    assert!(a.persona_ids.is_empty());
    assert!(plan.rows.iter().all(|r| r.anecdote.source_ref.is_some()));
}

#[test]
fn cfpb_1000_rows_skip_empty_narratives_with_a_warning() {
    let plan = read_suggested(
        "cfpb/cfpb_ujjwal260_1000rows.csv",
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(plan.records, 1000);
    assert_eq!(plan.rows.len(), 272);
    let empty = plan
        .warning(WarningKind::EmptyText)
        .expect("empty text warning");
    assert_eq!(empty.count, 728);
    assert_eq!(empty.rows.len(), 10);
    assert_eq!(empty.rows[0], 2);
    assert!(empty.message.contains("728 rows"), "{}", empty.message);
    assert!(empty.message.contains("Consumer complaint narrative"));
    // CRLF record ends, LF inside fields: no CR survives.
    assert!(plan.rows.iter().all(|r| !r.anecdote.text.contains('\r')));
    assert!(plan.rows.iter().any(|r| r.anecdote.text.contains('\n')));
    // Issue and Sub-issue become whole tags; the Tags column is split.
    let first = plan.rows.iter().find(|r| r.row == 5).unwrap();
    assert_eq!(
        first.anecdote.tags,
        [
            "incorrect information on your report",
            "account status incorrect"
        ]
    );
    assert!(plan
        .rows
        .iter()
        .any(|r| r.anecdote.tags.contains(&"older american".to_owned())));
    let channels: std::collections::BTreeSet<&str> = plan
        .rows
        .iter()
        .map(|r| r.anecdote.channel.as_str())
        .collect();
    assert!(channels.contains("web"), "{channels:?}");
    assert!(channels.iter().all(|c| *c == c.to_lowercase()));
}

#[test]
fn masked_zip_codes_stay_text_when_mapped() {
    let path = data("cfpb/cfpb_ujjwal260_1000rows.csv");
    let mut mapping = import::preview(&path, 1).unwrap().suggested;
    mapping.segment = Some("zip code".to_owned()); // matched ignoring case
    let plan = import::read(
        &path,
        &mapping,
        &ImportOptions::default(),
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    let row = |n| plan.rows.iter().find(|r| r.row == n).unwrap();
    assert_eq!(row(59).anecdote.segment, "079XX");
    assert_eq!(row(7).anecdote.segment, "306XX");
}

#[test]
fn cfpb_combined_imports_its_narratives_once_each() {
    let plan = read_suggested("cfpb/cfpb_combined_18col.csv", &ImportOptions::default()).unwrap();
    assert_eq!(plan.records, 3167);
    // 761 narratives, of which 28 repeat an earlier one's text on the same day under another
    // complaint id (a consumer filing the same complaint several times): kept once.
    assert_eq!(plan.rows.len(), 733);
    assert_eq!(
        plan.warning(WarningKind::EmptyText).unwrap().count,
        3167 - 761
    );
    assert_eq!(
        plan.warning(WarningKind::DuplicateInFile).unwrap().count,
        28
    );
    let longest = plan
        .rows
        .iter()
        .map(|r| r.anecdote.text.len())
        .max()
        .unwrap();
    assert!(longest > 10_000, "long cells are kept whole: {longest}");
}

#[test]
fn cut_off_cfpb_file_is_refused_by_default_naming_the_last_row() {
    let result = read_suggested(
        "cfpb/cfpb_aravindsriraj_2068rows_truncated.csv",
        &ImportOptions::default(),
    );
    let errors = invalid(result);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    assert_eq!(e.file, "cfpb_aravindsriraj_2068rows_truncated.csv");
    assert_eq!(e.row, Some(2069));
    let shown = e.to_string();
    assert!(
        shown.starts_with("cfpb_aravindsriraj_2068rows_truncated.csv, row 2069: "),
        "{shown}"
    );
    assert!(
        shown.contains("incomplete") && shown.contains("cut off"),
        "{shown}"
    );
}

#[test]
fn cut_off_cfpb_file_imports_earlier_records_when_accepted() {
    let options = ImportOptions {
        accept_incomplete_last: true,
        ..ImportOptions::default()
    };
    let plan = read_suggested("cfpb/cfpb_aravindsriraj_2068rows_truncated.csv", &options).unwrap();
    assert_eq!(plan.records, 2068);
    // 389 narratives before the cut, 28 of them the same text on the same day again.
    assert_eq!(plan.rows.len(), 361);
    assert_eq!(
        plan.warning(WarningKind::DuplicateInFile).unwrap().count,
        28
    );
    let cut = plan
        .warning(WarningKind::IncompleteLastRecord)
        .expect("warned");
    assert_eq!(cut.rows, [2069]);
    assert!(cut.message.contains("row 2069"), "{}", cut.message);
    assert_eq!(
        plan.warning(WarningKind::EmptyText).unwrap().count,
        2067 - 389
    );
    assert!(plan.rows.iter().all(|r| r.row < 2069));
}

#[test]
fn drug_reviews_tsv_imports_with_text_cleaned_and_sentiment_mapped() {
    let path = data("drug_reviews/drugsComTrain.tsv");
    let preview = import::preview(&path, 3).unwrap();
    assert_eq!(preview.kind, FileKind::Delimited { delimiter: b'\t' });
    assert_eq!(preview.headers[0], "(unnamed column 1)");
    let s = &preview.suggested;
    assert_eq!(s.text, "review");
    assert_eq!(s.source_ref.as_deref(), Some("(unnamed column 1)"));
    assert_eq!(s.product_area.as_deref(), Some("drugName"));
    assert_eq!(s.sentiment.as_deref(), Some("rating"));
    assert_eq!(s.said_on.as_deref(), Some("date"));
    assert_eq!(s.customer_count.as_deref(), Some("usefulCount"));
    assert!(s.count_plus_one);
    assert_eq!(s.default_channel.as_deref(), Some("review"));
    assert!(
        !preview.rows[0][3].starts_with('"'),
        "preview shows cleaned text"
    );

    let plan = import::read(
        &path,
        &preview.suggested,
        &ImportOptions::default(),
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!(plan.rows.len(), 600);
    assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
    let first = &plan.rows[0].anecdote;
    assert_eq!(first.source_ref.as_deref(), Some("48134"));
    assert_eq!(first.product_area, "Nubain");
    assert_eq!(first.channel, "review");
    assert!(first
        .text
        .starts_with("I recently received an injection of nalbuphine"));
    for row in &plan.rows {
        let t = &row.anecdote.text;
        // Every review is wrapped in literal quotes in the file; one review ends with its own
        // `&quot;side-effect&quot;`, which must stay.
        assert!(!t.starts_with('"'), "row {}: {t}", row.row);
        assert!(!t.contains("&#039;") && !t.contains("&quot;") && !t.contains("&amp;"));
        assert!(!t.contains('\r'), "row {}", row.row);
        assert!(row.anecdote.said_on.is_some());
        assert!(row.anecdote.customer_count >= 1);
    }
    assert!(plan.rows.iter().any(|r| r.anecdote.text.contains("I've")));
    assert_eq!(
        plan.rows
            .iter()
            .filter(|r| r.anecdote.text.ends_with('"'))
            .count(),
        1
    );
    let count = |s| {
        plan.rows
            .iter()
            .filter(|r| r.anecdote.sentiment == s)
            .count()
    };
    assert_eq!(
        (
            count(Sentiment::Positive),
            count(Sentiment::Negative),
            count(Sentiment::Neutral)
        ),
        (385, 161, 54)
    );
    // usefulCount counts the others who found it useful; the author is one more.
    let test = import::read(
        &data("drug_reviews/drugsComTest.tsv"),
        &preview.suggested,
        &ImportOptions::default(),
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!(test.rows.len(), 379);
    let generess = &test.rows[0].anecdote;
    assert_eq!(generess.said_on, date(2012, 12, 24));
    assert_eq!(generess.customer_count, 28);
    assert!(generess.text.contains("I've been on Generess"));
    assert_eq!(generess.sentiment, Sentiment::Positive);
}

#[test]
fn every_shared_file_previews_and_imports() {
    let accept = ImportOptions {
        accept_incomplete_last: true,
        ..ImportOptions::default()
    };
    for (rel, expected) in [
        ("cfpb/cfpb_1994simba_100rows_narratives.csv", 100),
        ("cfpb/cfpb_ujjwal260_1000rows.csv", 272),
        ("cfpb/cfpb_aravindsriraj_2068rows_truncated.csv", 361),
        ("cfpb/cfpb_combined_18col.csv", 733),
        ("drug_reviews/drugsComTrain.tsv", 600),
        ("drug_reviews/drugsComTest.tsv", 379),
    ] {
        let plan = read_suggested(rel, &accept).unwrap_or_else(|e| panic!("{rel}: {e}"));
        assert_eq!(plan.rows.len(), expected, "{rel}");
    }
}

// ---- encodings and delimiters -------------------------------------------------------------

#[test]
fn utf8_byte_order_mark_is_dropped() {
    let bytes = b"\xEF\xBB\xBFtext,date\nna\xC3\xAFve caf\xC3\xA9,2024-01-02\n";
    let preview = import::preview_bytes("bom.csv", bytes, 5).unwrap();
    assert_eq!(preview.headers, ["text", "date"]);
    assert_eq!(preview.encoding, "utf-8");
    assert_eq!(preview.encoding_note, None);
    let plan = read_with(
        "bom.csv",
        bytes,
        &preview.suggested,
        &ImportOptions::default(),
    )
    .unwrap();
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
    let plan = read_with(
        "legacy.csv",
        bytes,
        &preview.suggested,
        &ImportOptions::default(),
    )
    .unwrap();
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
    let plan = read_with(
        "excel.txt",
        &bytes,
        &text_only("text"),
        &ImportOptions::default(),
    )
    .unwrap();
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

fn many_rows(n: usize) -> String {
    let mut text = String::from("id,text\n");
    for i in 0..n {
        text.push_str(&format!("{i},customer said thing number {i}\n"));
    }
    text
}

#[test]
fn cancel_returns_cancelled_before_and_during_reading() {
    let text = many_rows(5000);
    let mapping = text_only("text");
    let set = AtomicBool::new(true);
    let result = import::read_bytes(
        "c.csv",
        text.as_bytes(),
        &mapping,
        &ImportOptions::default(),
        &mut |_, _| {},
        &set,
    );
    assert_eq!(result.unwrap_err(), ImportFailure::Cancelled);

    let cancel = AtomicBool::new(false);
    let mut reports = 0;
    let result = import::read_bytes(
        "c.csv",
        text.as_bytes(),
        &mapping,
        &ImportOptions::default(),
        &mut |done, _| {
            reports += 1;
            if done > 0 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
    );
    assert_eq!(result.unwrap_err().code(), "cancelled");
    assert_eq!(
        reports, 2,
        "stopped at the first check after the flag was raised"
    );
}

#[test]
fn progress_is_reported_every_thousand_rows_and_at_the_end() {
    let text = many_rows(3500);
    let mut seen = Vec::new();
    let plan = import::read_bytes(
        "p.csv",
        text.as_bytes(),
        &text_only("text"),
        &ImportOptions::default(),
        &mut |done, total| seen.push((done, total)),
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!(plan.rows.len(), 3500);
    let total = text.len() as u64;
    assert_eq!(seen.first(), Some(&(0, total)));
    assert_eq!(seen.last(), Some(&(total, total)));
    assert_eq!(seen.len(), 2 + 3);
    assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0));
}

#[test]
fn layout_key_ignores_case_spacing_and_delimiter_but_not_columns() {
    let key = |name: &str, text: &str| {
        import::preview_bytes(name, text.as_bytes(), 1)
            .unwrap()
            .layout_key
    };
    let a = key("a.csv", "Date Received,Narrative\n2024-01-01,x\n");
    assert_eq!(a, key("b.tsv", "date received\tnarrative\n2024-01-01\tx\n"));
    assert_ne!(a, key("c.csv", "Narrative,Date Received\nx,2024-01-01\n"));
    assert_ne!(
        a,
        key(
            "d.jsonl",
            "{\"Date Received\": \"2024-01-01\", \"Narrative\": \"x\"}\n"
        )
    );
    assert_eq!(
        key("e.jsonl", "{\"a\": 1, \"b\": 2}\n"),
        key("f.jsonl", "{\"b\": 1, \"a\": 2}\n")
    );
}

#[test]
fn preview_of_a_large_file_reads_only_its_start() {
    let dir = std::env::temp_dir().join(format!("chair-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("big.csv");
    let text = many_rows(200_000); // about 6 MB, more than the preview reads
    assert!(text.len() > import::PREVIEW_BYTES);
    std::fs::write(&path, &text).unwrap();
    let preview = import::preview(&path, 3).unwrap();
    assert_eq!(preview.total_bytes, text.len() as u64);
    assert_eq!(
        preview.rows,
        [
            ["0", "customer said thing number 0"],
            ["1", "customer said thing number 1"],
            ["2", "customer said thing number 2"]
        ]
    );
    let missing = import::preview(&dir.join("nope.csv"), 3).unwrap_err();
    assert!(
        missing.to_string().starts_with("nope.csv: cannot be read"),
        "{missing}"
    );
    let failure = import::read(
        &dir.join("nope.csv"),
        &text_only("text"),
        &ImportOptions::default(),
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
    .unwrap_err();
    assert_eq!(failure.code(), "io");
    std::fs::remove_dir_all(&dir).ok();
}

// ---- hardening (issue 12, items 1-3) -----------------------------------------------------

/// A one-line header of `n` copies of `name`, and one data row.
fn repeated_header(name: &str, n: usize) -> String {
    let mut text = vec![name; n].join(",");
    text.push('\n');
    text.push_str(&vec!["x"; n].join(","));
    text.push('\n');
    text
}

#[test]
fn repeated_header_names_get_distinct_numbers_up_to_the_column_cap() {
    let text = repeated_header("a", import::MAX_COLUMNS);
    let preview = import::preview_bytes("wide.csv", text.as_bytes(), 1).unwrap();
    assert_eq!(preview.headers.len(), import::MAX_COLUMNS);
    assert_eq!(preview.headers[0], "a");
    assert_eq!(preview.headers[1], "a (2)");
    assert_eq!(preview.headers[999], "a (1000)");
    let distinct: std::collections::HashSet<&String> = preview.headers.iter().collect();
    assert_eq!(distinct.len(), import::MAX_COLUMNS);
    // A literal header that looks like a generated name is never given twice.
    let preview = import::preview_bytes("n.csv", b"a,a,a (2),,\n1,2,3,4,5\n", 1).unwrap();
    assert_eq!(
        preview.headers,
        [
            "a",
            "a (2)",
            "a (2) (2)",
            "(unnamed column 4)",
            "(unnamed column 5)"
        ]
    );
}

#[test]
fn a_header_wider_than_the_cap_is_refused_naming_the_header_row() {
    let text = repeated_header("Narrative", 3000);
    let e = import::preview_bytes("wide.csv", text.as_bytes(), 8).unwrap_err();
    assert_eq!((e.file.as_str(), e.row), ("wide.csv", Some(1)));
    assert!(e.message.contains("has 3000 columns; at most 1000"), "{e}");
    let errors = invalid(read_str("wide.csv", &text, &text_only("Narrative")));
    assert_eq!(errors[0].row, Some(1));

    // A 4 MiB line of commas is one header of 4 Mi + 1 empty columns.
    let commas = format!("text{}\n", ",".repeat(4 * 1024 * 1024));
    let e = import::preview_bytes("commas.csv", commas.as_bytes(), 8).unwrap_err();
    assert!(e.message.contains("4194305 columns"), "{e}");
    let e = invalid(read_str("commas.csv", &commas, &text_only("text")));
    assert!(e[0].message.contains("columns"), "{}", e[0]);
}

#[test]
fn json_lines_with_more_keys_than_the_cap_are_refused_naming_the_line() {
    let keys: Vec<String> = (0..=import::MAX_COLUMNS)
        .map(|i| format!("\"k{i}\": \"v\""))
        .collect();
    let line = format!("{{\"text\": \"hello\"}}\n{{{}}}\n", keys.join(", "));
    let e = import::preview_bytes("keys.jsonl", line.as_bytes(), 8).unwrap_err();
    assert_eq!(e.row, Some(2));
    assert!(e.message.contains("1002 columns"), "{e}");
    let errors = invalid(read_str("keys.jsonl", &line, &text_only("text")));
    assert_eq!(errors[0].row, Some(2));
    assert!(errors[0].message.contains("1001 columns"), "{}", errors[0]);
}

#[test]
fn a_cell_of_too_many_tags_is_refused_naming_row_column_and_field() {
    let mapping = ColumnMapping {
        tags: Some("Labels".into()),
        ..text_only("text")
    };
    let hundred: Vec<String> = (0..import::MAX_TAGS_PER_CELL)
        .map(|i| format!("t{i}"))
        .collect();
    let ok = format!("text,Labels\nfine,\"{}\"\n", hundred.join(","));
    let plan = read_str("tags.csv", &ok, &mapping).unwrap();
    assert_eq!(plan.rows[0].anecdote.tags.len(), import::MAX_TAGS_PER_CELL);

    let many = format!(
        "text,Labels\nfine,x\ntoo many,\"{},extra\"\n",
        hundred.join(";")
    );
    let errors = invalid(read_str("tags.csv", &many, &mapping));
    assert_eq!(errors.len(), 1);
    let e = &errors[0];
    assert_eq!(
        (e.row, e.column.as_deref(), e.field.as_deref()),
        (Some(3), Some("Labels"), Some("tags"))
    );
    assert!(e.message.contains("101 tags"), "{e}");

    let list: Vec<String> = (0..=import::MAX_TAGS_PER_CELL)
        .map(|i| format!("\"t{i}\""))
        .collect();
    let jsonl = format!("{{\"text\": \"hi\", \"Labels\": [{}]}}\n", list.join(","));
    let errors = invalid(read_str("tags.jsonl", &jsonl, &mapping));
    assert_eq!(errors[0].row, Some(1));
    assert!(errors[0].message.contains("101 tags"), "{}", errors[0]);
}

#[test]
fn text_over_64_kib_is_refused_with_its_row_and_column_and_nothing_is_kept() {
    let mapping = text_only("Narrative");
    let at_cap = "a".repeat(import::MAX_CELL_BYTES);
    let plan = read_str("ok.csv", &format!("Narrative\n{at_cap}\n"), &mapping).unwrap();
    assert_eq!(plan.rows[0].anecdote.text.len(), import::MAX_CELL_BYTES);

    let over = "é".repeat(import::MAX_CELL_BYTES / 2 + 1);
    let text = format!("id,Narrative\n1,short\n2,\"{over}\"\n");
    let errors = invalid(read_str("long.csv", &text, &mapping));
    let e = &errors[0];
    assert_eq!(
        (
            e.file.as_str(),
            e.row,
            e.column.as_deref(),
            e.field.as_deref()
        ),
        ("long.csv", Some(3), Some("Narrative"), Some("text"))
    );
    assert!(e.message.contains("at most 64 KiB"), "{e}");
}

#[test]
fn a_file_over_the_size_cap_is_refused_before_it_is_read() {
    let dir = std::env::temp_dir().join(format!("chair-import-cap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("huge.csv");
    // Sparse: costs no disk, but its size is over the cap.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(import::MAX_FILE_BYTES + 1).unwrap();
    drop(file);
    let errors = invalid(import::read(
        &path,
        &text_only("text"),
        &ImportOptions::default(),
        &mut |_, _| {},
        &AtomicBool::new(false),
    ));
    assert_eq!(errors[0].file, "huge.csv");
    assert!(
        errors[0].message.contains("at most 256 MiB"),
        "{}",
        errors[0]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_nul_byte_anywhere_in_the_file_refuses_it() {
    let mut text = many_rows(2000); // about 60 KB, well past the first 8 KiB
    text.push_str("2001,hidden\0payload\n");
    let errors = invalid(read_str("late.csv", &text, &text_only("text")));
    assert!(
        errors[0].message.contains("line 2002 holds a NUL byte"),
        "{}",
        errors[0]
    );
    let mut bom = b"\xEF\xBB\xBFtext\n".to_vec();
    bom.extend_from_slice(b"a\0b\n");
    let errors = invalid(read_with(
        "bom.csv",
        &bom,
        &text_only("text"),
        &ImportOptions::default(),
    ));
    assert!(errors[0].message.contains("NUL"), "{}", errors[0]);
}

#[test]
fn entities_that_decode_to_control_characters_are_removed() {
    let text = "text\n\"clear&#27;[2J&#x1b;]0;title&#7; screen &amp; &#233;t&#xE9;\"\n";
    let plan = read_str("esc.csv", text, &text_only("text")).unwrap();
    assert_eq!(texts(&plan), ["clear[2J]0;title screen & été"]);
    let preview = import::preview_bytes("esc.csv", text.as_bytes(), 1).unwrap();
    assert_eq!(preview.rows[0][0], "clear[2J]0;title screen & été");
}

#[test]
fn cancel_is_seen_at_the_next_record_even_in_a_short_file() {
    // 500 rows: fewer than one progress interval, so only a per-record check can see it.
    let text = many_rows(500);
    let cancel = AtomicBool::new(false);
    let result = import::read_bytes(
        "c.csv",
        text.as_bytes(),
        &text_only("text"),
        &ImportOptions::default(),
        &mut |_, _| cancel.store(true, Ordering::Relaxed),
        &cancel,
    );
    assert_eq!(result.unwrap_err(), ImportFailure::Cancelled);
    let jsonl: String = (0..500)
        .map(|i| format!("{{\"text\": \"line {i}\"}}\n"))
        .collect();
    let cancel = AtomicBool::new(false);
    let result = import::read_bytes(
        "c.jsonl",
        jsonl.as_bytes(),
        &text_only("text"),
        &ImportOptions::default(),
        &mut |_, _| cancel.store(true, Ordering::Relaxed),
        &cancel,
    );
    assert_eq!(result.unwrap_err(), ImportFailure::Cancelled);
}

#[test]
fn cancel_is_seen_while_loading_comparing_and_writing() {
    let dir = std::env::temp_dir().join(format!("chair-import-cancel-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("rows.csv");
    std::fs::write(&path, many_rows(3000)).unwrap();
    let mapping = text_only("text");
    let options = ImportOptions::default();
    // Loading the file.
    let failure = import::read(
        &path,
        &mapping,
        &options,
        &mut |_, _| {},
        &AtomicBool::new(true),
    );
    assert_eq!(failure.unwrap_err(), ImportFailure::Cancelled);
    // Comparing with the workspace (the dry run's last phase).
    let mut db = crate::empty_db();
    let parsed = import::parse(
        &path,
        &mapping,
        &options,
        &mut |_, _| {},
        &AtomicBool::new(false),
    );
    let (summary, rows) = parsed.clone().unwrap();
    let check = import::check(&db, parsed, &AtomicBool::new(true));
    assert_eq!(check.unwrap_err().code(), "cancelled");
    // Writing: raised at the first progress report, and nothing is kept.
    let cancel = AtomicBool::new(false);
    let written = import::write(
        &mut db,
        summary,
        rows.clone(),
        "layout",
        &mapping,
        &[],
        &mut |_, _| cancel.store(true, Ordering::Relaxed),
        &cancel,
    );
    assert_eq!(written.unwrap_err().code(), "cancelled");
    let (kept, _) = db.count_existing(&rows, &AtomicBool::new(false)).unwrap();
    assert_eq!(kept, 0, "a cancelled import keeps nothing");
    std::fs::remove_dir_all(&dir).unwrap();
}

// ---- Excel workbooks ---------------------------------------------------------------------

/// Writes `csv_path` as a workbook the way Excel would keep it: ids as numbers, dates as date
/// cells, everything else as text; `before` sheets of notes come first.
fn csv_to_xlsx(csv_path: &std::path::Path, xlsx_path: &std::path::Path, before: &[&str]) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut workbook = Workbook::new();
    for name in before {
        let notes = workbook.add_worksheet();
        notes.set_name(*name).unwrap();
        notes
            .write_string(0, 0, "Exported from the support tool")
            .unwrap();
    }
    let sheet = workbook.add_worksheet();
    sheet.set_name("Complaints").unwrap();
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(csv_path)
        .unwrap();
    let mut header: Vec<String> = Vec::new();
    for (r, record) in reader.records().enumerate() {
        let record = record.unwrap();
        if r == 0 {
            header = record.iter().map(str::to_owned).collect();
        }
        for (c, value) in record.iter().enumerate() {
            let (row, col) = (r as u32, c as u16);
            let name = header[c].as_str();
            if value.is_empty() {
                continue;
            }
            if r > 0 && name.starts_with("Date ") {
                let at = ExcelDateTime::parse_from_str(value).unwrap();
                sheet
                    .write_datetime_with_format(row, col, &at, &date_format)
                    .unwrap();
            } else if r > 0 && name == "Complaint ID" {
                sheet
                    .write_number(row, col, value.parse::<f64>().unwrap())
                    .unwrap();
            } else {
                sheet.write_string(row, col, value).unwrap();
            }
        }
    }
    workbook.save(xlsx_path).unwrap();
}

#[test]
fn an_xlsx_of_the_cfpb_sample_imports_the_same_anecdotes_as_its_csv() {
    let dir = std::env::temp_dir().join(format!("chair-import-xlsx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv_path = data("cfpb/cfpb_1994simba_100rows_narratives.csv");
    let xlsx_path = dir.join("complaints.xlsx");
    csv_to_xlsx(&csv_path, &xlsx_path, &[]);

    let from_csv = read_suggested(
        "cfpb/cfpb_1994simba_100rows_narratives.csv",
        &ImportOptions::default(),
    )
    .unwrap();
    let preview = import::preview(&xlsx_path, 5).unwrap();
    assert_eq!(preview.kind, FileKind::Workbook { sheet: 0 });
    assert_eq!(preview.sheets, ["Complaints"]);
    let csv_preview = import::preview(&csv_path, 5).unwrap();
    assert_eq!(preview.headers, csv_preview.headers);
    assert_eq!(preview.suggested, csv_preview.suggested);
    assert_eq!(
        preview.layout_key, csv_preview.layout_key,
        "the same mapping is remembered"
    );
    assert_eq!(preview.rows.len(), 5);
    let mut reports = 0;
    let from_xlsx = import::read(
        &xlsx_path,
        &preview.suggested,
        &ImportOptions::default(),
        &mut |_, _| reports += 1,
        &AtomicBool::new(false),
    )
    .unwrap();
    assert!(reports >= 2, "progress is reported");
    assert_eq!(from_xlsx.kind, FileKind::Workbook { sheet: 0 });
    assert_eq!(from_xlsx.rows.len(), 100);
    assert!(from_xlsx.warnings.is_empty(), "{:?}", from_xlsx.warnings);
    for (a, b) in from_csv.rows.iter().zip(&from_xlsx.rows) {
        assert_eq!(format!("{a:?}"), format!("{b:?}"));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_workbook_sheet_can_be_picked_and_bad_cells_name_their_row() {
    let dir = std::env::temp_dir().join(format!("chair-import-sheets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let xlsx_path = dir.join("book.xlsx");
    {
        use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
        let mut workbook = Workbook::new();
        let about = workbook.add_worksheet();
        about.set_name("About").unwrap();
        about
            .write_string(0, 0, "Exported from the support tool")
            .unwrap();
        let sheet = workbook.add_worksheet();
        sheet.set_name("Complaints").unwrap();
        sheet.write_string(0, 0, "Date received").unwrap();
        sheet.write_string(0, 1, "Narrative").unwrap();
        sheet.write_string(1, 0, "2024-01-02").unwrap();
        sheet.write_string(1, 1, "fine").unwrap();
        // Row 3 is empty; row 4 has a date cell and a number as its text.
        let at = ExcelDateTime::parse_from_str("2024-01-03").unwrap();
        let format = Format::new().set_num_format("dd/mm/yyyy");
        sheet
            .write_datetime_with_format(3, 0, &at, &format)
            .unwrap();
        sheet.write_number(3, 1, 42.0).unwrap();
        workbook.save(&xlsx_path).unwrap();
    }
    let first = import::preview(&xlsx_path, 5).unwrap();
    assert_eq!(first.sheets, ["About", "Complaints"]);
    assert_eq!(first.headers, ["Exported from the support tool"]);
    let picked = import::preview_as(&xlsx_path, 5, Some(FileKind::Workbook { sheet: 1 })).unwrap();
    assert_eq!(picked.headers, ["Date received", "Narrative"]);
    assert_eq!(picked.rows, [["2024-01-02", "fine"], ["2024-01-03", "42"]]);
    let options = ImportOptions {
        kind: Some(FileKind::Workbook { sheet: 1 }),
        ..ImportOptions::default()
    };
    let plan = import::read(
        &xlsx_path,
        &picked.suggested,
        &options,
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!(
        plan.rows.iter().map(|r| r.row).collect::<Vec<_>>(),
        [2, 4],
        "sheet rows"
    );
    assert_eq!(plan.rows[1].anecdote.said_on, date(2024, 1, 3));
    assert_eq!(plan.rows[1].anecdote.text, "42");
    let none =
        import::preview_as(&xlsx_path, 5, Some(FileKind::Workbook { sheet: 5 })).unwrap_err();
    assert!(none.message.contains("no sheet number 6"), "{none}");
    std::fs::remove_dir_all(&dir).unwrap();
}

// ---- ambiguous dates ---------------------------------------------------------------------

#[test]
fn day_first_dates_are_settled_by_the_file_and_read_in_the_chosen_order() {
    let text = "Date,Text\n03/04/2026,first\n25/12/2026,second\n";
    let preview = import::preview_bytes("days.csv", text.as_bytes(), 8).unwrap();
    let dates = &preview.date_columns;
    assert_eq!(dates.len(), 1);
    assert_eq!(dates[0].column, "Date");
    assert_eq!(dates[0].ambiguous_example.as_deref(), Some("03/04/2026"));
    assert_eq!(
        dates[0].settled,
        Some(DateOrder::DayFirst),
        "25 can only be a day"
    );
    assert_eq!(
        dates[0].day_first,
        [Some("2026-04-03".into()), Some("2026-12-25".into())]
    );
    assert_eq!(dates[0].month_first, [Some("2026-03-04".into()), None]);
    assert_eq!(preview.suggested.said_on.as_deref(), Some("Date"));
    assert_eq!(preview.suggested.date_order, DateOrder::DayFirst);

    let plan = read_str("days.csv", text, &preview.suggested).unwrap();
    let said: Vec<_> = plan.rows.iter().map(|r| r.anecdote.said_on).collect();
    assert_eq!(said, [date(2026, 4, 3), date(2026, 12, 25)]);

    let month_first = ColumnMapping {
        date_order: DateOrder::MonthFirst,
        ..preview.suggested.clone()
    };
    let errors = invalid(read_str("days.csv", text, &month_first));
    assert_eq!(
        (errors[0].row, errors[0].field.as_deref()),
        (Some(3), Some("saidOn"))
    );
    assert!(errors[0].message.contains("day/month"), "{}", errors[0]);

    // Nothing settles it: the choice is left to the user (the app defaults to the locale).
    let open = "Date,Text\n03/04/2026,a\n05/06/2026,b\n";
    let preview = import::preview_bytes("open.csv", open.as_bytes(), 8).unwrap();
    assert_eq!(preview.date_columns[0].settled, None);
    assert_eq!(preview.suggested.date_order, DateOrder::MonthFirst);
}
