//! Customer text is untrusted: an export full of script tags, event handlers, `javascript:`
//! links, SVG and Unicode tricks imports as text, shows as text, and runs nothing. The same
//! payloads typed as a persona, a meeting title, a decision and an ambassador's reaction stay
//! text too.

use chair_e2e::{test_dir, Driver, Result};

/// Each payload sets `window.__xss` if it ever runs.
const PAYLOADS: &[&str] = &[
    "<script>window.__xss = 'script'</script> refund",
    "<img src=x onerror=\"window.__xss='img'\"> refund",
    "<svg onload=\"window.__xss='svg'\"></svg> refund",
    "<a href=\"javascript:window.__xss='link'\">click me</a> refund",
    "<iframe srcdoc=\"<script>parent.__xss='iframe'</script>\"></iframe> refund",
    "<style>body{display:none}</style><div style=\"position:fixed;inset:0\">covered</div> refund",
    "\u{202e}txt.exe\u{202c} <b onmouseover=\"window.__xss='hover'\">bold</b> refund",
    "{{constructor.constructor('window.__xss=1')()}} ${window.__xss=2} refund",
];

#[tokio::test(flavor = "multi_thread")]
async fn hostile_customer_text_stays_text() -> Result {
    let dir = test_dir("hostile");
    let file = dir.join("hostile.jsonl");
    let lines: Vec<String> = PAYLOADS
        .iter()
        .enumerate()
        .map(|(i, p)| {
            serde_json::json!({ "text": p, "date": "2026-05-01", "id": format!("X-{i}") })
                .to_string()
        })
        .collect();
    std::fs::write(&file, lines.join("\n") + "\n")?;

    let driver = Driver::start()?;
    let mut app = driver.launch(&dir.join("workspace.db"), &dir).await?;
    app.wait_text("chair-name", "Diane Okafor").await?;
    app.click("nav-library").await?;
    app.click("library-import").await?;
    app.type_into("import-path", &file.display().to_string())
        .await?;
    app.click("import-preview").await?;
    app.click("import-check").await?;
    app.wait_text("import-summary", "8").await?;
    app.click("import-run").await?;
    app.wait_text("import-done", "8 anecdotes imported").await?;
    app.click("import-view-library").await?;

    app.type_into("library-search", "refund").await?;
    let shown = app
        .wait_text("library", "<script>window.__xss = 'script'</script>")
        .await?;
    for p in [
        "<img src=x onerror=",
        "<svg onload=",
        "javascript:window.__xss",
        "<iframe srcdoc=",
    ] {
        assert!(shown.contains(p), "{p} is shown as text");
    }
    // The same text as a decision, in the meeting screen and its anecdote panel.
    app.click("nav-meetings").await?;
    app.click("new-meeting").await?;
    app.type_into(
        "new-meeting-title",
        "<img src=x onerror=\"window.__xss='title'\">",
    )
    .await?;
    app.click("create-meeting").await?;
    app.wait_text("meeting-title", "<img src=x onerror=")
        .await?;
    app.type_into(
        "decision-statement",
        "<script>window.__xss='decision'</script> refund",
    )
    .await?;
    app.wait_text("anecdote-panel", "<svg onload=").await?;
    app.click("record-decision").await?;
    app.wait_text("decision-log", "<script>window.__xss='decision'</script>")
        .await?;
    app.screenshot("hostile-text-as-text").await?;

    // An ambassador's reaction to that decision, written by someone picked at "Who are you?".
    let first = "[data-testid=\"decision-log\"] [data-testid=\"decision\"]:first-child";
    app.click_css(&format!("{first} [data-testid=\"annotate\"]"))
        .await?;
    app.wait_css(&format!("{first} [data-testid=\"who-are-you\"]"))
        .await?;
    app.client()
        .find(fantoccini::Locator::XPath(
            "//button[@data-testid='person-choice'][contains(., 'Sam Whitaker')]",
        ))
        .await?
        .click()
        .await?;
    app.wait_text("current-person", "Sam Whitaker").await?;
    app.wait_css(&format!("{first} [data-testid=\"annotation-form\"]"))
        .await?;
    app.click_css(&format!("{first} label.pill--stance-opposes"))
        .await?;
    app.wait_css(&format!("{first} [data-testid=\"annotation-comment\"]"))
        .await?
        .send_keys(PAYLOADS[4])
        .await?;
    app.click_css(&format!("{first} [data-testid=\"annotation-save\"]"))
        .await?;
    app.wait_text("decision-log", "<iframe srcdoc=").await?;

    // A persona whose name and quote are payloads.
    app.click("nav-personas").await?;
    app.click("persona-new").await?;
    app.type_into("persona-name", PAYLOADS[2]).await?;
    app.type_into("persona-quote", PAYLOADS[1]).await?;
    app.click("persona-save").await?;
    let mut names = Vec::new();
    for _ in 0..100 {
        names = app.texts("persona-card-name").await?;
        if names.iter().any(|n| n == PAYLOADS[2]) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        names.iter().any(|n| n == PAYLOADS[2]),
        "the persona's name shows as typed: {names:?}"
    );
    app.screenshot("hostile-persona").await?;

    let client = app.client();
    let ran = client
        .execute(
            "return window.__xss === undefined ? null : String(window.__xss)",
            vec![],
        )
        .await?;
    assert_eq!(ran, serde_json::Value::Null, "a payload ran");
    let injected = client
        .execute(
            "return document.querySelectorAll('script:not([src]), iframe, svg[onload], img[onerror], a[href^=\"javascript\"]').length",
            vec![],
        )
        .await?;
    assert_eq!(
        injected,
        serde_json::json!(0),
        "customer text became elements"
    );
    // The page cannot reach Tauri's internals through a global either.
    let global = client
        .execute("return typeof window.__TAURI__", vec![])
        .await?;
    assert_eq!(global, serde_json::json!("undefined"));
    app.quit().await
}
