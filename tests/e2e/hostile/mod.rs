//! Customer text is untrusted: the hostile corpus (`tests/fixtures/hostile.json`, the same file
//! the export tests use) imports as text, shows as text in the import preview and the library,
//! and runs nothing. Entries typed as a meeting title, a decision, an ambassador's reaction and
//! a persona's name and quote stay text too, and no entry reaches Tauri's IPC.

mod scenario;

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use chair_core::import::{self, ImportOptions};
use chair_core::search::{highlight, query_stems};
use chair_e2e::{App, Result, Scenario, UI_TIMEOUT};
use serde_json::{json, Value};

/// The hostile corpus, shared with `src-tauri/core/tests/it/exports.rs`. Every entry that is
/// markup or script sets `window.__xss` if it ever runs.
const CORPUS: &str = include_str!("../../fixtures/hostile.json");

/// The person the corpus entry `ipc-invoke` creates through Tauri's IPC if it ever runs.
const IPC_TRAP: &str = "IPC reached from customer text";

/// The person this test creates through the same IPC call, run by WebDriver: proof that a
/// script in the page can reach IPC and that the People view would show what it did.
const IPC_CONTROL: &str = "IPC reached from the test";

struct Entry {
    id: String,
    text: String,
}

fn corpus() -> Vec<Entry> {
    let entries: Vec<Value> = serde_json::from_str(CORPUS).expect("tests/fixtures/hostile.json");
    entries
        .iter()
        .map(|e| Entry {
            id: e["id"].as_str().expect("an id").to_owned(),
            text: e["text"].as_str().expect("a text").to_owned(),
        })
        .collect()
}

fn text_of<'a>(corpus: &'a [Entry], id: &str) -> &'a str {
    &corpus
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no corpus entry {id}"))
        .text
}

/// The corpus as JSON Lines an export of a CRM would be: text, date, the entry's id as the
/// source reference.
fn write_jsonl(corpus: &[Entry], file: &Path) -> Result {
    let lines: Vec<String> = corpus
        .iter()
        .map(|e| {
            serde_json::json!({ "text": e.text, "date": "2026-05-01", "id": e.id }).to_string()
        })
        .collect();
    std::fs::write(file, lines.join("\n") + "\n")?;
    Ok(())
}

/// What the app's importer makes of `file` (chair-core, as the wizard runs it): the preview's
/// cells, and each entry's text as stored, in corpus order.
fn imported(corpus: &[Entry], file: &Path) -> Result<(Vec<String>, Vec<String>)> {
    let preview = import::preview(file, 8)?;
    let plan = import::read(
        file,
        &preview.suggested,
        &ImportOptions::default(),
        &mut |_, _| {},
        &AtomicBool::new(false),
    )?;
    assert_eq!(plan.rows.len(), corpus.len(), "every entry is importable");
    let mut texts = Vec::new();
    for (entry, row) in corpus.iter().zip(&plan.rows) {
        let a = &row.anecdote;
        assert_eq!(a.source_ref.as_deref(), Some(entry.id.as_str()));
        // Kept as written, but for what the importer documents: surrounding whitespace trimmed
        // and HTML entities decoded.
        assert!(
            a.text == entry.text.trim() || entry.text.contains('&'),
            "{}: imported as {:?}",
            entry.id,
            a.text
        );
        texts.push(a.text.clone());
    }
    Ok((preview.rows.concat(), texts))
}

/// The snippet the library shows of `text` for a search for `stems`: the whole text, or a
/// window of a long one, as plain text.
fn snippet(text: &str, stems: &[String]) -> (String, bool) {
    let (spans, matched) = highlight(text, stems);
    (
        spans.iter().map(|s| s.text.as_str()).collect(),
        !matched.is_empty(),
    )
}

async fn strings(app: &App, script: &str) -> Result<Vec<String>> {
    let value = app.client().execute(script, vec![]).await?;
    Ok(serde_json::from_value(value)?)
}

/// The texts of the library's results, as the DOM holds them.
async fn library_texts(app: &App) -> Result<Vec<String>> {
    strings(
        app,
        "return Array.from(document.querySelectorAll('[data-testid=\"library-result\"] \
         .library-result__text'), e => e.textContent)",
    )
    .await
}

/// Waits until the library shows every text of `wanted` verbatim as one result's text, and of
/// `corpus_snippets` no other; returns what it shows.
async fn wait_library(
    app: &App,
    wanted: &[(&str, String)],
    corpus_snippets: &[String],
) -> Result<Vec<String>> {
    let deadline = Instant::now() + UI_TIMEOUT;
    loop {
        let shown = library_texts(app).await?;
        let missing: Vec<&str> = wanted
            .iter()
            .filter(|(_, s)| shown.iter().filter(|t| *t == s).count() != 1)
            .map(|(id, _)| *id)
            .collect();
        let wanted_texts: Vec<&String> = wanted.iter().map(|(_, s)| s).collect();
        let extra = shown
            .iter()
            .filter(|t| corpus_snippets.contains(t) && !wanted_texts.contains(t))
            .count();
        if missing.is_empty() && extra == 0 {
            return Ok(shown);
        }
        if Instant::now() > deadline {
            return Err(format!(
                "the library never showed {missing:?} as text (and {extra} unexpected)"
            )
            .into());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Elements or attributes that customer text would have made had it become markup: any
/// event-handler attribute, `srcdoc`, a `javascript:` value, and elements the app never draws.
const INJECTED: &str = "
    const found = [];
    for (const el of document.body.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (a.name.startsWith('on') || a.name === 'srcdoc' || /^\\s*javascript:/i.test(a.value)
            || (a.name === 'style' && a.value.includes('position:fixed'))) {
          found.push(el.tagName + '[' + a.name + ']');
        }
      }
    }
    const never = 'script, iframe, frame, object, embed, base, meta, link, style, template, math, '
      + 'video, audio, source, marquee, a, svg script, svg animate, foreignObject';
    for (const el of document.body.querySelectorAll(never)) found.push(el.tagName);
    return found;";

async fn nothing_ran(app: &App, when: &str) -> Result {
    let client = app.client();
    let ran = client
        .execute(
            "return window.__xss === undefined ? null : String(window.__xss)",
            vec![],
        )
        .await?;
    assert_eq!(ran, Value::Null, "{when}: a corpus entry ran");
    let injected = strings(app, INJECTED).await?;
    assert!(
        injected.is_empty(),
        "{when}: customer text became markup: {injected:?}"
    );
    // The page cannot reach Tauri's internals through a global either.
    let global = client
        .execute("return typeof window.__TAURI__", vec![])
        .await?;
    assert_eq!(global, serde_json::json!("undefined"), "{when}");
    Ok(())
}

/// Waits until the People view lists `name`, or (`present` false) checks it does not.
async fn people_list(app: &App, name: &str, present: bool) -> Result {
    app.open("nav-people", "people-list").await?;
    let deadline = Instant::now() + UI_TIMEOUT;
    loop {
        let names = app.texts("person-row-name").await?;
        let listed = names.iter().any(|n| n.contains(name));
        if !present {
            assert!(!listed, "{name} is a person: {names:?}");
            return Ok(());
        }
        if listed {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("the People view never listed {name}: {names:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
