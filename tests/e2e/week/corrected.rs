//! A decision corrected, followed up, and its PR/FAQ saved.

use std::path::Path;

use super::*;

/// Edit: a one-way door, accepted. Without evidence the gate asks; "Not yet" leaves it
/// proposed, with the other corrections saved.
async fn the_gate_stops_an_edit_without_evidence(app: &mut App) -> Result {
    app.open("edit-decision", "edit-decision-dialog").await?;
    app.wait_css("[data-testid=edit-decision-dialog] [data-testid=decision-reversibility]")
        .await?
        .select_by_value("one_way")
        .await?;
    app.choose("edit-decision-status", "accepted").await?;
    app.wait_text("edit-decision-gate-hint", "through the gate")
        .await?;
    app.screenshot("edit-status").await?;
    app.click("save-decision").await?;
    app.wait_text("gate-dialog", "no customer evidence").await?;
    app.click("gate-cancel").await?;
    app.wait_text("decision", "No evidence anecdotes").await?;
    assert_eq!(
        app.wait("decision-status-select")
            .await?
            .prop("value")
            .await?
            .as_deref(),
        Some("proposed")
    );
    Ok(())
}

/// Edit again: pin an anecdote found in the library, then accept over the gate (the
/// meeting's customer questions are still open).
async fn evidence_pinned_and_accepted_over_the_gate(app: &mut App) -> Result {
    app.open("edit-decision", "edit-decision-dialog").await?;
    app.wait_text("evidence-count", "No anecdote is pinned")
        .await?;
    app.type_into("evidence-search", "refund").await?;
    app.wait("evidence-found").await?;
    app.click("evidence-add").await?;
    app.wait_text("evidence-count", "1 anecdote pinned").await?;
    app.choose("edit-decision-status", "accepted").await?;
    app.screenshot("edit-evidence").await?;
    app.click("save-decision").await?;
    let gate = app.wait_text("gate-dialog", "not answered").await?;
    assert!(!gate.contains("no customer evidence"), "{gate}");
    app.screenshot("edit-gate").await?;
    app.accept_over_the_gate().await?;
    app.wait_text("decision", "1 evidence anecdote").await?;
    Ok(())
}

/// A follow-up on the decision goes into its ADR and the CSV.
async fn a_follow_up_reaches_the_adr_and_the_csv(app: &App, db: &Path, dir: &Path) -> Result {
    app.type_into("action-item-input", "Tell the gift desk about store credit")
        .await?;
    // By value: WebKitWebDriver cannot click an option of a closed select.
    let on = app.wait("action-item-decision").await?;
    let value = on
        .find(fantoccini::Locator::XPath(
            ".//option[normalize-space(.)='Refund gift returns as store credit']",
        ))
        .await?
        .attr("value")
        .await?
        .ok_or("the decision's option has a value")?;
    on.select_by_value(&value).await?;
    app.click("add-action-item").await?;
    app.wait_text("action-items", "Tell the gift desk about store credit")
        .await?;
    let adr = dir.join("adr");
    cli(
        db,
        &["export", "--format", "adr", "--out", adr.to_str().unwrap()],
    )?;
    let record = std::fs::read_dir(&adr)?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<Vec<_>>>()?
        .into_iter()
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().contains("refund-gift-returns"))
        })
        .ok_or("no ADR for the decision")?;
    let record = std::fs::read_to_string(record)?;
    assert!(
        record.contains("\n## Action items\n\n- [ ] Tell the gift desk about store credit"),
        "{record}"
    );
    let csv = dir.join("log.csv");
    cli(
        db,
        &["export", "--format", "csv", "--out", csv.to_str().unwrap()],
    )?;
    assert!(std::fs::read_to_string(csv)?.contains("[ ] Tell the gift desk about store credit"));
    Ok(())
}

/// The PR/FAQ draft is saved as Markdown through the save dialog: the file holds the draft
/// the dialog shows, accepted, with the pinned anecdote quoted. Answers the file's text.
async fn the_prfaq_is_saved_as_markdown(app: &mut App, saved: &Path, dir: &Path) -> Result<String> {
    app.open("prfaq-draft", "prfaq-dialog").await?;
    let shown = value_starting(app, "prfaq-text", "# Refund gift returns as store credit").await?;
    app.pick("prfaq-save", saved).await?;
    app.wait_text("prfaq-copied", "kept with the decision")
        .await?;
    app.screenshot("prfaq-saved").await?;
    let md = std::fs::read_to_string(saved)?;
    assert_eq!(md, shown);
    assert!(md.contains("Decision status: accepted."), "{md}");
    assert!(md.contains("## What customers say\n\n> "), "{md}");
    assert!(md.contains("one-way door"), "{md}");
    assert_eq!(
        std::fs::read_dir(dir)?
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
            .count(),
        0,
        "no temporary file is left beside it"
    );
    Ok(md)
}

/// Saving onto the same file asks first; "Replace" writes it again. Kept with the decision:
/// the dialog opened again says so, and shows the kept draft.
async fn saving_again_asks_and_the_draft_is_kept(app: &mut App, saved: &Path, md: &str) -> Result {
    std::fs::write(saved, "someone else's notes")?;
    app.pick("prfaq-save", saved).await?;
    app.wait_text("confirm-dialog", "already exists").await?;
    assert_eq!(std::fs::read_to_string(saved)?, "someone else's notes");
    app.click("confirm-ok").await?;
    app.wait_text("prfaq-copied", "kept with the decision")
        .await?;
    assert_eq!(std::fs::read_to_string(saved)?, md);
    app.keys(&String::from(char::from(Key::Escape))).await?;
    app.click("prfaq-draft").await?;
    app.wait_text("prfaq-kept", "saved as \u{201c}gift-prfaq.md\u{201d}")
        .await?;
    app.click("prfaq-show-kept").await?;
    assert_eq!(
        value_starting(app, "prfaq-text", "# Refund gift returns").await?,
        md
    );
    app.screenshot("prfaq-kept").await?;
    Ok(())
}

/// Issue 13 items 2 and 4: a recorded decision is corrected in the edit dialog (its door, its
/// evidence, its status through the gate), a follow-up is put on it, and its PR/FAQ draft is
/// saved as a Markdown file through the save dialog and kept with the decision.
#[tokio::test(flavor = "multi_thread")]
async fn a_decision_is_corrected_followed_up_and_its_prfaq_saved() -> Result {
    let scenario = Scenario::new("week-corrected")?;
    let (db, dir) = (&scenario.db, &scenario.dir);
    let mut app = scenario.launch_with_diane_in_the_chair().await?;
    gift_returns_decided(&app).await?;
    the_gate_stops_an_edit_without_evidence(&mut app).await?;
    evidence_pinned_and_accepted_over_the_gate(&mut app).await?;
    a_follow_up_reaches_the_adr_and_the_csv(&app, db, dir).await?;
    let saved = dir.join("gift-prfaq.md");
    let md = the_prfaq_is_saved_as_markdown(&mut app, &saved, dir).await?;
    saving_again_asks_and_the_draft_is_kept(&mut app, &saved, &md).await?;
    app.quit().await
}
