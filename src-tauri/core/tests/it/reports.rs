//! The WOCAS report and the import flow around the workspace (preview memory, dry run, write).

use std::sync::atomic::AtomicBool;

use chair_core::import;
use chair_core::wocas::{self, TrendDirection, WocasQuery};
use chair_core::Db;

use crate::import::parse_whole;
use crate::storage::tempdir;
use crate::{persona_where, sample_db};

fn shared(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(path)
}

#[test]
fn the_sample_report_finds_themes_with_counts_trends_and_quotes() {
    let db = sample_db();
    let report = db.wocas_report(&WocasQuery::default()).unwrap();
    assert!(report.total >= 40);
    assert!(
        report.themes.len() >= 4,
        "{:?}",
        report.themes.iter().map(|t| &t.label).collect::<Vec<_>>()
    );
    for theme in &report.themes {
        assert!(theme.count >= 2, "{}", theme.label);
        assert!(!theme.quotes.is_empty() && theme.quotes.len() <= 3);
        assert!(theme.share > 0.0 && theme.share <= 1.0);
        assert!(!theme.trend.is_empty());
        assert_eq!(
            theme.trend.iter().map(|p| p.count).sum::<u32>(),
            theme.count,
            "{}",
            theme.label
        );
    }
    let labels: Vec<&str> = report.themes.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(
        labels.len(),
        labels
            .iter()
            .collect::<std::collections::HashSet<_>>()
            .len(),
        "distinct"
    );
    assert!(report.themes.windows(2).all(|w| w[0].label != w[1].label));
}

#[test]
fn a_persona_and_a_period_narrow_the_report() {
    let db = sample_db();
    let all = db.wocas_report(&WocasQuery::default()).unwrap();
    let seller = persona_where(&db, |p| p.segment == "Small seller");
    let theirs = db
        .wocas_report(&WocasQuery {
            persona_id: Some(seller.id.clone()),
            ..Default::default()
        })
        .unwrap();
    assert!(theirs.total < all.total && theirs.total >= 12);
    let from = chrono::NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
    let recent = db
        .wocas_report(&WocasQuery {
            from: Some(from),
            ..Default::default()
        })
        .unwrap();
    assert!(recent.total < all.total);
    assert_eq!(recent.from, Some(from));
    assert!(recent
        .themes
        .iter()
        .flat_map(|t| &t.quotes)
        .all(|q| q.anecdote.said_on.unwrap() >= from));
}

