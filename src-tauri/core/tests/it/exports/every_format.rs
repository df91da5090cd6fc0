//! What holds for every format at once: action items in each, the same bytes every time, no
//! file replaced, and only the filtered decisions.

use super::*;

/// Follow-ups leave with the log in every format: the decision's action items with the
/// decision, the meeting's own with the meeting, done ones marked, owner and due date shown.
#[test]
fn action_items_travel_in_every_format() {
    let mut db = empty_db();
    let meeting = meeting_held(&mut db, "Returns review", day(2026, 12, 2));
    let decision = decide(&mut db, &meeting.id, "Free return labels");
    add_action_items(
        &mut db,
        &meeting.id,
        &decision.id,
        "Call the carrier",
        "Lou",
    );
    let filter = DecisionFilter::default();
    let got = export_all(&db, &filter);
    let open = "[ ] Call the carrier \u{2014} Lou, due 2026-12-16";
    let done = "[x] Call the carrier \u{2014} Lou";
    assert!(
        got.adr
            .ends_with(&format!("\n## Action items\n\n- {open}\n")),
        "{}",
        got.adr
    );
    assert!(
        !got.adr.contains(done),
        "the meeting's own item is no ADR's"
    );
    assert!(got.html.contains(
        "<p><strong>Action items on the meeting</strong></p>\n<ul class=\"actions\">\n\
         <li class=\"done\">\u{2611} Call the carrier \u{2014} Lou</li>\n</ul>\n"
    ));
    // The decision's list is inside its section.
    assert!(got.html.contains(
        "<p><strong>Action items</strong></p>\n<ul class=\"actions\">\n\
         <li>\u{2610} Call the carrier \u{2014} Lou, due 2026-12-16</li>\n</ul>\n</section>\n"
    ));
    let mut reader = csv::Reader::from_reader(got.csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][col("action_items")], open);
    assert_eq!(&rows[0][col("meeting_action_items")], done);
    // The older columns keep their places.
    assert_eq!(col("updated_at"), 26);
    assert!(got.markdown.contains(&format!("- {open}\n")));
    assert!(got.markdown.contains(&format!("- {done}\n")));
}

#[test]
fn every_format_is_deterministic_and_refuses_to_replace_a_file() {
    let mut db = sample_db();
    with_hostile_decision(&mut db);
    let dir = tempdir();
    for format in [
        ExportFormat::Markdown,
        ExportFormat::Csv,
        ExportFormat::Json,
        ExportFormat::Html,
    ] {
        let a = dir.join(format!("a.{}", format.as_str()));
        let b = dir.join(format!("b.{}", format.as_str()));
        let first = export(&db, format, &a);
        assert_eq!(
            first,
            export(&db, format, &b),
            "{format:?} differs between runs"
        );
        let err = db
            .export_decision_log(&DecisionFilter::default(), format, &a, false)
            .unwrap_err();
        assert_eq!(err.code(), "exists", "{format:?}");
        std::fs::write(&a, "old").unwrap();
        db.export_decision_log(&DecisionFilter::default(), format, &a, true)
            .unwrap();
        assert_eq!(std::fs::read_to_string(&a).unwrap(), first);
        // No temporary file is left beside it.
        assert!(!dir.join(format!("a.{}.partial", format.as_str())).exists());
    }
    let one = dir.join("one-adr");
    let two = dir.join("two-adr");
    export_adrs(&db, &one, false);
    export_adrs(&db, &two, false);
    for entry in std::fs::read_dir(&one).unwrap() {
        let name = entry.unwrap().file_name();
        assert_eq!(
            std::fs::read(one.join(&name)).unwrap(),
            std::fs::read(two.join(&name)).unwrap()
        );
    }
}

#[test]
fn a_filtered_export_takes_only_the_filtered_decisions() {
    let mut db = sample_db();
    with_hostile_decision(&mut db);
    let path = tempdir().join("accepted.md");
    let report = db
        .export_decision_log(
            &DecisionFilter {
                status: Some(DecisionStatus::Accepted),
                ..Default::default()
            },
            ExportFormat::Markdown,
            &path,
            false,
        )
        .unwrap();
    assert_eq!(report.decisions, 2);
    let md = std::fs::read_to_string(&path).unwrap();
    assert_eq!(md.lines().filter(|l| l.starts_with("### ")).count(), 2);
    assert!(md.contains("Only decisions with status accepted."));
    assert!(md.starts_with("# Decision log: meetings held on 2026-11-18\n"));
}

// Every corpus entry through every format. Each entry goes into a workspace of its own, in
// every text an export shows; the same workspace with every such text `MARK` is the template.
// An export of the entry must be the template's export byte for byte, except where the
// template has `MARK`: there it holds the entry, escaped for the format, and reads back exactly.
