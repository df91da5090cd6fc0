//! Each format on its own: what the log takes and orders, Markdown, CSV, HTML, ADR, action items, determinism.

use super::*;

/// Each filter of the log, alone or two together, takes what it says (`log` is unfiltered).
fn check_filters(db: &Db, log: &chair_core::model::DecisionLog) {
    let all = statements(db, DecisionFilter::default());
    assert_eq!(all.len(), 4);
    let only = |f: DecisionFilter| statements(db, f);
    assert_eq!(
        only(DecisionFilter {
            from: Some(day(2026, 12, 1)),
            ..Default::default()
        }),
        [all[3].clone()]
    );
    assert_eq!(
        only(DecisionFilter {
            to: Some(day(2026, 11, 18)),
            ..Default::default()
        }),
        all[..3]
    );
    assert_eq!(
        only(DecisionFilter {
            meeting_id: Some(log.meetings[0].meeting.id.clone()),
            ..Default::default()
        }),
        all[..3]
    );
    assert_eq!(
        only(DecisionFilter {
            direction: Some(ImpactDirection::Hurts),
            ..Default::default()
        }),
        [all[3].clone()]
    );
    assert_eq!(
        only(DecisionFilter {
            reversibility: Some(Reversibility::OneWay),
            ..Default::default()
        })
        .len(),
        2
    );
    assert_eq!(
        only(DecisionFilter {
            status: Some(DecisionStatus::Proposed),
            direction: Some(ImpactDirection::Unknown),
            ..Default::default()
        })
        .len(),
        1
    );
    assert!(only(DecisionFilter {
        from: Some(day(2030, 1, 1)),
        ..Default::default()
    })
    .is_empty());
}

