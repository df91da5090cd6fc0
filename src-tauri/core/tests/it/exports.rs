//! The decision log and its exports: what a filter takes, in which order, and that every
//! format keeps hostile customer text inert, is deterministic and refuses to replace files.
//! The hostile text is the corpus the end-to-end test imports into the real app
//! (`tests/fixtures/hostile.json`), every entry in every field of every format.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use chair_core::model::{
    ActionItemInput, AnecdoteInput, AnnotationFlag, AnnotationInput, DecisionFilter,
    DecisionStatus, ExportFormat, ImpactDirection, NewAttendee, NewDecision, NewImpact, NewMeeting,
    NewPersona, PersonInput, Reversibility, Role, Stance,
};
use chair_core::Db;
use chrono::NaiveDate;
use serde_json::Value;

use crate::storage::tempdir;
use crate::{empty_db, sample_db};

/// The hostile corpus, shared with the end-to-end test `tests/e2e/hostile.rs`: markup and
/// script, `javascript:` and `data:` links, CSS, template tricks, Unicode tricks, spreadsheet
/// formulas, Markdown and YAML structure, quotes.
const CORPUS: &str = include_str!("../../../../tests/fixtures/hostile.json");

#[derive(serde::Deserialize)]
struct Entry {
    id: String,
    kind: String,
    text: String,
}

fn corpus() -> &'static [Entry] {
    static ENTRIES: LazyLock<Vec<Entry>> =
        LazyLock::new(|| serde_json::from_str(CORPUS).expect("tests/fixtures/hostile.json"));
    &ENTRIES
}

/// The text of the corpus entry `id`.
fn hostile(id: &str) -> &'static str {
    &corpus()
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no corpus entry {id}"))
        .text
}

