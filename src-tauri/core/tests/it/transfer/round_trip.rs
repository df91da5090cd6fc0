//! A round trip into an empty workspace gives the same bytes back.

use super::*;

/// The exported file has every part, the anecdote typed twice both times, a resolved
/// escalation and annotations; answers it parsed.
fn check_exported(bytes: &[u8]) -> serde_json::Value {
    let json: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    assert_eq!(json["schema"], "empty-chair/decision-log");
    assert_eq!(json["version"], 2);
    let twice = json["anecdotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["text"] == "Typed in twice by hand")
        .count();
    assert_eq!(twice, 2);
    for part in [
        "people",
        "personas",
        "anecdotes",
        "escalations",
        "decks",
        "meetings",
    ] {
        assert!(!json[part].as_array().unwrap().is_empty(), "no {part}");
    }
    assert!(json["escalations"][0]["resolvedAt"].is_string());
    assert!(json["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| !d["annotations"].as_array().unwrap().is_empty()));
    json
}

/// Importing into an empty workspace adds every kind of record and nothing else; answers the
/// report.
fn import_into_empty(b: &mut Db, file: &Path) -> MergeReport {
    let decks_before = deck_names(b);
    let report = b.import_json(file, false).unwrap();
    assert!(!report.dry_run);
    assert!(report.added > 0);
    assert_eq!((report.updated, report.kept_newer), (0, 0));
    assert!(report
        .changes
        .iter()
        .all(|c| c.action == MergeAction::Added));
    for kind in [
        "person",
        "persona",
        "anecdote",
        "escalation",
        "deck",
        "prompt",
        "meeting",
        "agenda item",
        "decision",
        "answer",
        "annotation",
    ] {
        assert!(
            report.changes.iter().any(|c| c.kind == kind),
            "nothing of kind {kind}"
        );
    }
    // The built-in deck the sample meeting used took the place of the empty workspace's own.
    assert_eq!(deck_names(b), decks_before);
    report
}

/// The other formats follow, since they are read from the same records.
fn other_formats_agree(a: &Db, b: &Db, dir: &Path) {
    for format in [
        ExportFormat::Markdown,
        ExportFormat::Csv,
        ExportFormat::Html,
    ] {
        let pa = dir.join(format!("a.{}", format.as_str()));
        let pb = dir.join(format!("b.{}", format.as_str()));
        a.export_decision_log(&DecisionFilter::default(), format, &pa, false)
            .unwrap();
        b.export_decision_log(&DecisionFilter::default(), format, &pb, false)
            .unwrap();
        assert_eq!(
            std::fs::read(pa).unwrap(),
            std::fs::read(pb).unwrap(),
            "{format:?}"
        );
    }
}

/// Anecdotes went through the insert path: the search index has them.
fn imported_anecdotes_are_searchable(b: &Db, json: &serde_json::Value) {
    let word = "audiobook";
    let hits = b
        .search_anecdotes(&AnecdoteQuery {
            text: word.into(),
            ..Default::default()
        })
        .unwrap();
    let evidence_ids: Vec<&str> = json["anecdotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["text"].as_str().unwrap().to_lowercase().contains(word))
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert!(!evidence_ids.is_empty());
    for id in evidence_ids {
        assert!(
            hits.iter().any(|h| h.anecdote.id == id),
            "{id} not found by search"
        );
    }
}

#[test]
fn export_import_export_into_an_empty_workspace_is_byte_equal() {
    let a = rich_sample();
    let dir = tempdir();
    let file = dir.join("a.json");
    let bytes = export_json(&a, &file);
    let json = check_exported(&bytes);
    let mut b = empty_db();
    let report = import_into_empty(&mut b, &file);
    let again = export_json(&b, &dir.join("b.json"));
    assert!(
        bytes == again,
        "the round trip changed the export:\n{}",
        first_difference(&bytes, &again)
    );
    other_formats_agree(&a, &b, &dir);

    // Importing the same file again changes nothing.
    let twice = b.import_json(&file, false).unwrap();
    assert!(no_change(&twice), "{twice:?}");
    assert_eq!(twice.unchanged, report.added);
    assert_eq!(
        b.summary().unwrap().anecdote_count,
        json["anecdotes"].as_array().unwrap().len() as u32
    );
    imported_anecdotes_are_searchable(&b, &json);
}

fn first_difference(a: &[u8], b: &[u8]) -> String {
    let a = String::from_utf8_lossy(a);
    let b = String::from_utf8_lossy(b);
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}:\n- {x}\n+ {y}", i + 1);
        }
    }
    format!("lengths {} and {}", a.len(), b.len())
}
