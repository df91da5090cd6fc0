//! The chair speaks up and the facilitator quiets it, with the projector run from the laptop.
//! A meeting has run three minutes without the customer (nudge after one): the nudge is on the
//! laptop and on the projector. The projector, on this machine's single display, opens as a
//! window beside the main one and the controls say so; it goes full screen and back from the
//! laptop. Snoozed for five minutes, the nudge leaves both windows; "Let it speak now" brings it
//! back. Dismissed, it goes until the room is quiet again. An ambassador's reaction to a
//! decision brings the customer in: the nudge goes without any dismissal. The projector closes
//! from the laptop.

use chair_core::model::{NewDecision, NewMeeting};
use chair_core::Db;
use chair_e2e::{chord, test_dir, App, Driver, Result, Scenario};
use fantoccini::key::Key;
use fantoccini::wd::WindowHandle;
use fantoccini::Locator;
use std::path::Path;
use std::time::{Duration, Instant};

const DECISION: &str = "Keep guest checkout for first orders";

/// The sample workspace with a meeting started three minutes ago, nudging after one minute,
/// with one decision; Sam Whitaker, an ambassador, at the keyboard.
fn quiet_meeting(path: &Path) -> Result {
    let mut db = Db::open(path)?;
    db.load_sample()?;
    let sam = db
        .list_people(false)?
        .into_iter()
        .find(|p| p.name == "Sam Whitaker")
        .ok_or("no ambassador in the sample")?;
    db.set_current_person(Some(&sam.id))?;
    let persona = db
        .list_personas(false)?
        .into_iter()
        .next()
        .ok_or("no persona")?;
    let meeting = db.create_meeting(&NewMeeting {
        title: "Checkout review".into(),
        persona_ids: Some(vec![persona.id]),
        nudge_minutes: Some(1),
        planned: Some(true),
        ..Default::default()
    })?;
    db.record_decision(&NewDecision {
        meeting_id: meeting.id.clone(),
        statement: DECISION.into(),
        ..Default::default()
    })?;
    db.start_meeting(
        &meeting.id,
        chrono::Utc::now() - chrono::Duration::minutes(3),
    )?;
    Ok(())
}

async fn present(app: &App, test_id: &str) -> Result<bool> {
    let css = format!("[data-testid=\"{test_id}\"]");
    Ok(!app.client().find_all(Locator::Css(&css)).await?.is_empty())
}

