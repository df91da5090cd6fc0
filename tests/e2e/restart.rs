//! A facilitator's first minutes: the sample persona sits in the chair, a new meeting is
//! started, a decision is recorded, the app is closed, and the decision is still there when
//! it comes back.

use chair_e2e::{test_dir, App, Driver, Result};

/// First start: the sample workspace, its past meeting open, its persona in the chair.
async fn the_sample_opens_first(app: &mut App) -> Result {
    app.wait_text("chair-name", "Diane Okafor").await?;
    app.wait("sample-banner").await?;
    app.wait_text("meeting-title", "Returns and refunds review")
        .await?;
    assert_eq!(
        app.texts("decision").await?.len(),
        3,
        "the sample meeting has three decisions"
    );
    app.screenshot("first-start").await?;
    Ok(())
}

/// The room works through a prompt and records a decision with its customer impact; the
/// anecdote panel follows what is being written.
async fn a_prompt_and_a_decision(app: &mut App) -> Result {
    let first_prompt = app.wait_text("prompt-text", "Who is the customer?").await?;
    app.click("prompt-next").await?;
    app.wait_text(
        "prompt-text",
        "What is the customer problem or opportunity?",
    )
    .await?;
    assert_ne!(first_prompt, app.texts("prompt-text").await?[0]);

    app.type_into(
        "decision-statement",
        "Extend the holiday return window to January 31",
    )
    .await?;
    app.type_into(
        "decision-rationale",
        "Gifts bought in November cannot be returned today.",
    )
    .await?;
    app.click_css("input[name=\"impact-direction\"][value=\"helps\"]")
        .await?;
    app.type_into(
        "decision-what-changes",
        "Gift recipients can return presents after the holidays.",
    )
    .await?;
    // The anecdote panel follows what is being written.
    app.wait("anecdote").await?;
    app.screenshot("decision-typed").await?;
    app.click("record-decision").await?;
    app.wait_text(
        "decision-log",
        "Extend the holiday return window to January 31",
    )
    .await?;
    app.screenshot("decision-recorded").await?;
    Ok(())
}

/// Started again on the same workspace: the meeting reopens with its decision and prompt.
async fn the_meeting_reopens_as_it_was(app: &mut App) -> Result {
    app.wait_text("meeting-title", "Holiday returns planning")
        .await?;
    let log = app
        .wait_text(
            "decision-log",
            "Extend the holiday return window to January 31",
        )
        .await?;
    assert!(
        log.contains("Gift recipients can return presents after the holidays."),
        "{log}"
    );
    assert_eq!(app.texts("decision").await?.len(), 1);
    app.wait_text(
        "prompt-text",
        "What is the customer problem or opportunity?",
    )
    .await?;
    app.wait_text("chair-name", "Diane Okafor").await?;
    app.screenshot("after-restart").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_recorded_decision_survives_a_restart() -> Result {
    let dir = test_dir("restart");
    let db = dir.join("workspace.db");
    let driver = Driver::start()?;

    let mut app = driver.launch(&db, &dir).await?;
    the_sample_opens_first(&mut app).await?;

    // Start a new meeting with the loyal shopper in the chair.
    app.click("new-meeting").await?;
    app.wait("new-meeting-dialog").await?;
    app.type_into("new-meeting-title", "Holiday returns planning")
        .await?;
    app.screenshot("new-meeting-dialog").await?;
    app.click("create-meeting").await?;
    app.wait_text("meeting-title", "Holiday returns planning")
        .await?;
    app.wait_text("chair-name", "Diane Okafor").await?;
    assert!(
        app.texts("decision").await?.is_empty(),
        "a new meeting starts with no decisions"
    );
    a_prompt_and_a_decision(&mut app).await?;
    app.quit().await?;

    let mut app = driver.launch(&db, &dir).await?;
    the_meeting_reopens_as_it_was(&mut app).await?;
    app.quit().await?;
    Ok(())
}
