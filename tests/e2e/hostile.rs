//! Customer text is untrusted: the hostile corpus (`tests/fixtures/hostile.json`, the same file
//! the export tests use) imports as text, shows as text in the import preview and the library,
//! and runs nothing. Entries typed as a meeting title, a decision, an ambassador's reaction and
//! a persona's name and quote stay text too, and no entry reaches Tauri's IPC.

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use chair_core::import::{self, ImportOptions};
use chair_core::search::{highlight, query_stems};
use chair_e2e::{test_dir, App, Driver, Result, UI_TIMEOUT};
use serde_json::{json, Value};

/// The hostile corpus, shared with `src-tauri/core/tests/it/exports.rs`. Every entry that is
/// markup or script sets `window.__xss` if it ever runs.
const CORPUS: &str = include_str!("../fixtures/hostile.json");

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
    app.click("nav-people").await?;
    app.wait("people-list").await?;
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

#[tokio::test(flavor = "multi_thread")]
async fn hostile_customer_text_stays_text() -> Result {
    let corpus = corpus();
    let trap = text_of(&corpus, "ipc-invoke");
    assert!(
        trap.contains("__TAURI_INTERNALS__.invoke('create_person'") && trap.contains(IPC_TRAP),
        "the corpus entry ipc-invoke calls IPC"
    );
    let dir = test_dir("hostile");
    let file = dir.join("hostile.jsonl");
    write_jsonl(&corpus, &file)?;
    let (preview_cells, texts) = imported(&corpus, &file)?;
    let count = corpus.len().to_string();

    let driver = Driver::start()?;
    let mut app = driver.launch(&dir.join("workspace.db"), &dir).await?;
    app.wait_text("chair-name", "Diane Okafor").await?;
    app.click("nav-library").await?;
    app.click("library-import").await?;
    app.pick("import-pick", &file).await?;
    app.wait("import-rows").await?;
    // The preview shows the first rows' cells as the importer reads them, as text.
    assert_eq!(
        app.texts("import-cell").await?,
        preview_cells,
        "the import preview's cells"
    );
    app.screenshot("hostile-preview").await?;
    app.click("import-check").await?;
    app.wait_text("import-summary", &count).await?;
    app.click("import-run").await?;
    app.wait_text("import-done", &format!("{count} anecdotes imported"))
        .await?;
    app.click("import-view-library").await?;

    // Every entry is one result whose text is the entry, verbatim (a long one cut to the
    // window the library shows).
    let all: Vec<String> = texts.iter().map(|t| snippet(t, &[]).0).collect();
    let every: Vec<(&str, String)> = corpus
        .iter()
        .map(|e| e.id.as_str())
        .zip(all.iter().cloned())
        .collect();
    wait_library(&app, &every, &all).await?;
    nothing_ran(&app, "the library").await?;

    // A script that names a file itself, as a forged request would, reads nothing: the import
    // takes only the file picked in its own dialog. (The mapping is the one just used, so only
    // the path can be what is refused.)
    let mapping = app
        .invoke(
            "preview_import",
            json!({ "path": file, "kind": null, "encoding": null }),
        )
        .await?["remembered"]
        .take();
    assert!(mapping.is_object(), "the import remembered its mapping");
    let options =
        json!({ "acceptIncompleteLast": false, "maxErrors": 20, "kind": null, "encoding": null });
    let other = dir.join("other.jsonl");
    std::fs::copy(&file, &other)?;
    app.answer_dialog(&other)?;
    app.invoke(
        "pick_path",
        json!({ "mode": "open", "purpose": "mergeLog", "filters": null, "defaultName": null }),
    )
    .await?;
    let own = dir.join("workspace.db");
    let typed = [Path::new("/etc/passwd"), own.as_path(), other.as_path()];
    for path in typed {
        for (cmd, args) in [
            (
                "preview_import",
                json!({ "path": path, "kind": null, "encoding": null }),
            ),
            (
                "check_import",
                json!({ "path": path, "mapping": mapping, "options": options }),
            ),
            (
                "run_import",
                json!({ "path": path, "mapping": mapping, "options": options, "personaIds": [] }),
            ),
        ] {
            let err = app.invoke(cmd, args).await.expect_err("refused");
            assert!(
                err.to_string().contains("not_picked"),
                "{cmd} {}: {err}",
                path.display()
            );
        }
    }

    // A search: every entry it finds shows verbatim, with the word marked.
    let stems = query_stems("refund");
    let found: Vec<(&str, String)> = corpus
        .iter()
        .zip(&texts)
        .filter_map(|(e, t)| match snippet(t, &stems) {
            (s, true) => Some((e.id.as_str(), s)),
            (_, false) => None,
        })
        .collect();
    assert!(
        found.len() > corpus.len() / 2,
        "most entries mention refunds"
    );
    let all_found: Vec<String> = texts.iter().map(|t| snippet(t, &stems).0).collect();
    app.type_into("library-search", "refund").await?;
    wait_library(&app, &found, &all_found).await?;
    app.screenshot("hostile-library").await?;
    nothing_ran(&app, "the library's search").await?;

    // Entries typed as a meeting's title and a decision, in the meeting screen and its
    // anecdote panel (which looks for anecdotes like the decision being typed).
    let title = text_of(&corpus, "img-onerror");
    let statement = text_of(&corpus, "script-tag");
    app.click("nav-meetings").await?;
    app.click("new-meeting").await?;
    app.type_into("new-meeting-title", title).await?;
    app.click("create-meeting").await?;
    app.wait_text("meeting-title", title).await?;
    app.type_into("decision-statement", statement).await?;
    app.wait_text("anecdote-panel", "window.__xss=").await?;
    app.click("record-decision").await?;
    app.wait_text("decision-log", statement).await?;
    app.screenshot("hostile-text-as-text").await?;

    // An ambassador's reaction to that decision, written by someone picked at "Who are you?".
    let reaction = text_of(&corpus, "iframe-srcdoc");
    let first = "[data-testid=\"decision-log\"] [data-testid=\"decision\"]:first-child";
    app.click_css(&format!("{first} [data-testid=\"annotate\"]"))
        .await?;
    app.wait_css(&format!("{first} [data-testid=\"who-are-you\"]"))
        .await?;
    app.client()
        .find(fantoccini::Locator::XPath(
            "//button[@data-testid='person-choice'][contains(., 'Sam Whitaker')]",
        ))
        .await?
        .click()
        .await?;
    app.wait_text("current-person", "Sam Whitaker").await?;
    app.wait_css(&format!("{first} [data-testid=\"annotation-form\"]"))
        .await?;
    app.click_css(&format!("{first} label.pill--stance-opposes"))
        .await?;
    app.wait_css(&format!("{first} [data-testid=\"annotation-comment\"]"))
        .await?
        .send_keys(reaction)
        .await?;
    app.click_css(&format!("{first} [data-testid=\"annotation-save\"]"))
        .await?;
    app.wait_text("decision-log", reaction).await?;
    nothing_ran(&app, "the meeting").await?;

    // A persona whose name and quote are corpus entries (the quote the IPC trap).
    let name = text_of(&corpus, "svg");
    app.click("nav-personas").await?;
    app.click("persona-new").await?;
    app.type_into("persona-name", name).await?;
    app.type_into("persona-quote", trap).await?;
    app.click("persona-save").await?;
    let deadline = Instant::now() + UI_TIMEOUT;
    while !app
        .texts("persona-card-name")
        .await?
        .iter()
        .any(|n| n == name)
    {
        if Instant::now() > deadline {
            return Err("the persona's name never showed as typed".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let quote = format!("\u{201c}{trap}\u{201d}");
    assert!(
        app.texts("persona-card")
            .await?
            .iter()
            .any(|c| c.contains(&quote)),
        "the persona's quote shows as typed"
    );
    app.screenshot("hostile-persona").await?;
    nothing_ran(&app, "the personas").await?;

    // IPC cannot be reached from customer text: the trap never created its person. A script
    // that does run (this one, through WebDriver) can, and the People view shows it.
    people_list(&app, IPC_TRAP, false).await?;
    let created = app
        .client()
        .execute(
            &format!(
                "return window.__TAURI_INTERNALS__.invoke('create_person', \
                 {{input: {{name: '{IPC_CONTROL}'}}}}).then(p => p.name)"
            ),
            vec![],
        )
        .await?;
    assert_eq!(created, serde_json::json!(IPC_CONTROL));
    people_list(&app, IPC_CONTROL, true).await?;
    people_list(&app, IPC_TRAP, false).await?;
    app.screenshot("hostile-people").await?;
    app.quit().await
}
