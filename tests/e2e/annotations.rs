//! A customer ambassador reacts to a decision as the customer would: on the sample workspace a
//! new ambassador is added, the facilitator hands them the keyboard, they react to a decision
//! of the sample meeting (stance, feeling, comment, a flag) and can change their reaction; the
//! facilitator puts the reactions on the projector, takes the keyboard back and can no longer
//! change it; after a restart the reaction and who is at the keyboard are still there.

use chair_e2e::{chord, App, Result, Scenario, SAMPLE_MEETING};
use fantoccini::key::Key;
use fantoccini::Locator;

/// The first decision of the log (not the summary above it): its thread and its parts.
const FIRST: &str = "[data-testid=\"decision-log\"] [data-testid=\"decision\"]:first-child";

fn in_first(test_id: &str) -> String {
    format!("{FIRST} [data-testid=\"{test_id}\"]")
}

async fn count(app: &App, css: &str) -> Result<usize> {
    Ok(app.client().find_all(Locator::Css(css)).await?.len())
}

/// The first thread's text, once it contains `expected`.
async fn wait_thread(app: &App, expected: &str) -> Result<String> {
    for _ in 0..200 {
        if let Ok(el) = app
            .client()
            .find(Locator::Css(&in_first("annotation-thread")))
            .await
        {
            let text = el.text().await.unwrap_or_default();
            if text.contains(expected) {
                return Ok(text);
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err(format!("the first decision's thread never showed {expected:?}").into())
}

/// Brings the first decision's thread into view for a screenshot, scrolling only the column
/// it is in (`scrollIntoView` would also shift the window's fixed layout).
async fn show_thread(app: &App) -> Result {
    let js = format!(
        "const el = document.querySelector('{}');
         let box = el.parentElement;
         while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
         if (box) box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - 40;",
        in_first("annotation-thread").replace('\'', "\\'")
    );
    app.client().execute(&js, vec![]).await?;
    // Only so the picture shows the scrolled page; nothing is asserted on time.
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    Ok(())
}

/// Hands the keyboard to `name` in the switch dialog, already open.
async fn pick(app: &App, name: &str) -> Result {
    app.wait("switch-person-dialog").await?;
    app.click_xpath(&format!(
        "//button[@data-testid='person-choice'][contains(., '{name}')]"
    ))
    .await?;
    app.wait_text("current-person", name).await?;
    Ok(())
}

/// Reacting with nobody at the keyboard asks "Who are you?" in place, rather than failing.
async fn nobody_at_the_keyboard_is_asked_who(app: &mut App) -> Result {
    app.click_css(&in_first("annotate")).await?;
    app.wait_css(&in_first("who-are-you")).await?;
    let names = app.texts("person-choice").await?;
    assert!(
        names.iter().any(|n| n.contains("Sam Whitaker")),
        "{names:?}"
    );
    show_thread(app).await?;
    app.screenshot("who-are-you").await?;
    app.click_css(&in_first("who-are-you-cancel")).await?;
    app.wait_css(&in_first("annotate")).await?;
    Ok(())
}

/// The facilitator adds the ambassador on the people view, and hands over the keyboard in one
/// step.
async fn an_ambassador_is_added_and_takes_the_keyboard(app: &mut App) -> Result {
    app.open("nav-people", "people").await?;
    app.type_into("add-person-name", "Jordan Lee").await?;
    app.choose("add-person-role", "ambassador").await?;
    app.click("add-person-submit").await?;
    app.wait_text("people-list", "Jordan Lee").await?;
    app.screenshot("people").await?;

    app.click("switch-person").await?;
    pick(app, "Jordan Lee").await?;
    app.click("nav-meetings").await?;
    app.wait_text("meeting-title", SAMPLE_MEETING).await?;
    Ok(())
}

/// Jordan reacts to the first decision as the customer would; Ctrl+Enter saves it, and only
/// Jordan's own reaction has edit controls.
async fn the_ambassador_reacts(app: &mut App) -> Result {
    app.click_css(&in_first("annotate")).await?;
    app.wait_css(&in_first("annotation-form")).await?;
    app.click_css(&format!("{FIRST} label.pill--stance-opposes"))
        .await?;
    app.click_xpath("//input[@data-testid='feeling-2']/..")
        .await?;
    app.click_css(&in_first("flag-would_leave")).await?;
    let comment = app.wait_css(&in_first("annotation-comment")).await?;
    comment.click().await?;
    comment
        .send_keys("I would <b>leave</b> before paying for another label.")
        .await?;
    show_thread(app).await?;
    app.screenshot("reaction-typed").await?;
    // Ctrl+Enter saves the reaction (and records no decision).
    app.keys(&chord(Key::Control, Key::Enter)).await?;
    let thread = wait_thread(app, "Jordan Lee").await?;
    assert!(thread.contains("Opposes"), "{thread}");
    assert!(thread.contains("2/5 · Unhappy"), "{thread}");
    assert!(thread.contains("Would leave"), "{thread}");
    assert!(
        thread.contains("I would <b>leave</b> before paying for another label."),
        "customer text stays text: {thread}"
    );
    assert_eq!(count(app, &in_first("annotation")).await?, 2);
    // Only Jordan's own reaction has edit controls.
    assert_eq!(count(app, "[data-testid=\"annotation-edit\"]").await?, 1);
    assert_eq!(count(app, "[data-testid=\"annotation-delete\"]").await?, 1);
    show_thread(app).await?;
    app.screenshot("thread").await?;
    Ok(())
}

/// The facilitator shows the reactions of the decision `statement` on the projector.
async fn the_projector_shows_the_reactions(app: &mut App, statement: &str) -> Result {
    app.click_css(&in_first("reactions-on-projector")).await?;
    let main = app.open_projector().await?;
    app.wait_text("projector-decision", statement).await?;
    app.wait_text("projector-reactions", "Jordan Lee").await?;
    let reactions = app.texts("projector-reaction").await?;
    assert_eq!(reactions.len(), 2, "{reactions:?}");
    app.screenshot("projector-reactions").await?;
    app.client().switch_to_window(main).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn an_ambassador_reacts_and_only_they_can_change_it() -> Result {
    let scenario = Scenario::new("annotations")?;
    let mut app = scenario.launch().await?;
    app.wait_text("meeting-title", SAMPLE_MEETING).await?;
    // Nobody has been chosen on this laptop yet: the sample's reactions cannot be changed.
    app.wait_text("current-person", "Nobody chosen").await?;
    wait_thread(&app, "Sam Whitaker").await?;
    assert_eq!(count(&app, "[data-testid=\"annotation-edit\"]").await?, 0);
    let statement = app.texts("decision-statement-text").await?[0].clone();
    nobody_at_the_keyboard_is_asked_who(&mut app).await?;
    an_ambassador_is_added_and_takes_the_keyboard(&mut app).await?;
    the_ambassador_reacts(&mut app).await?;

    // The author edits it: it is marked as edited.
    app.click_css(&in_first("annotation-edit")).await?;
    app.click_css(&format!("{FIRST} label.pill--stance-concerned"))
        .await?;
    app.click_css(&in_first("annotation-save")).await?;
    wait_thread(&app, "edited").await?;
    assert!(wait_thread(&app, "Concerned").await?.contains("Jordan Lee"));
    the_projector_shows_the_reactions(&mut app, &statement).await?;

    // The facilitator takes the keyboard back (Alt+S): Jordan's reaction is no longer editable.
    app.click("meeting-title").await.ok(); // focus the page, not a field
    app.keys(&chord(Key::Alt, 's')).await?;
    pick(&app, "Priya Nair").await?;
    wait_thread(&app, "Jordan Lee").await?;
    assert_eq!(count(&app, "[data-testid=\"annotation-edit\"]").await?, 0);
    assert_eq!(count(&app, "[data-testid=\"annotation-delete\"]").await?, 0);
    show_thread(&app).await?;
    app.screenshot("facilitator-sees-no-edit").await?;
    app.quit().await?;

    // After a restart the reaction is there, and so is who was at the keyboard.
    let mut app = scenario.launch().await?;
    app.wait_text("meeting-title", SAMPLE_MEETING).await?;
    app.wait_text("current-person", "Priya Nair").await?;
    let thread = wait_thread(&app, "Jordan Lee").await?;
    assert!(thread.contains("Concerned"), "{thread}");
    assert!(thread.contains("edited"), "{thread}");
    assert_eq!(count(&app, "[data-testid=\"annotation-edit\"]").await?, 0);
    show_thread(&app).await?;
    app.screenshot("after-restart").await?;
    app.quit().await
}
