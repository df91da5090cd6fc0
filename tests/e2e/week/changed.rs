//! A running meeting changed after Create, and deletions undone.

use super::*;

/// Edit the running meeting: rename it, add an agenda item and a latecomer, add the
/// one-way-door questions after the five customer questions, turn the nudge off; save.
async fn the_running_meeting_is_edited(app: &mut App) -> Result {
    app.open("edit-meeting", "meeting-edit-dialog").await?;
    // Select all and type over it, as a person would (WebDriver's clear() bypasses React).
    let title = app.wait("meeting-edit-title").await?;
    title.click().await?;
    title
        .send_keys(&format!(
            "{}a{}",
            char::from(Key::Control),
            char::from(Key::Null)
        ))
        .await?;
    title.send_keys("Gift returns, round two").await?;
    app.click("add-agenda-item").await?;
    last(app, "agenda-title")
        .await?
        .send_keys("Receipts for gifts")
        .await?;
    last(app, "agenda-minutes").await?.send_keys("10").await?;
    app.click("add-attendee").await?;
    last(app, "attendee-name")
        .await?
        .send_keys("Lou Latecomer")
        .await?;
    last(app, "attendee-role")
        .await?
        .select_by_value("ambassador")
        .await?;
    app.wait("add-deck-select")
        .await?
        .select_by_label("One-way door check (5)")
        .await
        .or(Err("no one-way door deck to add"))?;
    app.click("add-deck").await?;
    let nudge = app.wait("meeting-edit-nudge").await?;
    nudge.clear().await?;
    nudge.send_keys("0").await?;
    assert_eq!(app.texts("meeting-deck-row").await?.len(), 2);
    app.screenshots_light_and_dark("edit-light", "edit-dark")
        .await?;
    app.click("meeting-edit-save").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_running_meeting_is_changed_and_deletions_are_undone() -> Result {
    let scenario = Scenario::new("week")?;
    let mut app = scenario.launch_with_diane_in_the_chair().await?;

    // Record a decision now, to delete and undo it later.
    gift_returns_decided(&app).await?;
    the_running_meeting_is_edited(&mut app).await?;
    app.wait_text("meeting-title", "Gift returns, round two")
        .await?;
    app.wait_text("agenda", "Receipts for gifts").await?;
    let attendees = app.texts("attendee").await?;
    assert!(
        attendees.iter().any(|a| a.contains("Lou Latecomer")),
        "{attendees:?}"
    );
    // The chair walks on into the added questions.
    app.wait_text("prompt-count", "of 10").await?;
    app.screenshot("edited").await?;

    // Delete the decision: the dialog says what goes with it; Undo brings it back.
    app.click("delete-decision").await?;
    app.wait_text("confirm-dialog", "snapshot").await?;
    app.screenshot("delete-decision").await?;
    app.click("confirm-ok").await?;
    app.wait_text("toast", "deleted").await?;
    let log = app.wait_text("decision-log", "Nothing decided yet").await?;
    assert!(!log.contains("store credit"));
    app.screenshot("decision-deleted").await?;
    app.click("undo-delete").await?;
    app.wait_text("decision-log", GIFT_DECISION).await?;

    // Delete the whole meeting: its decision goes too; Undo brings both back.
    app.click("edit-meeting").await?;
    app.click("meeting-edit-delete").await?;
    app.wait_text("confirm-dialog", "decision goes with it")
        .await?;
    app.screenshot("delete-meeting").await?;
    app.click("confirm-ok").await?;
    app.wait_text("toast", "Gift returns, round two").await?;
    let listed = app.texts("meeting-item").await?.concat();
    assert!(!listed.contains("round two"), "{listed}");
    app.click("undo-delete").await?;
    app.wait_text("meeting-title", "Gift returns, round two")
        .await?;
    app.wait_text("decision-log", GIFT_DECISION).await?;
    app.quit().await
}