/// The corpus entry that tries every format at once: a formula, a script, a heading, a
/// thematic break, a YAML key, a `javascript:` link and a table cell.
fn kitchen_sink() -> &'static str {
    hostile("kitchen-sink")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The sample plus a later meeting with one hostile decision (impact on the first persona,
/// hurts, one-way door) annotated by an ambassador in hostile words. Returns its decision id.
pub fn with_hostile_decision(db: &mut Db) -> String {
    let text = kitchen_sink();
    let persona = db.list_personas(false).unwrap()[0].id.clone();
    let meeting = db
        .create_meeting(&NewMeeting {
            title: format!("Later {text}"),
            held_on: Some(day(2026, 12, 2)),
            attendees: Some(vec![NewAttendee {
                name: "Ana <b>".into(),
                role: Some(Role::Facilitator),
            }]),
            ..Default::default()
        })
        .unwrap();
    let decision = db
        .record_decision(&NewDecision {
            meeting_id: meeting.id.clone(),
            statement: format!("Drop {text}"),
            rationale: Some(text.into()),
            owner: Some("Sam\n---".into()),
            reversibility: Some(Reversibility::OneWay),
            impacts: Some(vec![NewImpact {
                persona_id: Some(persona),
                segment: None,
                direction: ImpactDirection::Hurts,
                magnitude: Some(4),
                confidence: None,
                reach: None,
                what_changes: text.into(),
            }]),
            ..Default::default()
        })
        .unwrap();
    annotate(db, &decision.id, "Kim \"the voice\"", text);
    decision.id
}

/// An annotation by a new ambassador (who becomes the current person).
pub fn annotate(db: &mut Db, decision_id: &str, author: &str, comment: &str) {
    let person = db
        .create_person(&PersonInput {
            name: author.into(),
            role: Some(Role::Ambassador),
        })
        .unwrap();
    db.set_current_person(Some(&person.id)).unwrap();
    db.add_annotation(
        decision_id,
        &AnnotationInput {
            stance: Stance::Opposes,
            feeling: Some(1),
            comment: comment.into(),
            flags: vec![AnnotationFlag::WouldLeave],
        },
    )
    .unwrap();
}

fn export(db: &Db, format: ExportFormat, path: &Path) -> String {
    let report = db
        .export_decision_log(&DecisionFilter::default(), format, path, false)
        .unwrap();
    assert_eq!(report.format, format);
    std::fs::read_to_string(path).unwrap()
}

fn statements(db: &Db, filter: DecisionFilter) -> Vec<String> {
    db.decision_log(&filter)
        .unwrap()
        .meetings
        .iter()
        .flat_map(|m| m.decisions.iter().map(|d| d.statement.clone()))
        .collect()
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

    let all = statements(&db, DecisionFilter::default());
    assert_eq!(all.len(), 4);
    let only = |f: DecisionFilter| statements(&db, f);
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
    let small_seller = db
        .list_personas(false)
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Kayla Brooks")
        .unwrap();
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
    assert!(only(DecisionFilter {
        from: Some(day(2030, 1, 1)),
        ..Default::default()
    })
    .is_empty());
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
    let lone = bare
        .record_decision(&NewDecision {
            meeting_id: meeting,
            statement: "Nothing recorded about customers".into(),
            ..Default::default()
        })
        .unwrap();
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

#[test]
fn adr_writes_one_record_per_decision_with_safe_front_matter() {
    let mut db = sample_db();
    with_hostile_decision(&mut db);
    // The third sample decision is superseded by the hostile one.
    let log = db.decision_log(&DecisionFilter::default()).unwrap();
    let old = log.meetings[0].decisions[2].clone();
    let new = log.meetings[1].decisions[0].clone();
    db.update_decision(
        &old.id,
        &chair_core::model::DecisionInput {
            statement: old.statement.clone(),
            status: Some(DecisionStatus::Superseded),
            superseded_by: Some(new.id.clone()),
            ..Default::default()
        },
    )
    .unwrap();
    let dir = tempdir().join("adr/nested");
    let report = db
        .export_decision_log(&DecisionFilter::default(), ExportFormat::Adr, &dir, false)
        .unwrap();
    assert_eq!((report.files, report.decisions), (4, 4));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 4);
    assert!(names[0].starts_with("0001-stop-charging-return-freight"));
    assert!(names[3].starts_with("0004-drop-hyperlink-http-x-script"));
    for name in &names {
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
    db.export_decision_log(&DecisionFilter::default(), ExportFormat::Adr, &dir, true)
        .unwrap();
    assert_ne!(
        std::fs::read_to_string(dir.join(&names[0])).unwrap(),
        "mine"
    );
}

/// Follow-ups leave with the log in every format: the decision's action items with the
/// decision, the meeting's own with the meeting, done ones marked, owner and due date shown.
#[test]
fn action_items_travel_in_every_format() {
    let mut db = empty_db();
    let meeting = db
        .create_meeting(&NewMeeting {
            title: "Returns review".into(),
            held_on: Some(day(2026, 12, 2)),
            ..Default::default()
        })
        .unwrap();
    let decision = db
        .record_decision(&NewDecision {
            meeting_id: meeting.id.clone(),
            statement: "Free return labels".into(),
            ..Default::default()
        })
        .unwrap();
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
    db.export_decision_log(&DecisionFilter::default(), ExportFormat::Adr, &one, false)
        .unwrap();
    db.export_decision_log(&DecisionFilter::default(), ExportFormat::Adr, &two, false)
        .unwrap();
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

/// The text of the template workspace: plain in every format.
const MARK: &str = "BENIGN";

/// The characters a spreadsheet takes as the start of a formula (docs/EXPORTS.md): a cell
/// starting with one gets a leading apostrophe.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// CSV columns of ids and timestamps, which differ between two workspaces.
const CSV_VARYING: [&str; 5] = [
    "meeting_id",
    "decision_id",
    "impact_persona_id",
    "created_at",
    "updated_at",
];

/// A workspace in which one text is everything an export shows of customers and users: the
/// persona (who an impact is about), the evidence anecdote, the meeting's title and goal, its
/// attendee, the decision's statement, rationale, options, owner, the impact's reach and what
/// changes, and an annotation's author and comment. The filter names the meeting and the
/// persona, so the document titles carry the text too.
struct Planted {
    db: Db,
    filter: DecisionFilter,
    decision_id: String,
}

/// What an action item says when the text is longer than an action item may be.
const LONG_WHAT: &str = "Answer the long one";

/// The text an action item's what can hold: `text`, unless it is longer than the 2000
/// characters the app takes (`add_action_item`); then `LONG_WHAT` (the owner still holds it).
fn action_what(text: &str) -> &str {
    if text.trim().chars().count() <= 2000 {
        text
    } else {
        LONG_WHAT
    }
}

fn plant(text: &str) -> Planted {
    plant_with(text, action_what(text))
}

/// `plant`, with the action items saying `what`.
fn plant_with(text: &str, what: &str) -> Planted {
    let mut db = empty_db();
    let persona = db
        .create_persona(&NewPersona {
            name: text.into(),
            ..Default::default()
        })
        .unwrap();
    let anecdote = db
        .create_anecdote(&AnecdoteInput {
            text: text.into(),
            said_on: Some(day(2026, 11, 30)),
            ..Default::default()
        })
        .unwrap();
    let meeting = db
        .create_meeting(&NewMeeting {
            title: text.into(),
            held_on: Some(day(2026, 12, 2)),
            goal: Some(text.into()),
            attendees: Some(vec![NewAttendee {
                name: text.into(),
                role: Some(Role::Facilitator),
            }]),
            ..Default::default()
        })
        .unwrap();
    let decision = db
        .record_decision(&NewDecision {
            meeting_id: meeting.id.clone(),
            statement: text.into(),
            rationale: Some(text.into()),
            options_considered: Some(text.into()),
            owner: Some(text.into()),
            reversibility: Some(Reversibility::OneWay),
            impacts: Some(vec![NewImpact {
                persona_id: Some(persona.id.clone()),
                segment: None,
                direction: ImpactDirection::Hurts,
                magnitude: Some(4),
                confidence: None,
                reach: Some(text.into()),
                what_changes: text.into(),
            }]),
            evidence_ids: Some(vec![anecdote.id]),
            ..Default::default()
        })
        .unwrap();
    annotate(&mut db, &decision.id, text, text);
    add_action_items(&mut db, &meeting.id, &decision.id, what, text);
    Planted {
        db,
        filter: DecisionFilter {
            meeting_id: Some(meeting.id),
            persona_id: Some(persona.id),
            ..Default::default()
        },
        decision_id: decision.id,
    }
}

/// Two action items saying `what`, owned by `owner`: one on the decision, open, due on
/// 2026-12-16; one on the meeting, done, with no due date.
pub(crate) fn add_action_items(
    db: &mut Db,
    meeting_id: &str,
    decision_id: &str,
    what: &str,
    owner: &str,
) {
    db.add_action_item(&ActionItemInput {
        meeting_id: meeting_id.into(),
        decision_id: Some(decision_id.into()),
        what: what.into(),
        owner: Some(owner.into()),
        due_on: Some(day(2026, 12, 16)),
        ..Default::default()
    })
    .unwrap();
    let on_meeting = db
        .add_action_item(&ActionItemInput {
            meeting_id: meeting_id.into(),
            what: what.into(),
            owner: Some(owner.into()),
            ..Default::default()
        })
        .unwrap();
    db.set_action_item_done(&on_meeting.id, true).unwrap();
}

/// One workspace's decision log in every format; the ADR folder holds one file.
struct Exported {
    json_path: PathBuf,
    json: String,
    markdown: String,
    html: String,
    csv: String,
    adr_name: String,
    adr: String,
}

fn export_all(db: &Db, filter: &DecisionFilter) -> Exported {
    let dir = tempdir();
    let write = |format: ExportFormat, name: &str| {
        let path = dir.join(name);
        db.export_decision_log(filter, format, &path, false)
            .unwrap();
        path
    };
    let read = |path: PathBuf| std::fs::read_to_string(path).unwrap();
    let json_path = write(ExportFormat::Json, "log.json");
    let adr_dir = write(ExportFormat::Adr, "adr");
    let mut adrs: Vec<PathBuf> = std::fs::read_dir(&adr_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(adrs.len(), 1, "one decision, one ADR");
    let adr_path = adrs.remove(0);
    Exported {
        json: read(json_path.clone()),
        json_path,
        markdown: read(write(ExportFormat::Markdown, "log.md")),
        html: read(write(ExportFormat::Html, "log.html")),
        csv: read(write(ExportFormat::Csv, "log.csv")),
        adr_name: adr_path.file_name().unwrap().to_string_lossy().into_owned(),
        adr: read(adr_path),
    }
}

/// The text as Markdown exports show it (docs/EXPORTS.md): each line break a space (none added
/// after a space), trimmed.
fn one_line(text: &str) -> String {
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
fn markdown_decode(slot: &str) -> Result<String, String> {
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
fn check_commonmark(at: &str, md: &str) {
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
fn html_decode(slot: &str) -> Result<String, String> {
    match slot.chars().find(|c| matches!(c, '<' | '>')) {
        Some(c) => Err(format!("a raw {c:?}")),
        None => Ok(html_escape::decode_html_entities(slot).into_owned()),
    }
}

/// The inside of a YAML double-quoted string back to its text; refused if it holds a control
/// character, a Unicode line or paragraph separator or a BOM raw (YAML 1.1 readers break lines
/// at some of them). The escapes used are JSON's, so JSON reads them.
fn yaml_decode(slot: &str) -> Result<String, String> {
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
fn fills(fixed: &[&str], rest: &str, reads: &dyn Fn(&str) -> bool) -> bool {
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
fn check_slots(
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

fn count_lines(text: &str, start: &str) -> usize {
    text.lines().filter(|l| l.starts_with(start)).count()
}

/// Markdown: no raw HTML, no link, no heading, thematic break, table row, quote or list item
/// but the template's, and every text reads back as the entry on one line.
fn check_markdown(at: &str, text: &str, md: &str, template: &str) {
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
fn check_html(at: &str, text: &str, html: &str, template: &str) {
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
fn neutralized(text: &str) -> String {
    if text.starts_with(FORMULA_START) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// CSV: parses; no cell starts like a formula; a cell with a text holds it exactly (`text_in`
/// gives the text of each column), behind an apostrophe when it starts like a formula; the
/// other cells are the template's.
fn check_csv(at: &str, csv: &str, template: &str, text_in: &dyn Fn(&str) -> String) {
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
fn front_matter(adr: &str) -> (&str, &str) {
    let inner = adr.strip_prefix("---\n").expect("the front matter opens");
    let end = inner.find("\n---\n").expect("the front matter closes");
    (&inner[..end], &inner[end + "\n---\n".len()..])
}

/// ADR: a safe file name; front matter of the template's keys, each value a quoted string or a
/// list of them, the title reading back exactly; the body as Markdown.
fn check_adr(at: &str, text: &str, got: (&str, &str), template: &str) {
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
fn check_json_texts(at: &str, text: &str, got: &Value, template: &Value) {
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

#[test]
fn every_corpus_entry_stays_inert_in_every_format() {
    let benign = plant(MARK);
    let template = export_all(&benign.db, &benign.filter);
    // The action items are in the template: the corpus goes through them in every format.
    let open = format!("[ ] {MARK} \u{2014} {MARK}, due 2026-12-16");
    let done = format!("[x] {MARK} \u{2014} {MARK}");
    for (format, export) in [("Markdown", &template.markdown), ("ADR", &template.adr)] {
        assert!(
            export.contains(&format!("- {open}\n")),
            "{format}: {export}"
        );
    }
    assert!(template.markdown.contains(&format!("- {done}\n")));
    assert!(template.csv.contains(&open) && template.csv.contains(&done));
    for item in [
        format!("<li>\u{2610} {MARK} \u{2014} {MARK}, due 2026-12-16</li>"),
        format!("<li class=\"done\">\u{2611} {MARK} \u{2014} {MARK}</li>"),
    ] {
        assert!(template.html.contains(&item), "HTML: {item}");
    }
    // An entry too long for an action item's what is in its owner only: its own template.
    let long = plant_with(MARK, LONG_WHAT);
    let long_template = export_all(&long.db, &long.filter);
    for entry in corpus() {
        let at = format!("{} ({})", entry.id, entry.kind);
        // Every text is saved trimmed.
        let text = entry.text.trim();
        let planted = plant(&entry.text);
        let (template, decision_id) = if action_what(&entry.text) == LONG_WHAT {
            (&long_template, &long.decision_id)
        } else {
            (&template, &benign.decision_id)
        };
        let template_adr = template.adr.replace(decision_id, "DECISION-ID");
        let template_json: Value = serde_json::from_str(&template.json).unwrap();
        let got = export_all(&planted.db, &planted.filter);
        check_markdown(&at, text, &got.markdown, &template.markdown);
        check_commonmark(&format!("{at} Markdown"), &got.markdown);
        check_commonmark(&format!("{at} ADR"), &got.adr);
        check_html(&at, text, &got.html, &template.html);
        check_csv(&at, &got.csv, &template.csv, &|_| text.to_owned());
        let adr = got.adr.replace(&planted.decision_id, "DECISION-ID");
        check_adr(&at, text, (&got.adr_name, &adr), &template_adr);
        // JSON: every text as it was saved, and merged into an empty workspace, the same file.
        let json: Value = serde_json::from_str(&got.json).unwrap();
        check_json_texts(&format!("{at} JSON "), text, &json, &template_json);
        let mut copy = empty_db();
        copy.import_json(&got.json_path, false).unwrap();
        assert_eq!(
            export_all(&copy, &planted.filter).json,
            got.json,
            "{at}: JSON after a merge into an empty workspace"
        );
    }
}

/// A decision log merged from someone else's JSON file keeps its texts as written, untrimmed
/// (but for anecdotes, which are stored as the importer stores them, trimmed): that is how a
/// CSV cell can start with a tab or a carriage return. Each entry, put in the template's file
/// in place of `MARK`, merges into an empty workspace, exports the same file again and makes a
/// CSV in which every text is the entry exactly, or behind an apostrophe.
#[test]
fn every_corpus_entry_merged_from_json_exports_exactly() {
    let benign = plant(MARK);
    let template = export_all(&benign.db, &benign.filter);
    let quoted_mark = format!("\"{MARK}\"");
    let anecdote_mark = format!("\"text\": {quoted_mark}");
    assert_eq!(template.json.matches(&anecdote_mark).count(), 1);
    assert!(
        template.json.matches(&quoted_mark).count() >= 10,
        "the JSON template has the text in every field"
    );
    let json = |text: &str| serde_json::to_string(text).unwrap();
    for entry in corpus() {
        let at = format!("{} ({}) merged", entry.id, entry.kind);
        let text = entry.text.as_str();
        let file = template
            .json
            .replace(&anecdote_mark, &format!("\"text\": {}", json(text.trim())))
            .replace(&quoted_mark, &json(text));
        let path = tempdir().join("theirs.json");
        std::fs::write(&path, &file).unwrap();
        let mut db = empty_db();
        // An action item holds at most 2,000 characters, typed or merged: a longer entry is
        // refused, naming the action item's text, and changes nothing.
        if text.chars().count() > 2000 {
            let err = db.import_json(&path, false).unwrap_err();
            assert!(
                err.to_string().starts_with("actionItems[") && err.to_string().contains(".what"),
                "{at}: {err}"
            );
            assert_eq!(db.summary().unwrap().meeting_count, 0, "{at}");
            continue;
        }
        db.import_json(&path, false).unwrap();
        let got = export_all(&db, &benign.filter);
        assert_eq!(got.json, file, "{at}: JSON");
        check_csv(&at, &got.csv, &template.csv, &|column| match column {
            "evidence_quotes" => text.trim().to_owned(),
            _ => text.to_owned(),
        });
    }
}

#[test]
fn exporting_adrs_again_rewrites_only_what_changed() {
    let mut db = sample_db();
    let dir = tempdir().join("adr");
    let all = DecisionFilter::default();
    db.export_decision_log(&all, ExportFormat::Adr, &dir, false)
        .unwrap();
    let files = |dir: &Path| -> Vec<(PathBuf, std::time::SystemTime, String)> {
        let mut out: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let p = e.unwrap().path();
                let meta = std::fs::metadata(&p).unwrap();
                let text = std::fs::read_to_string(&p).unwrap();
                (p, meta.modified().unwrap(), text)
            })
            .collect();
        out.sort();
        out
    };
    let before = files(&dir);
    std::thread::sleep(std::time::Duration::from_millis(20));

    // One decision changes; the export is asked for again, replacing.
    let changed = db.decision_log(&all).unwrap().meetings[0].decisions[1].clone();
    db.update_decision(
        &changed.id,
        &chair_core::model::DecisionInput {
            statement: changed.statement.clone(),
            rationale: Some("Rewritten after the pilot.".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let report = db
        .export_decision_log(&all, ExportFormat::Adr, &dir, true)
        .unwrap();
    assert_eq!(report.files as usize, before.len());
    let after = files(&dir);
    assert_eq!(after.len(), before.len());
    let rewritten: Vec<&PathBuf> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b.1 != a.1)
        .map(|(_, a)| &a.0)
        .collect();
    assert_eq!(rewritten.len(), 1, "only the changed record: {rewritten:?}");
    let (_, _, text) = after.iter().find(|(p, _, _)| p == rewritten[0]).unwrap();
    assert!(text.contains("Rewritten after the pilot"), "{text}");
    assert!(
        !std::fs::read_dir(&dir).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with(".partial")),
        "no temporary file left"
    );
}

/// A file planted where an export's temporary file used to be made (`<name>.partial`, a symlink
/// to a file the user cares about) is neither followed nor replaced: the temporary file is
/// created new-only under a random name.
#[cfg(unix)]
#[test]
fn an_export_never_follows_a_planted_symlink() {
    let db = sample_db();
    let dir = tempdir();
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    for (format, name) in [
        (ExportFormat::Markdown, "log.md"),
        (ExportFormat::Json, "log.json"),
    ] {
        let target = dir.join(name);
        let trap = dir.join(format!("{name}.partial"));
        std::os::unix::fs::symlink(&victim, &trap).unwrap();
        db.export_decision_log(&DecisionFilter::default(), format, &target, false)
            .unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
        assert!(std::fs::symlink_metadata(&trap).unwrap().is_symlink());
        assert!(!std::fs::symlink_metadata(&target).unwrap().is_symlink());
        assert!(std::fs::read_to_string(&target).unwrap().len() > 100);
    }
    let leftovers: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Each decision keeps the ADR number it was first exported under: exporting again with more
/// decisions, or with another filter, never renumbers, and a decision whose statement changed
/// leaves one file, not two.
#[test]
fn adr_numbers_are_stable_across_exports() {
    let mut db = sample_db();
    let dir = tempdir().join("adr");
    let names = |dir: &Path| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    let all = DecisionFilter::default();
    db.export_decision_log(&all, ExportFormat::Adr, &dir, false)
        .unwrap();
    let first = names(&dir);
    assert_eq!(first.len(), 3);
    // A decision recorded in an earlier meeting would come first in log order.
    let early = db
        .create_meeting(&NewMeeting {
            title: "Earlier".into(),
            held_on: Some(day(2020, 1, 1)),
            ..Default::default()
        })
        .unwrap();
    let added = db
        .record_decision(&NewDecision {
            meeting_id: early.id.clone(),
            statement: "Keep the free returns".into(),
            ..Default::default()
        })
        .unwrap();
    db.export_decision_log(&all, ExportFormat::Adr, &dir, true)
        .unwrap();
    let second = names(&dir);
    assert_eq!(second.len(), 4);
    for name in &first {
        assert!(second.contains(name), "{name} renumbered: {second:?}");
    }
    assert!(second.contains(&"0004-keep-the-free-returns.md".to_owned()));
    // A filtered export into another folder uses the same numbers.
    let only = tempdir().join("only");
    db.export_decision_log(
        &DecisionFilter {
            meeting_id: Some(early.id.clone()),
            ..Default::default()
        },
        ExportFormat::Adr,
        &only,
        false,
    )
    .unwrap();
    assert_eq!(names(&only), ["0004-keep-the-free-returns.md"]);
    // The statement changes: the file is renamed, not doubled.
    db.update_decision(
        &added.id,
        &chair_core::model::DecisionInput {
            statement: "Keep free returns for members".into(),
            ..Default::default()
        },
    )
    .unwrap();
    db.export_decision_log(&all, ExportFormat::Adr, &dir, true)
        .unwrap();
    let third = names(&dir);
    assert_eq!(third.len(), 4, "{third:?}");
    assert!(third.contains(&"0004-keep-free-returns-for-members.md".to_owned()));
    // A file of the user's own in the folder is left alone.
    std::fs::write(dir.join("0009-notes.md"), "mine").unwrap();
    db.export_decision_log(&all, ExportFormat::Adr, &dir, true)
        .unwrap();
    assert!(dir.join("0009-notes.md").exists());
}

#[test]
fn a_new_adr_folder_appears_whole_with_nothing_left_beside_it() {
    let db = sample_db();
    let parent = tempdir().join("repo/docs");
    let dir = parent.join("adr");
    let report = db
        .export_decision_log(&DecisionFilter::default(), ExportFormat::Adr, &dir, false)
        .unwrap();
    let names = |dir: &Path| -> Vec<String> {
        let mut out: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        out.sort();
        out
    };
    // The folder is built under a temporary name beside it: only the folder remains.
    assert_eq!(names(&parent), ["adr"]);
    let written = names(&dir);
    assert_eq!(written.len(), report.files as usize);
    assert!(written.iter().all(|n| n.ends_with(".md")), "{written:?}");
    // As open to the user as a folder they would make themselves (a temporary folder is
    // often private to its owner).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let made = parent.join("made-by-hand");
        std::fs::create_dir(&made).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), mode(&made));
    }

    // A second export into a new folder beside it that would replace a file (the folder
    // name exists as a file) writes nothing and leaves no temporary folder.
    let file = parent.join("taken");
    std::fs::write(&file, "mine").unwrap();
    db.export_decision_log(&DecisionFilter::default(), ExportFormat::Adr, &file, true)
        .unwrap_err();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
    assert_eq!(names(&parent), ["adr", "made-by-hand", "taken"]);
}