#[test]
fn the_log_orders_by_meeting_date_and_filters_in_sql() {
    let mut db = sample_db();
    let hostile = with_hostile_decision(&mut db);
    let log = db.decision_log(&DecisionFilter::default()).unwrap();
    assert_eq!(log.meetings.len(), 2);
    assert!(log.meetings[0].meeting.held_on < log.meetings[1].meeting.held_on);
    assert_eq!(log.meetings[0].decisions.len(), 3);
    assert_eq!(log.meetings[1].decisions[0].id, hostile);
    assert_eq!(log.meetings[1].attendees[0].name, "Ana <b>");
    assert_eq!(log.meetings[1].decisions[0].annotations.len(), 1);
    let impact_personas: Vec<&str> = log
        .meetings
        .iter()
        .flat_map(|m| &m.decisions)
        .flat_map(|d| &d.impacts)
        .filter_map(|i| i.persona_id.as_deref())
        .collect();
    for p in &log.personas {
        assert!(impact_personas.contains(&p.id.as_str()));
    }

    check_filters(&db, &log);
    let small_seller = persona_where(&db, |p| p.name == "Kayla Brooks");
    let for_persona = db
        .decision_log(&DecisionFilter {
            persona_id: Some(small_seller.id.clone()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(for_persona.meetings.len(), 1);
    for d in for_persona.meetings.iter().flat_map(|m| &m.decisions) {
        assert!(d
            .impacts
            .iter()
            .any(|i| i.persona_id.as_deref() == Some(small_seller.id.as_str())));
    }
}

#[test]
fn markdown_of_plain_prose_carries_no_needless_backslashes() {
    let db = sample_db();
    let dir = tempdir();
    let md = export(&db, ExportFormat::Markdown, &dir.join("log.md"));
    for needless in ["\\.", "\\'", "\\-", "\\:", "\\(", "\\!", "\\\""] {
        assert!(!md.contains(needless), "{needless} in {md}");
    }
    check_commonmark("the sample", &md);
}

#[test]
fn markdown_keeps_customer_text_inert_and_complete() {
    let mut db = sample_db();
    with_hostile_decision(&mut db);
    let md = export(&db, ExportFormat::Markdown, &tempdir().join("log.md"));
    assert!(md.starts_with("# Decision log: meetings held 2026-11-18 to 2026-12-02\n"));
    // Structure comes only from the export: one H1, a H2 per meeting, a H3 per decision.
    assert_eq!(md.lines().filter(|l| l.starts_with("# ")).count(), 1);
    assert_eq!(md.lines().filter(|l| l.starts_with("## ")).count(), 2);
    assert_eq!(md.lines().filter(|l| l.starts_with("### ")).count(), 4);
    assert!(!md.contains("<script>") && !md.contains("<b>"));
    assert!(!md.contains("](javascript") || md.contains("\\](javascript"));
    assert!(!md.lines().any(|l| l.trim() == "---"));
    assert!(!md
        .lines()
        .any(|l| l.starts_with("# heading") || l.starts_with("status")));
    // Mid-line, a heading mark or a thematic break means nothing: left as typed.
    assert!(md.contains("# heading --- status:"), "{md}");
    check_commonmark("the hostile decision", &md);
    // What the brief asks each decision to show.
    for needle in [
        "- Status: proposed",
        "- Reversibility: one-way door",
        "**Rationale.**",
        "**Customer impact**",
        "hurts, magnitude 4/5",
        "**Evidence**",
        "**Customer voice**",
        "(ambassador): opposes, feeling 1/5, would leave",
        "Kim \"the voice\"",
        "Attendees: Ana &lt;b&gt; (facilitator)",
    ] {
        assert!(md.contains(needle), "missing {needle:?}");
    }
}

#[test]
fn csv_has_a_row_per_decision_and_impact_and_no_formulas() {
    let mut db = sample_db();
    let hostile = with_hostile_decision(&mut db);
    let text = export(&db, ExportFormat::Csv, &tempdir().join("log.csv"));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, chair_core::export::csv::HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let log = db.decision_log(&DecisionFilter::default()).unwrap();
    let expected: usize = log
        .meetings
        .iter()
        .flat_map(|m| &m.decisions)
        .map(|d| d.impacts.len().max(1))
        .sum();
    assert_eq!(rows.len(), expected);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = rows
        .iter()
        .find(|r| r[col("decision_id")] == hostile)
        .unwrap();
    assert_eq!(&row[col("rationale")], format!("'{}", kitchen_sink()));
    assert_eq!(&row[col("impact_direction")], "hurts");
    assert_eq!(&row[col("annotation_count")], "1");
    assert_eq!(&row[col("annotation_stances")], "opposes 1");
    assert!(row[col("annotation_comments")].contains("would leave"));
    for r in &rows {
        for cell in r.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula-like cell {cell:?}"
            );
        }
    }
    // A decision without impacts still has its row.
    let mut bare = sample_db();
    let meeting = bare.list_meetings().unwrap()[0].id.clone();
    let lone = decide(&mut bare, &meeting, "Nothing recorded about customers");
    let text = export(&bare, ExportFormat::Csv, &tempdir().join("bare.csv"));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let lone_rows: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.unwrap())
        .filter(|r| r[4] == lone.id)
        .collect();
    assert_eq!(lone_rows.len(), 1);
    assert_eq!(&lone_rows[0][col("impact_direction")], "");
}

#[test]
fn html_is_one_self_contained_page_with_escaped_text() {
    let mut db = sample_db();
    with_hostile_decision(&mut db);
    let html = export(&db, ExportFormat::Html, &tempdir().join("log.html"));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("@media print"));
    assert!(html.contains("default-src 'none'"));
    assert!(!html.contains("<script"));
    assert!(html.contains("&lt;script&gt;window.__xss='kitchen-sink'&lt;/script&gt;"));
    assert!(!html.contains("<b>"));
    for attr in ["src=", "href=\"http", "@import", "url("] {
        assert!(!html.contains(attr), "external resource via {attr}");
    }
    assert!(html.contains("Customer voice"));
    assert!(html.contains("opposes, feeling 1/5, would leave"));
    assert!(html.contains("Kim &quot;the voice&quot;") || html.contains("Kim \"the voice\""));
}

