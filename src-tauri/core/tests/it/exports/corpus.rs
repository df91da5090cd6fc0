//! The hostile corpus, every entry in every field of every format, and merged back from JSON.

use super::*;

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
