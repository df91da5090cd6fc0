//! A large import killed at random moments: all of the file or none of it, and search agrees.

use super::*;

/// `rows` complaints of one to four real sentences each, in a CSV laid out like the CFPB export
/// (so the import dialog's suggested mapping reads it), written to `dir`.
fn write_import_file(dir: &Path, rows: usize) -> Result<PathBuf> {
    let sentences = real_sentences();
    let mut rng = fastrand::Rng::with_seed(DATA_SEED);
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let products = ["Mortgage", "Credit card", "Debt collection", "Student loan"];
    let via = ["Web", "Phone", "Referral", "Email"];
    let first = NaiveDate::from_ymd_opt(2025, 1, 1).ok_or("date")?;
    let mut out = String::from(
        "Complaint ID,Date received,Product,Submitted via,Consumer complaint narrative\r\n",
    );
    for i in 0..rows {
        let narrative = (0..rng.usize(1..=4))
            .map(|_| sentences[rng.usize(..sentences.len())].as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let said = first + chrono::Days::new(rng.u64(0..600));
        out.push_str(&format!(
            "CRASH-{i},{},{},{},{}\r\n",
            said.format("%Y-%m-%d"),
            products[rng.usize(..products.len())],
            via[rng.usize(..via.len())],
            quote(&narrative)
        ));
    }
    let path = dir.join("complaints.csv");
    std::fs::write(&path, out)?;
    Ok(path)
}

/// Runs in the page: listens to `import-progress` (as the wizard does), then starts `run_import`
/// without waiting for it; `window.__crashImport` follows its progress and its end.
const START_IMPORT: &str = r#"
const [args, done] = arguments;
const tauri = window.__TAURI_INTERNALS__;
const state = (window.__crashImport = { progress: null, result: null, error: null });
const handler = tauri.transformCallback((event) => { state.progress = event.payload; });
tauri.invoke('plugin:event|listen', { event: 'import-progress', target: { kind: 'Any' }, handler })
  .then(() => {
    tauri.invoke('run_import', args).then(
      (report) => { state.result = report; },
      (error) => { state.error = error; });
    done(null);
  }, (error) => done({ err: error }));
"#;

/// Where the running import is, as the page saw it.
#[derive(Debug, Default)]
struct ImportState {
    phase: Option<String>,
    /// The share of the phase done, 0 to 1.
    done: f64,
    /// The report, once `run_import` returned.
    report: Option<Value>,
}

async fn import_state(app: &App) -> Result<ImportState> {
    let state = app
        .client()
        .execute("return window.__crashImport;", vec![])
        .await?;
    if !state["error"].is_null() {
        return Err(format!("run_import failed: {}", state["error"]).into());
    }
    let (done, total) = (&state["progress"]["done"], &state["progress"]["total"]);
    Ok(ImportState {
        phase: state["progress"]["phase"].as_str().map(str::to_owned),
        done: done.as_f64().unwrap_or(0.0) / total.as_f64().unwrap_or(1.0).max(1.0),
        report: Some(state["result"].clone()).filter(|r| !r.is_null()),
    })
}

/// Picks the file (the import reads only a file chosen in its dialog), previews it and starts
/// the import with the mapping the preview suggests, as the import wizard does when the user
/// accepts it.
async fn start_import(app: &App, file: &Path) -> Result {
    app.answer_dialog(file)?;
    let picked = app
        .invoke(
            "pick_path",
            json!({ "mode": "open", "purpose": "importAnecdotes", "filters": null, "defaultName": null }),
        )
        .await?;
    assert_eq!(
        picked.as_str(),
        file.to_str(),
        "the dialog answered the file"
    );
    let preview = app
        .invoke("preview_import", json!({ "path": file, "kind": null }))
        .await?;
    let mapping = match &preview["remembered"] {
        Value::Null => preview["preview"]["suggested"].clone(),
        remembered => remembered.clone(),
    };
    let args = json!({
        "path": file, "mapping": mapping, "personaIds": [],
        "options": { "acceptIncompleteLast": false, "maxErrors": 20,
                     "kind": preview["preview"]["kind"] },
    });
    let started = app.client().execute_async(START_IMPORT, vec![args]).await?;
    if !started.is_null() {
        return Err(format!("the import did not start: {started}").into());
    }
    Ok(())
}

async fn anecdote_count(app: &App) -> Result<u64> {
    let summary = app.invoke("get_workspace", json!({})).await?;
    summary["anecdoteCount"]
        .as_u64()
        .ok_or_else(|| format!("no count in {summary}").into())
}

/// Searches the library for `IMPORT_WORD` as the search box does; every hit must be an anecdote
/// of the workspace. Returns how many were found (at most 200).
async fn search_import_word(app: &App, context: &str) -> Result<usize> {
    let hits = app
        .invoke(
            "search_anecdotes",
            json!({ "query": { "text": IMPORT_WORD, "limit": 200 } }),
        )
        .await?;
    let ids: Vec<String> = hits
        .as_array()
        .into_iter()
        .flatten()
        .map(|h| text(&h["anecdote"], "id"))
        .collect::<Result<_>>()?;
    let found = app.invoke("get_anecdotes", json!({ "ids": ids })).await?;
    let found = found.as_array().map_or(0, Vec::len);
    ensure(
        found == ids.len(),
        context,
        format!(
            "the index found {} anecdotes the database has not",
            ids.len() - found
        ),
    )?;
    Ok(ids.len())
}

fn file_count(path: &Path) -> Result<u64> {
    let conn = rusqlite::Connection::open(path)?;
    let count: i64 = conn.query_row("SELECT COUNT(*) FROM anecdotes", [], |r| r.get(0))?;
    Ok(count.try_into()?)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_killed_import_leaves_all_of_the_file_or_nothing() -> Result {
    let mut plan = Plan::new("import");
    let rounds = (plan.rounds * 3 / 4).max(1);
    let dir = test_dir("crash-import");
    let file = write_import_file(&dir, IMPORT_ROWS)?;
    let driver = Driver::start()?;
    let started = Instant::now();

    // One import left to finish: how many anecdotes the file brings and how long it takes.
    let path = dir.join("full/workspace.db");
    let app = driver.launch(&path, &dir).await?;
    let before = anecdote_count(&app).await?;
    let context = "the undisturbed import";
    ensure(
        search_import_word(&app, context).await? == 0,
        context,
        format!("the sample already has {IMPORT_WORD:?}"),
    )?;
    let t0 = Instant::now();
    start_import(&app, &file).await?;
    let mut writing_from = None;
    let report = loop {
        let state = import_state(&app).await?;
        if state.phase.as_deref() == Some("writing") && writing_from.is_none() {
            writing_from = Some(t0.elapsed());
        }
        if let Some(report) = state.report {
            break report;
        }
        if t0.elapsed() > Duration::from_secs(300) {
            return fail(context, "the import did not end in 5 minutes");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let total = t0.elapsed();
    let writing_from = writing_from.unwrap_or(total);
    let inserted = report["inserted"].as_u64().ok_or("no inserted count")?;
    ensure(inserted > 1000, context, format!("{inserted} anecdotes"))?;
    ensure(
        anecdote_count(&app).await? == before + inserted,
        context,
        "the count after the import",
    )?;
    ensure(
        search_import_word(&app, context).await? > 0,
        context,
        format!("{IMPORT_WORD:?} is not found after the import"),
    )?;
    app.quit().await?;
    eprintln!(
        "  the file: {inserted} anecdotes in {total:?} ({:?} reading, {:?} writing)",
        writing_from,
        total - writing_from
    );

    let (mut nothing, mut unacknowledged, mut finished) = (0, 0, 0);
    for round in 0..rounds {
        let context = plan.context("import", round);
        let path = dir.join(format!("round-{round}/workspace.db"));
        let app = driver.launch(&path, &dir).await?;
        let before = anecdote_count(&app).await?;
        // Half the kills fall at a random moment of the import (timed by the undisturbed one),
        // half at a random point of its write, by the progress it reports: the end of the
        // write is its commit, then the search index's.
        let t0 = Instant::now();
        let (kill_at, share) = if round % 2 == 0 {
            (Some(t0 + plan.within(total)), 0.0)
        } else {
            (None, plan.rng.f64())
        };
        start_import(&app, &file).await?;
        let state = loop {
            let state = import_state(&app).await.or_else(|e| fail(&context, e))?;
            let due = match kill_at {
                Some(at) => Instant::now() >= at,
                None => state.phase.as_deref() == Some("writing") && state.done >= share,
            };
            if due || state.report.is_some() {
                break state;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        };
        app.kill(&path).await?;

        integrity(&path, &context, "as the kill left it")?;
        let after = file_count(&path)?;
        let all = before + inserted;
        ensure(
            after == before || after == all,
            &context,
            format!("{after} anecdotes, expected {before} or {all}"),
        )?;
        let outcome = if state.report.is_some() {
            ensure(
                after == all,
                &context,
                "an acknowledged import is not all there",
            )?;
            finished += 1;
            "after it returned"
        } else if after == before {
            nothing += 1;
            "mid-import, nothing kept"
        } else {
            unacknowledged += 1;
            "mid-import after the commit, all kept"
        };
        eprintln!(
            "  round {round}: killed {:?} in ({} {:.0}%), {outcome}",
            t0.elapsed(),
            state.phase.as_deref().unwrap_or("starting"),
            state.done * 100.0
        );

        // The restarted app: the same count, and its search index agrees with the database.
        let app = driver.launch(&path, &dir).await?;
        ensure(
            anecdote_count(&app).await? == after,
            &context,
            "the restarted app's count",
        )?;
        let hits = search_import_word(&app, &context).await?;
        ensure(
            (hits > 0) == (after == all),
            &context,
            format!("{hits} hits for {IMPORT_WORD:?} with {after} anecdotes"),
        )?;
        app.quit().await?;
        let gone = path.clone();
        if tokio::task::spawn_blocking(move || wait_gone(&gone)).await? {
            integrity(&path, &context, "after the restart")?;
        }
        let _ = std::fs::remove_dir_all(path.parent().ok_or("no folder")?);
    }
    eprintln!(
        "crash (import): {rounds} kills of an import of {inserted} anecdotes: {nothing} mid-import \
         left nothing, {unacknowledged} mid-import after the commit left it all, {finished} after \
         it returned; {:.1} s, CHAIR_KILL_SEED={}",
        started.elapsed().as_secs_f64(),
        plan.seed
    );
    ensure(
        nothing + unacknowledged > finished,
        &plan.context("import", rounds),
        "most kills must land while the import runs",
    )
}