/// Waits until `test_id` is gone from the window on show.
async fn gone(app: &App, test_id: &str) -> Result {
    let deadline = Instant::now() + Duration::from_secs(10);
    while present(app, test_id).await? {
        if Instant::now() > deadline {
            return Err(format!("{test_id} never went away").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

/// Runs `check` in the projector's window, then comes back to the main one.
async fn on_projector(
    app: &App,
    projector: &WindowHandle,
    main: &WindowHandle,
    test_id: &str,
    shown: bool,
) -> Result {
    app.client().switch_to_window(projector.clone()).await?;
    let outcome = if shown {
        app.wait(test_id).await.map(|_| ())
    } else {
        gone(app, test_id).await
    };
    app.client().switch_to_window(main.clone()).await?;
    outcome
}

/// One display here: the controls say the projector will be a window beside this one; it
/// opens, goes full screen and back, and shows the nudge inside the screen. Answers its
/// window.
async fn the_projector_opens_beside(app: &mut App, main: &WindowHandle) -> Result<WindowHandle> {
    app.click("open-projector").await?;
    app.wait_text("projector-single", "Only one display is connected")
        .await?;
    app.wait_text("projector-state", "not open").await?;
    app.screenshot("controls-one-display").await?;
    app.click("projector-show").await?;
    app.wait_text("projector-state", "open as a window").await?;
    let projector = projector_window(app, main).await?;
    // Full screen and back, from the laptop.
    app.click("projector-fullscreen").await?;
    app.wait_text("projector-state", "full screen").await?;
    app.wait_text("projector-fullscreen", "Leave full screen")
        .await?;
    app.click("projector-fullscreen").await?;
    app.wait_text("projector-state", "open as a window").await?;
    app.screenshot("controls-open").await?;
    app.click("projector-done").await?;
    gone(app, "projector-dialog").await?;

    app.client().switch_to_window(projector.clone()).await?;
    app.wait_text("projector-nudge", "What would").await?;
    let (x, y, width, height) = app.client().get_window_rect().await?;
    assert!(width >= 480 && height >= 480, "{width}×{height}");
    assert!(
        x + width <= 1280 && y + height <= 1024,
        "inside the screen: {x},{y} {width}×{height}"
    );
    app.screenshot("projector-nudge").await?;
    app.client().switch_to_window(main.clone()).await?;
    Ok(projector)
}

/// Snoozed: off the laptop and the projector, with the time it comes back; then back now.
/// Dismissed: gone from both for this silence.
async fn snoozed_and_dismissed(
    app: &mut App,
    projector: &WindowHandle,
    main: &WindowHandle,
) -> Result {
    app.click("nudge-snooze-5").await?;
    gone(app, "nudge").await?;
    app.wait_text("nudge-snoozed", "quiet until").await?;
    on_projector(app, projector, main, "projector-nudge", false).await?;
    app.screenshot("snoozed").await?;
    app.click("nudge-resume").await?;
    app.wait_text("nudge", "What would").await?;
    on_projector(app, projector, main, "projector-nudge", true).await?;

    // Dismissed: gone from both for this silence.
    app.click("nudge-dismiss").await?;
    gone(app, "nudge").await?;
    on_projector(app, projector, main, "projector-nudge", false).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_nudge_is_snoozed_dismissed_and_quieted_by_an_ambassador_with_the_projector_beside(
) -> Result {
    let scenario = Scenario::new("chair")?;
    quiet_meeting(&scenario.db)?;
    let mut app = scenario.launch().await?;
    app.wait_text("meeting-title", "Checkout review").await?;
    app.wait_text("nudge", "What would").await?;
    let main = app.client().window().await?;
    let projector = the_projector_opens_beside(&mut app, &main).await?;
    snoozed_and_dismissed(&mut app, &projector, &main).await?;

    // Leaving the meeting and coming back keeps it dismissed.
    app.open("nav-library", "library").await?;
    app.click("nav-meetings").await?;
    app.wait_text("meeting-title", "Checkout review").await?;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(
        !present(&app, "nudge").await?,
        "a dismissed nudge stays away"
    );

    // The app restarts (the dismissal is not kept): the nudge is back, and Sam reacts to the
    // decision as the customer would. That brings the customer in: the nudge goes by itself.
    app.quit().await?;
    let mut app = scenario.launch().await?;
    app.wait_text("nudge", "What would").await?;
    let first = "[data-testid=\"decision-log\"] [data-testid=\"decision\"]:first-child";
    app.click_css(&format!("{first} [data-testid=\"annotate\"]"))
        .await?;
    app.wait_css(&format!("{first} [data-testid=\"annotation-form\"]"))
        .await?;
    app.click_css(&format!("{first} label.pill--stance-concerned"))
        .await?;
    app.keys(&chord(Key::Control, Key::Enter)).await?;
    app.wait_text("decision-log", "Sam Whitaker").await?;
    gone(&app, "nudge").await?;
    app.screenshot("reacted").await?;

    // The projector closes from the laptop.
    let main = app.open_projector().await?;
    app.client().switch_to_window(main.clone()).await?;
    app.click("open-projector").await?;
    app.click("projector-close").await?;
    app.wait_text("projector-state", "not open").await?;
    let deadline = Instant::now() + Duration::from_secs(10);
    while app.client().windows().await?.len() > 1 {
        if Instant::now() > deadline {
            return Err("the projector window stayed open".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.click("projector-done").await?;
    app.quit().await
}

/// The window that is not `main`, once it exists.
async fn projector_window(app: &App, main: &WindowHandle) -> Result<WindowHandle> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let windows = app.client().windows().await?;
        if let Some(w) = windows.into_iter().find(|w| w != main) {
            return Ok(w);
        }
        if Instant::now() > deadline {
            return Err("no projector window".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The projector's window rectangle, from its own window; comes back to `main`.
async fn projector_rect(app: &App, main: &WindowHandle) -> Result<(u64, u64, u64, u64)> {
    let projector = projector_window(app, main).await?;
    app.client().switch_to_window(projector).await?;
    let rect = app.client().get_window_rect().await;
    app.client().switch_to_window(main.clone()).await?;
    Ok(rect?)
}

/// Waits until the projector's window is on the display starting at `left` (1024 wide).
async fn projector_on(app: &App, main: &WindowHandle, left: u64) -> Result {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (x, _, width, _) = projector_rect(app, main).await?;
        let centre = x + width / 2;
        if centre >= left && centre < left + 1024 {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!(
                "the projector stayed at x={x} ({width} wide), not on the display at {left}"
            )
            .into());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_projector_opens_on_the_display_picked_moves_and_is_remembered() -> Result {
    let dir = test_dir("projector-displays");
    let screens = chair_e2e::Displays::start(&dir, 2)?;
    let db = dir.join("workspace.db");
    let driver = Driver::start_on(Some(&screens.display))?;
    let mut app = driver.launch(&db, &dir).await?;
    app.wait("chair-name").await?;
    let main = app.client().window().await?;

    // Two displays, this window on the first: the other one is offered.
    app.click("open-projector").await?;
    app.wait_text("projector-state", "not open").await?;
    let listed = app.texts("projector-display").await?;
    let seen = app
        .invoke("projector_screens", serde_json::json!({}))
        .await?;
    assert_eq!(listed.len(), 2, "{listed:?}; the app sees {seen}");
    assert!(
        listed[0].contains("DUMMY0") && listed[0].contains("this window"),
        "{listed:?}"
    );
    assert!(
        listed[1].contains("DUMMY1") && !listed[1].contains("this window"),
        "{listed:?}"
    );
    app.wait_text("projector-show", "Open on DUMMY1").await?;
    app.screenshot("controls-two-displays").await?;
    app.click("projector-show").await?;
    app.wait_text("projector-state", "on DUMMY1").await?;
    projector_on(&app, &main, 1024).await?;

    // Moved to the laptop's own display, from the laptop.
    app.click_css("[data-testid=\"projector-display\"] input[value=\"DUMMY0\"]")
        .await?;
    app.wait_text("projector-show", "Move to DUMMY0").await?;
    app.click("projector-show").await?;
    app.wait_text("projector-state", "on DUMMY0").await?;
    projector_on(&app, &main, 0).await?;
    // And back, where the room looks.
    app.click_css("[data-testid=\"projector-display\"] input[value=\"DUMMY1\"]")
        .await?;
    app.click("projector-show").await?;
    app.wait_text("projector-state", "on DUMMY1").await?;
    projector_on(&app, &main, 1024).await?;
    app.screenshot("controls-moved").await?;
    app.click("projector-done").await?;

    // Next time (the app started again), the display is remembered: the palette's "Open the
    // projector" goes straight there, and the controls offer it first.
    app.quit().await?;
    let app = driver.launch(&db, &dir).await?;
    app.wait("chair-name").await?;
    let main = app.client().window().await?;
    app.click("open-projector").await?;
    app.wait_text("projector-show", "Open on DUMMY1").await?;
    app.click("projector-done").await?;
    app.from_the_palette("open the projector").await?;
    projector_on(&app, &main, 1024).await?;
    app.quit().await?;
    drop(driver);
    drop(screens);
    Ok(())
}
