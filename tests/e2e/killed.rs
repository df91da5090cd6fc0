//! Nothing is lost: the app is killed (SIGKILL) mid-meeting and restarted; the meeting comes back
//! where it was, with the half-written decision, the prompt's answer and the running agenda item.

use chair_e2e::{Result, Scenario, SECOND_QUESTION};

const MEETING: &str = "Holiday peak readiness";
const ANSWER: &str = "Diane, buying gifts for the family in December";
const STATEMENT: &str = "Ship holiday orders with a guaranteed date";
const RATIONALE: &str = "Late gifts are the loudest complaint in December.";

#[tokio::test(flavor = "multi_thread")]
async fn a_killed_app_restores_the_meeting_where_it_was() -> Result {
    let scenario = Scenario::new("killed")?;
    let mut app = scenario.launch_with_diane_in_the_chair().await?;
    app.new_meeting(MEETING).await?;
    app.type_into("prompt-answer", ANSWER).await?;
    app.next_prompt(SECOND_QUESTION).await?;
    app.type_into("decision-statement", STATEMENT).await?;
    app.type_into("decision-rationale", RATIONALE).await?;
    // Saving is debounced by at most about a second.
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    app.screenshot("before-kill").await?;
    app.kill(&scenario.db).await?;

    let mut app = scenario.launch().await?;
    app.wait_text("meeting-title", MEETING).await?;
    app.wait_text("prompt-text", SECOND_QUESTION).await?;
    let statement = app.wait_value("decision-statement", STATEMENT).await?;
    assert_eq!(statement, STATEMENT);
    app.wait_value("decision-rationale", RATIONALE).await?;
    app.click("prompt-prev").await?;
    app.wait_value("prompt-answer", ANSWER).await?;
    app.screenshot("after-restart").await?;
    app.quit().await
}
