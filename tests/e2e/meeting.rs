//! A facilitator runs a meeting from the keyboard with the chair on the projector: the command
//! palette starts the meeting, Alt+→ moves the prompt and the projector window follows, a
//! one-way-door decision meets the gate and is accepted over it by name, and the summary shows
//! the empty-chair score.

use chair_e2e::{chord, App, Result, Scenario, FIRST_QUESTION, SAMPLE_PERSONA, SECOND_QUESTION};
use fantoccini::key::Key;
use fantoccini::wd::WindowHandle;
use fantoccini::Locator;

/// The decision that meets the gate.
const ONE_WAY_DOOR: &str = "Stop accepting returns of opened gift cards";

/// The projector window shows the chair and follows the prompt (Alt+→ on the laptop).
/// Answers the laptop's window and the projector's.
async fn the_projector_follows_the_prompt(app: &mut App) -> Result<(WindowHandle, WindowHandle)> {
    let main = app.open_projector().await?;
    let projector = app.client().window().await?;
    app.wait_text("projector-name", SAMPLE_PERSONA).await?;
    app.wait_text("projector-prompt", FIRST_QUESTION).await?;
    let controls = app.client().find_all(Locator::Css("[data-testid=projector] button, [data-testid=projector] input, [data-testid=projector] textarea")).await?;
    assert!(controls.is_empty(), "the projector has no controls");
    app.screenshot("projector").await?;

    app.client().switch_to_window(main.clone()).await?;
    app.click("prompt-text").await.ok(); // focus the page, not a field
    app.keys(&chord(Key::Alt, Key::Right)).await?;
    app.wait_text("prompt-text", SECOND_QUESTION).await?;
    app.client().switch_to_window(projector.clone()).await?;
    app.wait_text("projector-prompt", SECOND_QUESTION).await?;
    app.client().switch_to_window(main.clone()).await?;
    Ok((main, projector))
}

/// A one-way door with unanswered questions and no evidence meets the gate; the projector
/// shows what customers said that bears on the decision being written (the panel's top
/// anecdotes, fed to it after each search). It is accepted over the gate by name.
async fn a_one_way_door_meets_the_gate(
    app: &mut App,
    main: &WindowHandle,
    projector: &WindowHandle,
) -> Result {
    app.type_into("decision-statement", ONE_WAY_DOOR).await?;
    app.client().switch_to_window(projector.clone()).await?;
    app.wait_text("projector-anecdote", "gift card").await?;
    app.client().switch_to_window(main.clone()).await?;
    app.choose("decision-reversibility", "one_way").await?;
    app.record_written_decision(ONE_WAY_DOOR).await?;
    app.click("accept-decision").await?;
    app.wait("gate-dialog").await?;
    let reasons = app.texts("gate-reason").await?;
    assert!(
        reasons.iter().any(|r| r.contains("evidence")),
        "{reasons:?}"
    );
    app.screenshot("gate").await?;
    app.accept_over_the_gate().await?;
    Ok(())
}

/// Ending the meeting shows its summary and the empty-chair score.
async fn the_summary_shows_the_score(app: &mut App) -> Result {
    app.click("end-meeting").await?;
    app.wait("meeting-summary").await?;
    let mut score = String::new();
    for _ in 0..100 {
        score = app.texts("summary-score").await?.concat();
        if score.trim().trim_end_matches('%').parse::<u32>().is_ok() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let value: u32 = score
        .trim()
        .trim_end_matches('%')
        .parse()
        .map_err(|_| format!("no score: {score:?}"))?;
    assert!(value <= 100);
    app.wait("score-trend").await?;
    app.screenshot("summary").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_meeting_run_from_the_keyboard_with_the_projector_following() -> Result {
    let scenario = Scenario::new("meeting")?;
    let mut app = scenario.launch_with_diane_in_the_chair().await?;
    // Ctrl+K, "new meeting", Enter: the dialog opens with the title field focused.
    app.new_meeting_from_the_palette("Gift returns policy")
        .await?;
    let (main, projector) = the_projector_follows_the_prompt(&mut app).await?;
    a_one_way_door_meets_the_gate(&mut app, &main, &projector).await?;
    the_summary_shows_the_score(&mut app).await?;
    app.quit().await
}
