//! The import as the app runs it: the file, started from the page as the wizard does, its
//! progress, and what the workspace holds.

use super::*;

/// `rows` complaints of one to four real sentences each, in a CSV laid out like the CFPB export
/// (so the import dialog's suggested mapping reads it), written to `dir`.
pub(super) fn write_import_file(dir: &Path, rows: usize) -> Result<PathBuf> {
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
pub(super) struct ImportState {
    pub(super) phase: Option<String>,
    /// The share of the phase done, 0 to 1.
    pub(super) done: f64,
    /// The report, once `run_import` returned.
    pub(super) report: Option<Value>,
}

pub(super) async fn import_state(app: &App) -> Result<ImportState> {
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
pub(super) async fn start_import(app: &App, file: &Path) -> Result {
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

pub(super) async fn anecdote_count(app: &App) -> Result<u64> {
    let summary = app.invoke("get_workspace", json!({})).await?;
    summary["anecdoteCount"]
        .as_u64()
        .ok_or_else(|| format!("no count in {summary}").into())
}

/// Searches the library for `IMPORT_WORD` as the search box does; every hit must be an anecdote
/// of the workspace. Returns how many were found (at most 200).
pub(super) async fn search_import_word(app: &App, context: &str) -> Result<usize> {
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

pub(super) fn file_count(path: &Path) -> Result<u64> {
    let conn = rusqlite::Connection::open(path)?;
    let count: i64 = conn.query_row("SELECT COUNT(*) FROM anecdotes", [], |r| r.get(0))?;
    Ok(count.try_into()?)
}
