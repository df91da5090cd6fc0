//! A facilitator's real week (issue 13): a running meeting is changed after "Create" (renamed,
//! an agenda item and a latecomer added, the one-way-door questions added mid-meeting, the
//! nudge turned off), a decision is deleted and brought back with Undo, and a whole meeting is
//! deleted, its decisions with it, and brought back with Undo. A recorded decision is corrected
//! (door, evidence, status through the gate), followed up, and its PR/FAQ draft saved as a
//! Markdown file and kept with it.

mod changed;
mod corrected;
mod superseded;

use chair_e2e::{App, Result, Scenario};
use fantoccini::key::Key;
use fantoccini::Locator;

/// The last element with `test_id` (a row just added).
async fn last(app: &App, test_id: &str) -> Result<fantoccini::elements::Element> {
    let all = app
        .client()
        .find_all(Locator::Css(&format!("[data-testid={test_id}]")))
        .await?;
    Ok(all.into_iter().last().ok_or(format!("no {test_id}"))?)
}

/// The decision recorded at the start of each of the week's scenarios.
const GIFT_DECISION: &str = "Refund gift returns as store credit";

/// Starts the meeting "Gift returns" and records `GIFT_DECISION` in it.
async fn gift_returns_decided(app: &App) -> Result {
    app.new_meeting("Gift returns").await?;
    app.record_decision(GIFT_DECISION).await
}

/// Clicks the element `test_id` whose text contains `text` (waiting for it to appear).
async fn click_text(app: &App, test_id: &str, text: &str) -> Result {
    for _ in 0..100 {
        for el in app
            .client()
            .find_all(Locator::Css(&format!("[data-testid={test_id}]")))
            .await?
        {
            // textContent: the item may be scrolled out of its list's view.
            let content = el.prop("textContent").await?.unwrap_or_default();
            if content.contains(text) {
                // Scrolled into view and clicked from the page: the list may be clipped.
                app.client()
                    .execute(
                        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click(); \
                         return null;",
                        vec![serde_json::to_value(&el)?],
                    )
                    .await?;
                return Ok(());
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err(format!("no {test_id} showing {text:?}").into())
}

/// Runs the app's command line on the workspace (it reads while the app has it open).
fn cli(db: &std::path::Path, args: &[&str]) -> Result<String> {
    let out = std::process::Command::new(chair_e2e::app_binary())
        .arg("--db")
        .arg(db)
        .args(args)
        .output()?;
    if !out.status.success() {
        return Err(format!("{args:?}: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The value of the form field `test_id` once it starts with `prefix` (a text that loads).
async fn value_starting(app: &App, test_id: &str, prefix: &str) -> Result<String> {
    for _ in 0..100 {
        if let Ok(el) = app
            .client()
            .find(Locator::Css(&format!("[data-testid={test_id}]")))
            .await
        {
            let value = el.prop("value").await?.unwrap_or_default();
            if value.starts_with(prefix) {
                return Ok(value);
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err(format!("{test_id} never started with {prefix:?}").into())
}
