//! The "?" e-mail end to end: a customer's complaint in the library is escalated to an owner
//! with a two-hour deadline, the app is closed and opened again, the escalation is listed with
//! the time its owner has left, the owner resolves it with what happened and what was fixed,
//! and (after another restart) the next meeting reports the resolution to the room, where an
//! anecdote beside the decision is escalated in turn. Then the decision log's export dialog
//! counts what its filters take and its print view shows them (saving goes through the
//! system's save dialog, which WebDriver cannot drive; the command tests cover the files).

use chair_e2e::{App, Result, Scenario, SAMPLE_MEETING};
use fantoccini::Locator;

const OWNER: &str = "Priya Natarajan";
const ROOT_CAUSE: &str = "Drivers saw only the first line of the delivery note";
const FIX: &str = "The whole note now shows on the driver's screen";

/// The escalation row (in the list `list`) whose owner is `OWNER`.
async fn row_of_owner(app: &App, list: &str) -> Result<fantoccini::elements::Element> {
    let css = format!("[data-testid=\"{list}\"] [data-testid=\"escalation\"]");
    for row in app.client().find_all(Locator::Css(&css)).await? {
        let text = row.prop("textContent").await?.unwrap_or_default();
        if text.contains(OWNER) {
            return Ok(row);
        }
    }
    Err(format!("no escalation owned by {OWNER} in {list}").into())
}

/// Escalate a sample complaint from the library: owner, two hours, the note "?". The
/// anecdote then shows its escalation, with the time left.
async fn a_complaint_is_escalated_from_the_library(app: &mut App) -> Result {
    app.click("nav-library").await?;
    app.type_into("library-search", "garden soil").await?;
    app.wait_text("library-result", "garden soil").await?;
    app.click("library-result").await?;
    app.open("anecdote-escalate", "escalate-dialog").await?;
    app.wait_value("escalate-note", "?").await?;
    app.type_into("escalate-owner", OWNER).await?;
    app.click("escalate-deadline-custom").await?;
    app.type_into("escalate-hours", "2").await?;
    app.screenshot("escalate-dialog").await?;
    app.click("escalate-save").await?;
    // The anecdote now shows its escalation, with the time left.
    let under = app.wait_text("anecdote-escalations", OWNER).await?;
    assert!(under.contains("2 h left"), "{under}");
    app.screenshot("escalated").await?;
    Ok(())
}

/// After a restart it is still open, with its time left, and counted in the sidebar; the owner
/// answers: what happened and what was fixed.
async fn still_open_after_a_restart_then_answered(app: &mut App) -> Result {
    app.click("nav-escalations").await?;
    app.wait_text("escalations-open", OWNER).await?;
    let row = row_of_owner(app, "escalations-open").await?;
    let text = row.prop("textContent").await?.unwrap_or_default();
    assert!(text.contains("garden soil"), "{text}");
    assert!(
        text.contains("h left") && !text.contains("overdue"),
        "two hours are left: {text}"
    );
    // The sample's own open escalation and this one.
    app.wait_text("escalations-badge", "2").await?;
    app.wait_text("escalations-view", "2 open escalations")
        .await?;
    app.screenshot("escalations-open").await?;

    // The owner answers: what happened and what was fixed.
    row.find(Locator::Css("[data-testid=\"escalation-resolve\"]"))
        .await?
        .click()
        .await?;
    app.wait("resolve-dialog").await?;
    app.type_into("resolve-root-cause", ROOT_CAUSE).await?;
    app.type_into("resolve-fix", FIX).await?;
    app.screenshot("resolve-dialog").await?;
    app.click("resolve-save").await?;
    let resolved = app.wait_text("escalations-resolved", ROOT_CAUSE).await?;
    assert!(resolved.contains(FIX), "{resolved}");
    let open = app.texts("escalations-open").await?.join("");
    assert!(
        !open.contains(OWNER),
        "resolved ones leave the open list: {open}"
    );
    app.screenshot("escalation-resolved").await?;
    Ok(())
}

/// Next time the team meets, the resolution is reported to the room; an anecdote beside the
/// decision is escalated there too and joins the open ones.
async fn the_next_meeting_hears_the_answer(app: &mut App) -> Result {
    app.new_meeting("Delivery follow-up").await?;
    let reported = app
        .wait_text("meeting-escalations-resolved", ROOT_CAUSE)
        .await?;
    assert!(
        reported.contains(OWNER) && reported.contains(FIX),
        "{reported}"
    );
    app.screenshot("reported-in-next-meeting").await?;

    // In the meeting, an anecdote beside the decision is escalated too; it joins the open ones.
    app.open("escalate-anecdote", "escalate-dialog").await?;
    app.type_into("escalate-owner", "Lena Park").await?;
    app.click("escalate-deadline-4").await?;
    app.click("escalate-save").await?;
    let open = app
        .wait_text("meeting-escalations-open", "Lena Park")
        .await?;
    assert!(open.contains("4 h left"), "{open}");
    app.screenshot("escalated-in-meeting").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn an_escalation_is_answered_and_reported_in_the_next_meeting() -> Result {
    let scenario = Scenario::new("escalations")?;
    let mut app = scenario.launch_with_diane_in_the_chair().await?;
    a_complaint_is_escalated_from_the_library(&mut app).await?;
    app.quit().await?;
    let mut app = scenario.launch_with_diane_in_the_chair().await?;
    still_open_after_a_restart_then_answered(&mut app).await?;
    app.quit().await?;
    let mut app = scenario.launch_with_diane_in_the_chair().await?;
    the_next_meeting_hears_the_answer(&mut app).await?;
    app.quit().await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_decision_log_export_counts_and_prints_what_the_filters_take() -> Result {
    let scenario = Scenario::new("export-dialog")?;
    let mut app = scenario.launch_with_diane_in_the_chair().await?;

    // From the sample meeting's summary: the export starts with that meeting's decisions.
    app.wait_text("meeting-title", SAMPLE_MEETING).await?;
    app.click("show-summary").await?;
    app.open("summary-export", "export-dialog").await?;
    app.wait_text("export-count", "3 decisions match").await?;
    // A filter narrows the count; "any" widens it again.
    app.click_css("[data-testid=\"log-filter-status\"] option[value=\"rejected\"]")
        .await?;
    app.wait_text("export-count", "No decision matches").await?;
    app.click_css("[data-testid=\"log-filter-status\"] option[value=\"\"]")
        .await?;
    app.wait_text("export-count", "3 decisions match").await?;
    app.click("export-format-adr").await?;
    app.wait_text("export-save", "Choose folder").await?;
    app.screenshot("export-dialog").await?;

    // The print view shows the same decisions, as text, with the way to print.
    app.open("export-print-view", "print-decision").await?;
    assert_eq!(app.texts("print-decision").await?.len(), 3);
    app.wait_text("print-filter", SAMPLE_MEETING).await?;
    app.screenshot("print-view").await?;
    app.click("print-close").await?;
    app.wait("export-dialog").await?;
    app.quit().await
}
