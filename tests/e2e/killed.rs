//! Nothing is lost: the app is killed (SIGKILL) mid-meeting and restarted; the meeting comes back
//! where it was, with the half-written decision, the prompt's answer and the running agenda item.

use chair_e2e::{test_dir, Driver, Result};

#[tokio::test(flavor = "multi_thread")]
async fn a_killed_app_restores_the_meeting_where_it_was() -> Result {
    let dir = test_dir("killed");
    let db = dir.join("workspace.db");
    let driver = Driver::start()?;

    let mut app = driver.launch(&db, &dir).await?;
    app.wait_text("chair-name", "Diane Okafor").await?;
    app.new_meeting("Holiday peak readiness").await?;
    app.type_into(
        "prompt-answer",
        "Diane, buying gifts for the family in December",
    )
    .await?;
    app.click("prompt-next").await?;
    app.wait_text(
        "prompt-text",
        "What is the customer problem or opportunity?",
    )
    .await?;
    app.type_into(
        "decision-statement",
        "Ship holiday orders with a guaranteed date",
    )
    .await?;
    app.type_into(
        "decision-rationale",
        "Late gifts are the loudest complaint in December.",
    )
    .await?;
    // Saving is debounced by at most about a second.
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    app.screenshot("before-kill").await?;
    app.kill(&db).await?;

    let mut app = driver.launch(&db, &dir).await?;
    app.wait_text("meeting-title", "Holiday peak readiness")
        .await?;
    app.wait_text(
        "prompt-text",
        "What is the customer problem or opportunity?",
    )
    .await?;
    let statement = app
        .wait_value(
            "decision-statement",
            "Ship holiday orders with a guaranteed date",
        )
        .await?;
    assert_eq!(statement, "Ship holiday orders with a guaranteed date");
    app.wait_value(
        "decision-rationale",
        "Late gifts are the loudest complaint in December.",
    )
    .await?;
    app.click("prompt-prev").await?;
    app.wait_value(
        "prompt-answer",
        "Diane, buying gifts for the family in December",
    )
    .await?;
    app.screenshot("after-restart").await?;
    app.quit().await
}