/// One ADR file: a safe name, front matter of one quoted key per line with the keys every
/// record has, and the MADR sections.
fn check_adr_record(dir: &Path, name: &str) {
    assert!(name
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'));
    let text = std::fs::read_to_string(dir.join(name)).unwrap();
    let front: Vec<&str> = text.lines().skip(1).take_while(|l| *l != "---").collect();
    assert!(text.starts_with("---\n"));
    for line in &front {
        // One key per line, each value a quoted string or a list of them.
        let (key, value) = line.split_once(": ").expect(line);
        assert!(
            key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{line}"
        );
        assert!(value.starts_with('"') || value.starts_with('['), "{line}");
    }
    for key in [
        "title",
        "status",
        "date",
        "deciders",
        "reversibility",
        "customer-impact",
    ] {
        assert!(
            front.iter().any(|l| l.starts_with(&format!("{key}: "))),
            "{name}: {key}"
        );
    }
    for section in [
        "## Context and Problem Statement",
        "## Considered Options",
        "## Decision Outcome",
        "## Consequences",
        "## Customer voice",
    ] {
        assert!(text.contains(section), "{name}: {section}");
    }
}

#[test]
fn adr_writes_one_record_per_decision_with_safe_front_matter() {
    let mut db = sample_db();
    with_hostile_decision(&mut db);
    // The third sample decision is superseded by the hostile one.
    let log = db.decision_log(&DecisionFilter::default()).unwrap();
    let old = log.meetings[0].decisions[2].clone();
    let new = log.meetings[1].decisions[0].clone();
    supersede(&mut db, &old.id, &old.statement, &new.id);
    let dir = tempdir().join("adr/nested");
    let report = export_adrs(&db, &dir, false);
    assert_eq!((report.files, report.decisions), (4, 4));
    let names = names(&dir);
    assert_eq!(names.len(), 4);
    assert!(names[0].starts_with("0001-stop-charging-return-freight"));
    assert!(names[3].starts_with("0004-drop-hyperlink-http-x-script"));
    for name in &names {
        check_adr_record(&dir, name);
    }
    let third = std::fs::read_to_string(dir.join(&names[2])).unwrap();
    assert!(third.contains(&format!("superseded-by: \"{}\"", names[3])));
    assert!(third.contains(&format!("- Superseded by [{0}]({0})", names[3])));
    let fourth = std::fs::read_to_string(dir.join(&names[3])).unwrap();
    assert!(fourth.contains(&format!("- Supersedes [{0}]({0})", names[2])));
    assert!(fourth.contains("status: \"proposed\""));
    assert!(fourth.contains("owner: \"Sam\\n---\""));
    assert!(fourth.contains("opposes, feeling 1/5, would leave"));
    // The hostile title as JSON reads back exactly (the YAML escapes are JSON's).
    let title = fourth
        .lines()
        .find_map(|l| l.strip_prefix("title: "))
        .unwrap();
    let back: String = serde_json::from_str(title).unwrap();
    assert_eq!(back, format!("Drop {}", kitchen_sink()));

    // Exporting again refuses to replace, names the file, and writes nothing.
    std::fs::write(dir.join(&names[0]), "mine").unwrap();
    let err = db
        .export_decision_log(&DecisionFilter::default(), ExportFormat::Adr, &dir, false)
        .unwrap_err();
    assert_eq!(err.code(), "exists");
    assert_eq!(
        std::fs::read_to_string(dir.join(&names[0])).unwrap(),
        "mine"
    );
    export_adrs(&db, &dir, true);
    assert_ne!(
        std::fs::read_to_string(dir.join(&names[0])).unwrap(),
        "mine"
    );
}
