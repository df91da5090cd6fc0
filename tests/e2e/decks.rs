//! A team writes its own prompt deck and the next meeting asks its questions. (Reordering is
//! covered by the UI tests.)

use chair_e2e::{Result, Scenario};
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread")]
async fn a_custom_deck_is_written_and_used() -> Result {
    let scenario = Scenario::new("decks")?;
    let mut app = scenario.launch_with_diane_in_the_chair().await?;

    app.click("nav-decks").await?;
    app.wait_css("[data-testid=deck]").await?;
    let all = app.texts("deck").await?.join("\n");
    assert!(all.contains("The five customer questions"), "{all}");

    app.open("deck-new", "deck-editor").await?;
    app.type_into("deck-name", "Returns review").await?;
    for (i, q) in [
        "Who returned it?",
        "Why did it come back?",
        "What would have kept it?",
    ]
    .iter()
    .enumerate()
    {
        if i > 0 {
            app.click("deck-prompt-add").await?;
        }
        let fields = app
            .client()
            .find_all(Locator::Css("[data-testid=deck-prompt-text]"))
            .await?;
        let field = fields.last().ok_or("a question field")?;
        field.click().await?;
        field.send_keys(q).await?;
    }
    app.screenshot("deck-editor").await?;
    app.click("deck-save").await?;
    app.wait_text("decks", "Returns review").await.ok();
    let all = app.texts("deck").await?.join("\n");
    assert!(all.contains("Returns review"), "{all}");

    // A new meeting with that deck asks the reordered first question.
    app.click("nav-meetings").await?;
    app.type_new_meeting("Why things come back").await?;
    let deck = app.wait("new-meeting-deck").await?;
    let options = deck.find_all(Locator::Css("option")).await?;
    let mut chosen = false;
    for o in options {
        if o.text().await?.contains("Returns review") {
            o.click().await?;
            chosen = true;
        }
    }
    assert!(chosen, "the new deck is offered for the meeting");
    app.create_meeting("Why things come back").await?;
    app.wait_text("prompt-text", "Who returned it?").await?;
    app.screenshot("meeting-with-custom-deck").await?;
    app.quit().await
}
