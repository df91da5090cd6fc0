//! A decision superseded from last week, found again on the Decisions screen and followed up.

use std::path::Path;

use chair_e2e::SAMPLE_MEETING;

use super::*;

/// Last week's decision is superseded by today's, picked by searching every meeting.
async fn last_weeks_decision_is_superseded(app: &mut App) -> Result {
    click_text(app, "meeting-item", SAMPLE_MEETING).await?;
    app.wait_text("meeting-title", SAMPLE_MEETING).await?;
    app.screenshot("last-week").await?;
    app.choose("decision-status-select", "superseded").await?;
    app.type_into("superseded-search", "store credit").await?;
    click_text(app, "superseded-option", GIFT_DECISION).await?;
    app.screenshot("supersede-picker").await?;
    app.click("apply-superseded").await?;
    app.wait_text("decision-replaced-by", GIFT_DECISION).await?;
    Ok(())
}

/// The Decisions screen finds it by a word form of its rationale ("mistakes"), in both themes.
async fn the_decisions_screen_finds_it(app: &mut App) -> Result {
    app.open("nav-decisions", "decisions-view").await?;
    app.type_into("decisions-search", "mistake paying").await?;
    app.wait_text("decisions-count", "1 decision").await?;
    let found = app
        .wait_text("decisions-item", "Stop charging return freight")
        .await?;
    assert!(found.contains("Replaced by"), "{found}");
    app.click("decisions-open").await?;
    app.wait_text("decisions-body", "Sam Whitaker").await?;
    app.screenshots_light_and_dark("decisions-light", "decisions-dark")
        .await?;
    Ok(())
}

/// The meeting's action item is in the Markdown and JSON exports, and the CSV and the printable
/// page carry the meeting's own action items too.
fn the_action_item_is_in_every_export(db: &Path, dir: &Path) -> Result {
    let md = dir.join("log.md");
    let json = dir.join("log.json");
    cli(
        db,
        &[
            "export",
            "--format",
            "markdown",
            "--out",
            md.to_str().unwrap(),
        ],
    )?;
    cli(
        db,
        &[
            "export",
            "--format",
            "json",
            "--out",
            json.to_str().unwrap(),
        ],
    )?;
    let md = std::fs::read_to_string(md)?;
    assert!(
        md.contains("- [ ] Draft the help page on gift credit"),
        "{md}"
    );
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(json)?)?;
    let items = json["actionItems"].as_array().ok_or("no actionItems")?;
    assert!(items
        .iter()
        .any(|i| i["what"] == "Draft the help page on gift credit"));
    // The CSV and the printable page carry the meeting's own action items too.
    let csv = dir.join("log.csv");
    let html = dir.join("log.html");
    for (format, out) in [("csv", &csv), ("html", &html)] {
        cli(
            db,
            &["export", "--format", format, "--out", out.to_str().unwrap()],
        )?;
    }
    let csv = std::fs::read_to_string(csv)?;
    assert!(
        csv.contains("[ ] Draft the help page on gift credit"),
        "{csv}"
    );
    let html = std::fs::read_to_string(html)?;
    assert!(
        html.contains("<p><strong>Action items on the meeting</strong></p>"),
        "{html}"
    );
    assert!(
        html.contains("\u{2610} Draft the help page on gift credit"),
        "{html}"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_decision_is_superseded_from_last_week_found_again_and_followed_up() -> Result {
    let scenario = Scenario::new("week-follow-up")?;
    let mut app = scenario.launch_with_diane_in_the_chair().await?;

    // Today's meeting: a decision, and an action item on the meeting.
    gift_returns_decided(&app).await?;
    app.type_into("action-item-input", "Draft the help page on gift credit")
        .await?;
    app.click("add-action-item").await?;
    app.wait_text("action-items", "Draft the help page on gift credit")
        .await?;
    app.screenshot("action-item").await?;
    last_weeks_decision_is_superseded(&mut app).await?;
    the_decisions_screen_finds_it(&mut app).await?;

    // The next meeting with the same persona in the chair shows the open action item.
    app.new_meeting("Gift returns, week two").await?;
    app.wait_text("follow-ups", "Draft the help page on gift credit")
        .await?;
    app.screenshot("follow-ups").await?;
    the_action_item_is_in_every_export(&scenario.db, &scenario.dir)?;
    app.quit().await
}
