//! A facilitator brings real customer text in and uses it: a broken export is refused with
//! its place and changes nothing, a real CFPB export imports, a search finds the complaints
//! that bear on credit report disputes, two of them are pinned as evidence to a decision, and
//! the WOCAS report shows themes.

use std::path::PathBuf;

use chair_e2e::{root, App, Result, Scenario};

/// The decision the pinned complaints bear on.
const STATEMENT: &str = "Investigate every credit report dispute before answering the customer";

fn shared(path: &str) -> PathBuf {
    root().join("../shared/data").join(path)
}

/// A file cut off mid-record: the dry run names the place; nothing is imported.
async fn a_broken_file_is_refused_with_its_place(app: &mut App) -> Result {
    app.open("nav-library", "library").await?;
    app.wait_text("library-count", "59 anecdotes in this workspace")
        .await?;
    app.pick_import_file(&shared("cfpb/cfpb_aravindsriraj_2068rows_truncated.csv"))
        .await?;
    app.wait_text("import-dialog", "Consumer complaint narrative")
        .await?;
    app.click("import-check").await?;
    let error = app.wait_text("import-error", "row 2069").await?;
    assert!(
        error.contains("cfpb_aravindsriraj_2068rows_truncated.csv"),
        "{error}"
    );
    app.screenshot("broken-file-refused").await?;
    app.click("import-close").await?;
    // Still 59: the count line may also say how many are shown, once the list has loaded.
    let after = app
        .wait_text("library-count", "anecdotes in this workspace")
        .await?;
    assert!(
        after.starts_with("59 anecdotes"),
        "nothing was imported: {after}"
    );
    Ok(())
}

/// A real export imports.
async fn a_real_export_imports(app: &mut App) -> Result {
    app.pick_import_file(&shared("cfpb/cfpb_combined_18col.csv"))
        .await?;
    app.wait_text("import-dialog", "Consumer complaint narrative")
        .await?;
    app.click("import-check").await?;
    app.wait_text("import-summary", "733").await?;
    app.screenshot("good-file-checked").await?;
    app.click("import-run").await?;
    app.wait_text("import-done", "733 anecdotes imported")
        .await?;
    app.screenshot("good-file-imported").await?;
    app.click("import-view-library").await?;
    app.wait_text("library-count", "792 anecdotes").await?;
    Ok(())
}

/// In a meeting, the panel follows the decision being written; two complaints are pinned.
async fn two_complaints_pinned_to_a_decision(app: &mut App) -> Result {
    app.click("nav-meetings").await?;
    app.new_meeting("Credit disputes review").await?;
    app.type_into("decision-statement", STATEMENT).await?;
    app.wait_text("anecdote-panel", "dispute").await?;
    let pins = app
        .client()
        .find_all(fantoccini::Locator::Css("[data-testid=\"pin-anecdote\"]"))
        .await?;
    assert!(pins.len() >= 2, "at least two anecdotes to pin");
    pins[0].click().await?;
    pins[1].click().await?;
    app.wait_text("pinned-count", "2").await?;
    app.screenshot("two-pinned").await?;
    app.record_written_decision(STATEMENT).await?;
    app.wait_text("decision-log", "2 evidence").await?;
    app.screenshot("decision-with-evidence").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn real_complaints_come_in_and_become_evidence() -> Result {
    let scenario = Scenario::new("library")?;
    let mut app = scenario.launch_with_diane_in_the_chair().await?;
    a_broken_file_is_refused_with_its_place(&mut app).await?;
    a_real_export_imports(&mut app).await?;

    // The library finds what bears on credit report disputes.
    app.type_into("library-search", "credit report dispute")
        .await?;
    app.wait_text("library-result", "credit").await?;
    app.screenshot("library-search").await?;
    two_complaints_pinned_to_a_decision(&mut app).await?;

    // The WOCAS report shows themes.
    app.open("nav-report", "report").await?;
    app.wait("theme").await?;
    let themes = app.texts("theme").await?;
    assert!(themes.len() >= 3, "{themes:?}");
    app.screenshot("wocas-report").await?;
    app.quit().await
}
