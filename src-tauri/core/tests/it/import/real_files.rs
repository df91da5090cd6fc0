//! Real customer files (CFPB complaints, drug reviews) import with their quirks kept.

use super::*;

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
    let plan = read_file(&path, &mapping, &ImportOptions::default()).unwrap();
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

/// The drug reviews file previews with a complete suggested mapping and cleaned text.
fn drug_reviews_preview(path: &std::path::Path) -> chair_core::import::Preview {
    let preview = import::preview(path, 3).unwrap();
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
    preview
}

#[test]
fn drug_reviews_tsv_imports_with_text_cleaned_and_sentiment_mapped() {
    let path = data("drug_reviews/drugsComTrain.tsv");
    let preview = drug_reviews_preview(&path);

    let plan = read_file(&path, &preview.suggested, &ImportOptions::default()).unwrap();
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
    let test = read_file(
        &data("drug_reviews/drugsComTest.tsv"),
        &preview.suggested,
        &ImportOptions::default(),
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
