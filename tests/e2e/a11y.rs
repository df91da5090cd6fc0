//! Usable by everyone in the room: axe-core (the npm package, from `ui/node_modules`), injected
//! into the real window, finds no serious or critical violation on any screen, in light and in
//! dark mode: the meeting, its summary, the library, the import dialog, the Decisions screen,
//! personas, prompt decks, the WOCAS report, people, escalations and the projector. Focus is
//! visible on the keyboard's way through, and comes back where it was when a dialog closes.

use std::path::Path;
use std::time::Duration;

use chair_e2e::{root, App, Result, Scenario};
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use serde_json::Value;

/// Runs axe on the whole page; the serious and critical violations, a line each with up to
/// five of the elements they were found on.
const AUDIT: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ['violations'] }).then(
  (r) => done(r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n      ` + v.nodes.slice(0, 5)
      .map((n) => `${n.target.join(' ')} :: ${(n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 240)}`)
      .join('\n      '))),
  (e) => done([`axe failed: ${e}`]));
"#;

/// Loads axe-core into the page unless it is there.
async fn inject(client: &Client) -> Result {
    let loaded = client
        .execute("return typeof window.axe === 'object';", vec![])
        .await?;
    if loaded == Value::Bool(true) {
        return Ok(());
    }
    let source = std::fs::read_to_string(root().join("ui/node_modules/axe-core/axe.min.js"))
        .map_err(|e| format!("axe-core is not installed in ui/node_modules ({e}); run npm ci"))?;
    client
        .execute(&format!("{source}\nreturn null;"), vec![])
        .await?;
    let loaded = client
        .execute("return typeof window.axe === 'object';", vec![])
        .await?;
    assert_eq!(loaded, Value::Bool(true), "axe-core did not load");
    Ok(())
}

/// The theme the page shows now.
async fn theme(client: &Client) -> Result<String> {
    Ok(client
        .execute(
            "return document.documentElement.dataset.theme || 'light';",
            vec![],
        )
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned())
}

/// Sets the theme as the sidebar's switch does (a dialog covers the switch: then directly).
async fn set_theme(app: &App, wanted: &str, modal: bool) -> Result {
    if theme(app.client()).await? == wanted {
        return Ok(());
    }
    if modal {
        app.set_theme(wanted).await?;
    } else {
        app.click("theme-toggle").await?;
    }
    Ok(())
}

/// Audits what the window shows now, in light and in dark mode (the sidebar's switch, as a
/// user turns it, unless a dialog covers it), leaving it in light; every violation goes into
/// `found`, named by screen.
async fn audit(app: &mut App, screen: &str, found: &mut Vec<String>) -> Result {
    let modal = !app
        .client()
        .find_all(Locator::Css("[aria-modal=\"true\"]"))
        .await?
        .is_empty();
    for wanted in ["light", "dark"] {
        set_theme(app, wanted, modal).await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(theme(app.client()).await?, wanted);
        app.screenshot(&format!("{screen}-{wanted}")).await?;
        audit_page(app.client(), &format!("{screen}, {wanted}"), found).await?;
    }
    set_theme(app, "light", modal).await?;
    Ok(())
}

async fn audit_page(client: &Client, name: &str, found: &mut Vec<String>) -> Result {
    inject(client).await?;
    let violations = client.execute_async(AUDIT, vec![]).await?;
    for v in violations.as_array().into_iter().flatten() {
        found.push(format!("{name}: {}", v.as_str().unwrap_or_default()));
    }
    Ok(())
}

/// What has focus: its test id, or its tag and text.
async fn focused(client: &Client) -> Result<String> {
    Ok(client
        .execute(
            "const e = document.activeElement;
             if (!e || e === document.body) return 'body';
             return e.dataset.testid || `${e.tagName.toLowerCase()} ${e.textContent.trim().slice(0, 40)}`;",
            vec![],
        )
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned())
}

/// Whether the focused element draws a visible focus ring (an outline or a box shadow).
async fn focus_visible(client: &Client) -> Result<bool> {
    Ok(client
        .execute(
            "const e = document.activeElement;
             if (!e || e === document.body) return false;
             const s = getComputedStyle(e);
             const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
             return outline || (s.boxShadow !== 'none' && s.boxShadow !== '');",
            vec![],
        )
        .await?
        == Value::Bool(true))
}

/// Closes the open dialog with Escape and checks focus is back on `opener`.
async fn close_dialog_back_to(app: &App, dialog: &str, opener: &str) -> Result {
    app.keys(&String::from(char::from(Key::Escape))).await?;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !app
        .client()
        .find_all(Locator::Css(&format!("[data-testid=\"{dialog}\"]")))
        .await?
        .is_empty()
    {
        if std::time::Instant::now() > deadline {
            return Err(format!("{dialog} never closed").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        focused(app.client()).await?,
        opener,
        "focus comes back to what opened {dialog}"
    );
    Ok(())
}

fn small_csv(dir: &Path) -> Result<std::path::PathBuf> {
    let file = dir.join("feedback.csv");
    std::fs::write(
        &file,
        "Date,Text,Channel\n2026-11-02,The refund took three weeks to arrive,email\n\
         2026-11-03,I could not find where to change my address,chat\n",
    )?;
    Ok(file)
}

/// A running meeting with a decision on it, audited.
async fn a_meeting_with_a_decision(app: &mut App, found: &mut Vec<String>) -> Result {
    app.new_meeting("Returns review").await?;
    app.record_decision("Refund to the card the customer paid with")
        .await?;
    audit(app, "meeting", found).await?;
    Ok(())
}

/// The meeting's own dialogs (edited, a decision edited), the laptop's other dialogs and the
/// meeting's summary. Each gives focus back to the button that opened it.
async fn the_meetings_dialogs(app: &mut App, found: &mut Vec<String>) -> Result {
    app.open("edit-meeting", "meeting-edit-dialog").await?;
    audit(app, "meeting-edit", found).await?;
    close_dialog_back_to(app, "meeting-edit-dialog", "edit-meeting").await?;
    app.open("edit-decision", "edit-decision-dialog").await?;
    audit(app, "decision-edit", found).await?;
    close_dialog_back_to(app, "edit-decision-dialog", "edit-decision").await?;
    for (opener, dialog) in [
        ("new-meeting", "new-meeting-dialog"),
        ("show-backups", "backups-dialog"),
        ("show-shortcuts", "shortcut-help"),
        ("switch-person", "switch-person-dialog"),
    ] {
        app.open(opener, dialog).await?;
        close_dialog_back_to(app, dialog, opener).await?;
    }
    app.open("show-summary", "meeting-summary").await?;
    audit(app, "summary", found).await?;
    close_dialog_back_to(app, "summary-dialog", "show-summary").await?;
    Ok(())
}

/// The library, the import dialog with a file previewed and mapped, and every other screen.
async fn the_library_and_every_screen(
    app: &mut App,
    dir: &Path,
    found: &mut Vec<String>,
) -> Result {
    app.open("nav-library", "library").await?;
    app.wait_text("library-count", "in this workspace").await?;
    audit(app, "library", found).await?;
    app.pick_import_file(&small_csv(dir)?).await?;
    app.wait("import-mapping").await?;
    audit(app, "import", found).await?;
    close_dialog_back_to(app, "import-dialog", "library-import").await?;
    for (nav, screen, ready) in [
        ("nav-decisions", "decisions", "decisions-view"),
        ("nav-personas", "personas", "personas"),
        ("nav-decks", "decks", "decks"),
        ("nav-report", "report", "report"),
        ("nav-people", "people", "people"),
        ("nav-escalations", "escalations", "escalations-view"),
    ] {
        app.open(nav, ready).await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        audit(app, screen, found).await?;
    }
    Ok(())
}

/// The projector's controls on the laptop, then the projector in its own window, in light and
/// dark (last: it covers the laptop's window on this screen).
async fn the_projector(app: &mut App, found: &mut Vec<String>) -> Result {
    app.click("nav-meetings").await?;
    app.wait_text("meeting-title", "Returns review").await?;
    app.open("open-projector", "projector-state").await?;
    audit(app, "projector-controls", found).await?;
    close_dialog_back_to(app, "projector-dialog", "open-projector").await?;
    let main = app.open_projector().await?;
    app.wait("projector").await?;
    for wanted in ["light", "dark"] {
        app.set_theme(wanted).await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        app.screenshot(&format!("projector-{wanted}")).await?;
        audit_page(app.client(), &format!("projector, {wanted}"), found).await?;
    }
    app.client().switch_to_window(main).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_passes_axe_in_light_and_dark() -> Result {
    let scenario = Scenario::new("a11y")?;
    let mut app = scenario.launch_with_diane_in_the_chair().await?;
    let mut found = Vec::new();

    // The keyboard's way in: Tab reaches a control and shows where it is.
    app.keys(&String::from(char::from(Key::Tab))).await?;
    assert!(
        focus_visible(app.client()).await?,
        "the first Tab shows its focus ({})",
        focused(app.client()).await?
    );
    a_meeting_with_a_decision(&mut app, &mut found).await?;
    the_meetings_dialogs(&mut app, &mut found).await?;
    the_library_and_every_screen(&mut app, &scenario.dir, &mut found).await?;
    the_projector(&mut app, &mut found).await?;
    app.quit().await?;
    assert!(
        found.is_empty(),
        "serious or critical accessibility violations:\n  {}",
        found.join("\n  ")
    );
    Ok(())
}
