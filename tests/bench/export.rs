//! The decision-log export of the app benchmark (`app.rs`): 10k decisions written through the
//! core, then each format timed, the disk flushed before each.

use std::path::Path;
use std::time::Instant;

use chair_core::model::{
    DecisionFilter, ExportFormat, ImpactDirection, NewDecision, NewImpact, NewMeeting,
};
use chair_core::Db;

/// Flushes what earlier steps wrote or deleted (the workspaces, a previous run's files), so
/// their write-back is not timed as part of the export that follows.
fn settle_disk() {
    let _ = std::process::Command::new("sync").status();
}

/// Writes `n` decisions (two impacts each) over meetings of 100, then times every export.
pub fn bench_export(dir: &Path, n: usize) {
    let path = dir.join("decisions.db");
    let mut db = Db::open(&path).expect("workspace");
    db.initialize_if_new().expect("sample");
    let persona = db.list_personas(false).unwrap()[0].id.clone();
    let t = Instant::now();
    let mut meeting = String::new();
    for i in 0..n {
        if i % 100 == 0 {
            meeting = db
                .create_meeting(&NewMeeting {
                    title: format!("Review {}", i / 100),
                    ..Default::default()
                })
                .unwrap()
                .id;
        }
        let impact = |direction| NewImpact {
            persona_id: Some(persona.clone()),
            segment: None,
            direction,
            magnitude: Some(3),
            confidence: None,
            reach: None,
            what_changes: "Fewer steps to pay & <less> waiting".into(),
        };
        db.record_decision(&NewDecision {
            meeting_id: meeting.clone(),
            statement: format!("Decision {i}: ship the \"guest\" checkout"),
            rationale: Some("Customers asked for it, in their words.".into()),
            impacts: Some(vec![
                impact(ImpactDirection::Helps),
                impact(ImpactDirection::Hurts),
            ]),
            ..Default::default()
        })
        .unwrap();
    }
    println!(
        "Export of {n} decisions (written in {:.1} s):",
        t.elapsed().as_secs_f64()
    );
    for (format, name) in [
        (ExportFormat::Markdown, "log.md"),
        (ExportFormat::Csv, "log.csv"),
        (ExportFormat::Json, "log.json"),
        (ExportFormat::Html, "log.html"),
        (ExportFormat::Adr, "adr"),
    ] {
        settle_disk();
        let t = Instant::now();
        match db.export_decision_log(&DecisionFilter::default(), format, &dir.join(name), true) {
            Ok(report) => println!(
                "  {:<9} {:>7.0} ms  ({} decisions, {} files)",
                format.as_str(),
                t.elapsed().as_secs_f64() * 1000.0,
                report.decisions,
                report.files
            ),
            Err(e) => println!("  {:<9} not measured: {e}", format.as_str()),
        }
    }
}
