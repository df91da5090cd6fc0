//! A facilitator's first minutes: the sample persona sits in the chair, a new meeting is
//! started, a decision is recorded, the app is closed, and the decision is still there when
//! it comes back.

use chair_e2e::{
    App, Result, Scenario, FIRST_QUESTION, SAMPLE_MEETING, SAMPLE_PERSONA, SECOND_QUESTION,
};

const MEETING: &str = "Holiday returns planning";
const STATEMENT: &str = "Extend the holiday return window to January 31";
const CHANGES: &str = "Gift recipients can return presents after the holidays.";

/// First start, its persona in the chair: the sample workspace, its past meeting open.
async fn the_sample_opens_first(app: &mut App) -> Result {
    app.wait("sample-banner").await?;
    app.wait_text("meeting-title", SAMPLE_MEETING).await?;
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
    let first_prompt = app.wait_text("prompt-text", FIRST_QUESTION).await?;
    app.next_prompt(SECOND_QUESTION).await?;
    assert_ne!(first_prompt, app.texts("prompt-text").await?[0]);

    app.type_into("decision-statement", STATEMENT).await?;
    app.type_into(
        "decision-rationale",
        "Gifts bought in November cannot be returned today.",
    )
    .await?;
    app.click_css("input[name=\"impact-direction\"][value=\"helps\"]")
        .await?;
    app.type_into("decision-what-changes", CHANGES).await?;
    // The anecdote panel follows what is being written.
    app.wait("anecdote").await?;
    app.screenshot("decision-typed").await?;
    app.record_written_decision(STATEMENT).await?;
    app.screenshot("decision-recorded").await?;
    Ok(())
}

/// Started again on the same workspace: the meeting reopens with its decision and prompt.
async fn the_meeting_reopens_as_it_was(app: &mut App) -> Result {
    app.wait_text("meeting-title", MEETING).await?;
    let log = app.wait_text("decision-log", STATEMENT).await?;
    assert!(log.contains(CHANGES), "{log}");
    assert_eq!(app.texts("decision").await?.len(), 1);
    app.wait_text("prompt-text", SECOND_QUESTION).await?;
    app.wait_text("chair-name", SAMPLE_PERSONA).await?;
    app.screenshot("after-restart").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_recorded_decision_survives_a_restart() -> Result {
    let scenario = Scenario::new("restart")?;
    let mut app = scenario.launch_with_diane_in_the_chair().await?;
    the_sample_opens_first(&mut app).await?;

    // Start a new meeting with the loyal shopper in the chair.
    app.type_new_meeting(MEETING).await?;
    app.screenshot("new-meeting-dialog").await?;
    app.create_meeting(MEETING).await?;
    app.wait_text("chair-name", SAMPLE_PERSONA).await?;
    assert!(
        app.texts("decision").await?.is_empty(),
        "a new meeting starts with no decisions"
    );
    a_prompt_and_a_decision(&mut app).await?;
    app.quit().await?;

    let mut app = scenario.launch().await?;
    the_meeting_reopens_as_it_was(&mut app).await?;
    app.quit().await?;
    Ok(())
}
