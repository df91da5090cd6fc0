//! The scenario, step by step: the corpus imported, searched, typed into a meeting, a reaction and a persona, and IPC out of its reach.

use super::*;

/// The corpus imported through the import dialog, its preview showing the cells as text.
async fn import_through_the_dialog(
    app: &mut App,
    file: &Path,
    preview_cells: Vec<String>,
    count: &str,
) -> Result {
    app.wait_text("chair-name", "Diane Okafor").await?;
    app.click("nav-library").await?;
    app.pick_import_file(file).await?;
    app.wait("import-rows").await?;
    // The preview shows the first rows' cells as the importer reads them, as text.
    assert_eq!(
        app.texts("import-cell").await?,
        preview_cells,
        "the import preview's cells"
    );
    app.screenshot("hostile-preview").await?;
    app.click("import-check").await?;
    app.wait_text("import-summary", count).await?;
    app.click("import-run").await?;
    app.wait_text("import-done", &format!("{count} anecdotes imported"))
        .await?;
    app.click("import-view-library").await?;
    Ok(())
}

/// A script that names a file itself, as a forged request would, reads nothing: the import
/// takes only the file picked in its own dialog. (The mapping is the one just used, so only
/// the path can be what is refused.)
async fn only_the_picked_file_is_read(app: &App, file: &Path, dir: &Path) -> Result {
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
    std::fs::copy(file, &other)?;
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
    Ok(())
}

/// A search: every entry it finds shows verbatim, with the word marked.
async fn a_search_shows_entries_verbatim(
    app: &mut App,
    corpus: &[Entry],
    texts: &[String],
) -> Result {
    let stems = query_stems("refund");
    let found: Vec<(&str, String)> = corpus
        .iter()
        .zip(texts)
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
    wait_library(app, &found, &all_found).await?;
    app.screenshot("hostile-library").await?;
    nothing_ran(app, "the library's search").await?;
    Ok(())
}

/// Entries typed as a meeting's title and a decision, in the meeting screen and its anecdote
/// panel (which looks for anecdotes like the decision being typed), and as an ambassador's
/// reaction to that decision, written by someone picked at "Who are you?".
async fn typed_into_a_meeting(app: &mut App, corpus: &[Entry]) -> Result {
    let title = text_of(corpus, "img-onerror");
    let statement = text_of(corpus, "script-tag");
    app.click("nav-meetings").await?;
    app.new_meeting(title).await?;
    app.type_into("decision-statement", statement).await?;
    app.wait_text("anecdote-panel", "window.__xss=").await?;
    app.click("record-decision").await?;
    app.wait_text("decision-log", statement).await?;
    app.screenshot("hostile-text-as-text").await?;

    let reaction = text_of(corpus, "iframe-srcdoc");
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
    nothing_ran(app, "the meeting").await?;
    Ok(())
}

/// A persona whose name and quote are corpus entries (the quote the IPC trap).
async fn a_persona_of_corpus_entries(app: &mut App, corpus: &[Entry], trap: &str) -> Result {
    let name = text_of(corpus, "svg");
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
    nothing_ran(app, "the personas").await?;
    Ok(())
}

/// IPC cannot be reached from customer text: the trap never created its person. A script that
/// does run (this one, through WebDriver) can, and the People view shows it.
async fn ipc_is_out_of_reach_of_customer_text(app: &mut App) -> Result {
    people_list(app, IPC_TRAP, false).await?;
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
    people_list(app, IPC_CONTROL, true).await?;
    people_list(app, IPC_TRAP, false).await?;
    app.screenshot("hostile-people").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_customer_text_stays_text() -> Result {
    let corpus = corpus();
    let trap = text_of(&corpus, "ipc-invoke");
    assert!(
        trap.contains("__TAURI_INTERNALS__.invoke('create_person'") && trap.contains(IPC_TRAP),
        "the corpus entry ipc-invoke calls IPC"
    );
    let scenario = Scenario::new("hostile")?;
    let dir = &scenario.dir;
    let file = dir.join("hostile.jsonl");
    write_jsonl(&corpus, &file)?;
    let (preview_cells, texts) = imported(&corpus, &file)?;
    let count = corpus.len().to_string();

    let mut app = scenario.launch().await?;
    import_through_the_dialog(&mut app, &file, preview_cells, &count).await?;
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
    only_the_picked_file_is_read(&app, &file, dir).await?;
    a_search_shows_entries_verbatim(&mut app, &corpus, &texts).await?;
    typed_into_a_meeting(&mut app, &corpus).await?;
    a_persona_of_corpus_entries(&mut app, &corpus, trap).await?;
    ipc_is_out_of_reach_of_customer_text(&mut app).await?;
    app.quit().await
}