/// Imports the CSV `text` into `db` with the mapping its preview suggests, for no persona.
fn import_csv(db: &mut Db, text: &str) {
    let csv = tempdir().join("rows.csv");
    std::fs::write(&csv, text).unwrap();
    let preview = import::preview(&csv, 5).unwrap();
    let (summary, rows) = parse_whole(&csv, &preview.suggested).unwrap();
    import::write(
        db,
        summary,
        rows,
        &preview.layout_key,
        &preview.suggested,
        &[],
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
    .unwrap();
}

/// Month by month from March 2026: how often the quokkaphone crashes, and how many other
/// things were said.
fn library(months: &[(u32, u32)]) -> Db {
    let mut db = Db::open_in_memory().unwrap();
    let mut text = String::from("text,date,id\n");
    for (&(crashes, other), month) in months.iter().zip(3..) {
        for i in 0..crashes {
            text.push_str(&format!(
                "The quokkaphone app crashed again,2026-{month:02}-{:02},Q{month}-{i}\n",
                i + 1
            ));
        }
        for i in 0..other {
            text.push_str(&format!(
                "Parcel {i} arrived on a sunny afternoon,2026-{month:02}-{:02},P{month}-{i}\n",
                i + 1
            ));
        }
    }
    import_csv(&mut db, &text);
    db
}

fn quokka(db: &Db) -> chair_core::wocas::Theme {
    let report = db.wocas_report(&WocasQuery::default()).unwrap();
    report
        .themes
        .into_iter()
        .find(|t| t.label.contains("quokkaphone"))
        .expect("theme")
}

#[test]
fn a_topic_taking_a_larger_share_reads_as_rising() {
    let db = library(&[(1, 9), (1, 9), (1, 9), (6, 9), (8, 9), (9, 9)]);
    let theme = quokka(&db);
    assert_eq!(theme.direction, TrendDirection::Rising);
    assert_eq!(theme.count, 26);
    assert_eq!(
        theme
            .trend
            .iter()
            .map(|p| p.period.as_str())
            .collect::<Vec<_>>(),
        ["2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08"]
    );
}

#[test]
fn a_library_that_simply_grows_does_not_make_a_topic_rising() {
    // Twice as much said in every way later on: the topic's share does not change.
    let db = library(&[(2, 8), (2, 8), (2, 8), (4, 16), (4, 16), (4, 16)]);
    assert_eq!(quokka(&db).direction, TrendDirection::Steady);
    let db = library(&[(6, 4), (6, 4), (6, 4), (1, 9), (1, 9), (1, 9)]);
    assert_eq!(quokka(&db).direction, TrendDirection::Falling);
}

#[test]
fn a_long_period_is_charted_by_quarter_or_year() {
    let mut db = Db::open_in_memory().unwrap();
    import_csv(&mut db, "text,date,id\nThe quokkaphone app crashed,2015-01-05,A\nThe quokkaphone app crashed once more,2026-11-05,B\nParcel lost,2022-06-01,C\n");
    let theme = quokka(&db);
    assert_eq!(theme.trend.first().unwrap().period, "2015");
    assert_eq!(theme.trend.len(), 12);
    assert_eq!(theme.trend.iter().map(|p| p.count).sum::<u32>(), 2);
}

#[test]
fn exports_escape_customer_text() {
    let mut db = Db::open_in_memory().unwrap();
    let mut text = String::from("text,date\n");
    for i in 0..6 {
        text.push_str(&format!("\"=HYPERLINK(\"\"http://x\"\") # <script>alert({i})</script> zorblax refund\",2026-05-0{}\n", i + 1));
    }
    import_csv(&mut db, &text);
    let report = db.wocas_report(&WocasQuery::default()).unwrap();
    assert!(!report.themes.is_empty());
    let md = wocas::to_markdown(&report, Some("Ana <b>"));
    assert!(!md.contains("<script>") && !md.contains("<b>"), "{md}");
    assert!(
        md.lines().all(|l| !l.starts_with("> =")),
        "quotes stay inside the blockquote"
    );
    let csv_out = wocas::to_csv(&report).unwrap();
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    for record in reader.records() {
        let record = record.unwrap();
        for cell in record.iter() {
            assert!(!cell.starts_with('='), "formula left in {cell:?}");
        }
    }
}

#[test]
fn the_import_flow_remembers_the_mapping_and_reports_what_it_skips() {
    let mut db = sample_db();
    let path = shared("cfpb/cfpb_1994simba_100rows_narratives.csv");
    let first = import::preview_with_memory(&db, &path, None).unwrap();
    assert!(first.remembered.is_none());
    let mut mapping = first.preview.suggested.clone();
    mapping.default_channel = Some("complaint-desk".into());

    let parsed = parse_whole(&path, &mapping);
    let check = import::check(&db, parsed.clone(), &AtomicBool::new(false)).unwrap();
    assert!(check.errors.is_empty());
    assert_eq!(check.summary.as_ref().unwrap().importable, 100);
    assert_eq!(check.already_in_workspace, 0);
    let before = db.summary().unwrap().anecdote_count;
    assert_eq!(
        before,
        db.summary().unwrap().anecdote_count,
        "a dry run writes nothing"
    );

    let persona = db.list_personas(false).unwrap()[0].id.clone();
    let (summary, rows) = parsed.unwrap();
    let report = import::write(
        &mut db,
        summary,
        rows,
        &first.preview.layout_key,
        &mapping,
        std::slice::from_ref(&persona),
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!(report.inserted, 100);
    assert_eq!(db.summary().unwrap().anecdote_count, before + 100);

    let again = import::preview_with_memory(&db, &path, None).unwrap();
    assert_eq!(
        again
            .remembered
            .as_ref()
            .and_then(|m| m.default_channel.as_deref()),
        Some("complaint-desk")
    );
    let parsed = parse_whole(&path, &mapping);
    assert_eq!(
        import::check(&db, parsed, &AtomicBool::new(false))
            .unwrap()
            .already_in_workspace,
        100
    );

    // The complaints are found, and linked to the persona chosen at import.
    let hits = db
        .search_anecdotes(&chair_core::model::AnecdoteQuery {
            text: "credit report dispute".into(),
            mode: Some(chair_core::model::SearchMode::Relevant),
            limit: Some(5),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 5);
    assert!(hits[0].anecdote.text.to_lowercase().contains("credit"));
    assert!(hits
        .iter()
        .any(|h| h.anecdote.persona_ids.contains(&persona)));
}

#[test]
fn a_broken_file_is_refused_in_the_dry_run_with_its_place() {
    let db = sample_db();
    let path = shared("cfpb/cfpb_aravindsriraj_2068rows_truncated.csv");
    let preview = import::preview_with_memory(&db, &path, None).unwrap();
    let parsed = parse_whole(&path, &preview.preview.suggested);
    let check = import::check(&db, parsed, &AtomicBool::new(false)).unwrap();
    assert_eq!(check.errors.len(), 1);
    let message = check.errors[0].to_string();
    assert!(
        message.contains("cfpb_aravindsriraj_2068rows_truncated.csv")
            && message.contains("row 2069"),
        "{message}"
    );
}
