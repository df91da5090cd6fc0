//! The scenario, step by step: each step is what a person in the room does and what the others
//! then see; the test runs them in order on one app and the same browsers.

use super::*;

/// The room's link as the app shows it, the server's origin (`http://127.0.0.1:port`) and
/// address.
struct Link {
    url: String,
    origin: String,
    addr: SocketAddr,
}

/// A new meeting (from the palette), running, with one decision; answers the meeting's id and
/// the decision's.
async fn running_meeting_with_a_decision(app: &App) -> Result<(String, String)> {
    app.new_meeting_from_the_palette("Room check").await?;
    let meetings = app.invoke("list_meetings", json!({})).await?;
    let meeting = meetings
        .as_array()
        .into_iter()
        .flatten()
        .find(|m| m["title"] == "Room check")
        .ok_or("the new meeting is listed")?;
    let meeting_id = meeting["id"].as_str().ok_or("meeting id")?.to_owned();
    if meeting["status"] == "planned" {
        app.click("start-meeting").await?;
    }
    let first = app
        .invoke("record_decision", json!({ "input": { "meetingId": meeting_id, "statement": "Refunds within 24 hours; mail help@example.com" } }))
        .await?;
    let first_id = first["id"].as_str().ok_or("decision id")?.to_owned();
    Ok((meeting_id, first_id))
}

/// Invite the room, on loopback: the panel shows the link and its QR code.
async fn invite_the_room(app: &mut App) -> Result<Link> {
    app.open("invite-room", "room-panel").await?;
    app.wait_value("room-address", "127.0.0.1").await?;
    app.click("room-open").await?;
    let url = app.wait_text("room-url", "http://127.0.0.1:").await?;
    let url = url.trim().to_owned();
    app.wait("room-qr").await?;
    app.screenshot("room-panel-open").await?;
    let origin = url
        .split_once("/#")
        .map(|(o, _)| o.to_owned())
        .ok_or("a link with a fragment")?;
    let addr: SocketAddr = origin.trim_start_matches("http://").parse()?;
    assert!(addr.ip().is_loopback());
    Ok(Link { url, origin, addr })
}

/// An ambassador with a hostile name and a participant join and wait; the facilitator admits
/// both (the hostile name is text in the panel), puts the code on the projector and closes the
/// panel (Escape). Answers the two browsers and the ambassador's name.
async fn two_join_and_are_admitted(
    app: &mut App,
    chrome: &ChromeDriver,
    link: &Link,
    dir: &Path,
) -> Result<(Client, Client, String)> {
    let ambassador = chrome.phone().await?;
    let participant = chrome.phone().await?;
    let name = hostile()
        .into_iter()
        .find(|(id, _)| id == "img-onerror")
        .map(|(_, t)| t)
        .ok_or("corpus entry")?;
    join(&ambassador, &link.url, &name, "ambassador").await?;
    join(&participant, &link.url, "Cy Participant", "participant").await?;
    page_shows(&participant, "Waiting for the facilitator").await?;
    browser_shot(&participant, dir, "waiting").await?;

    admit_all(app, 2).await?;
    let names = app.texts("room-device-name").await?;
    assert!(names.iter().any(|n| n == name.trim()), "{names:?}");
    app.screenshot("room-panel-admitted").await?;
    nothing_ran(app.client(), "app").await?;
    app.click("room-on-projector").await?;
    app.wait_text("room-on-projector", "off the projector")
        .await?;
    app.keys(&String::from(char::from(Key::Escape))).await?;
    wait_gone(app, "room-panel").await?;
    Ok((ambassador, participant, name))
}

/// The participant sees the meeting, masked, and a decision recorded now, with no reload;
/// answers that decision's id.
async fn decisions_arrive_masked_and_live(
    app: &App,
    participant: &Client,
    meeting_id: &str,
) -> Result<String> {
    let text = page_shows(participant, "Refunds within 24 hours").await?;
    assert!(
        text.contains("[email]") && !text.contains("help@example.com"),
        "{text}"
    );
    participant.execute("window.__loaded = 1", vec![]).await?;
    let second = app
        .invoke(
            "record_decision",
            json!({ "input": { "meetingId": meeting_id, "statement": "Free return labels" } }),
        )
        .await?;
    let second_id = second["id"].as_str().ok_or("decision id")?.to_owned();
    page_shows(participant, "Free return labels").await?;
    let same_page = participant
        .execute("return window.__loaded === 1", vec![])
        .await?;
    assert_eq!(same_page, json!(true), "the page was reloaded");
    Ok(second_id)
}

/// The ambassador reacts, with hostile text: the app shows it under the decision, with the
/// ambassador's name; the other browser shows it as text. The reaction brought the customer
/// in: the meeting is stamped at its time (the nudge's silence starts again).
async fn the_ambassador_reacts(
    app: &App,
    (ambassador, participant): (&Client, &Client),
    name: &str,
    meeting_id: &str,
    decision_id: &str,
) -> Result {
    let comment: String = hostile()
        .iter()
        // What a keyboard can type: no tab (it moves the focus), no other control character.
        .filter(|(id, t)| id != "long-line" && !t.chars().any(|c| c.is_control() && c != '\n'))
        .map(|(_, t)| t.as_str())
        .scan(0usize, |len, t| {
            *len += t.chars().count() + 1;
            (*len < 1500).then_some(t)
        })
        .collect::<Vec<_>>()
        .join(" ");
    page_shows(ambassador, "Free return labels").await?;
    react(ambassador, decision_id, &comment).await?;
    app.wait_text("annotation-author", name.trim()).await?;
    let shown = app.texts("annotation-comment-text").await?;
    assert!(
        shown.iter().any(|c| c.contains("My refund never arrived")),
        "{shown:?}"
    );
    page_shows(participant, "My refund never arrived").await?;
    let stored = reactions(app, meeting_id).await?;
    let reacted_at = stored
        .iter()
        .find_map(|r| r["createdAt"].as_str())
        .ok_or("the reaction is stored")?
        .to_owned();
    let view = app
        .invoke("open_meeting", json!({ "id": meeting_id }))
        .await?;
    assert_eq!(
        view["meeting"]["lastCustomerReferenceAt"],
        json!(reacted_at)
    );
    Ok(())
}

/// The participant speaks for the customer: it counts in the meeting's empty-chair score.
async fn the_participant_speaks_for_the_customer(
    app: &App,
    participant: &Client,
    meeting_id: &str,
) -> Result {
    let spoken = || async {
        let summary = app
            .invoke("meeting_summary", json!({ "meetingId": meeting_id }))
            .await?;
        Ok::<_, chair_e2e::Error>(summary["score"]["spokenForCustomer"].clone())
    };
    assert_eq!(spoken().await?, json!(0));
    participant
        .find(Locator::Css("button.room-speak"))
        .await?
        .click()
        .await?;
    page_shows(participant, "Noted: the room heard the customer").await?;
    let deadline = Instant::now() + WAIT;
    while spoken().await? != json!(1) {
        if Instant::now() > deadline {
            return Err(format!("the score never counted the voice: {}", spoken().await?).into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

/// On the projector: the room's code, and the reactions as text.
async fn the_projector_shows_the_reactions(app: &mut App, name: &str) -> Result {
    app.click_xpath(
        "//li[@data-testid='decision'][.//*[@data-testid='annotation-author']]//*[@data-testid='reactions-on-projector']",
    )
    .await?;
    let main = app.open_projector().await?;
    app.wait_text("projector-room", "Scan to join").await?;
    let shown = app
        .wait_text("projector-reactions", "My refund never arrived")
        .await?;
    assert!(shown.contains(name.trim()), "{shown}");
    nothing_ran(app.client(), "projector").await?;
    app.screenshot("projector").await?;
    app.client().switch_to_window(main).await?;
    Ok(())
}

/// Offline while reacting: the page says so, keeps the reaction, and sends it once back.
async fn a_reaction_made_offline_arrives_once(
    app: &App,
    chrome: &ChromeDriver,
    (ambassador, participant): (&Client, &Client),
    (meeting_id, decision_id): (&str, &str),
    dir: &Path,
) -> Result {
    chrome.offline(ambassador, true).await?;
    react(ambassador, decision_id, "Sent while offline").await?;
    page_shows(ambassador, "Offline").await?;
    browser_shot(ambassador, dir, "offline").await?;
    chrome.offline(ambassador, false).await?;
    page_shows(participant, "Sent while offline").await?;
    app.wait_text("decision-log", "Sent while offline").await?;
    tokio::time::sleep(Duration::from_secs(4)).await; // time for a duplicate to show up, if any
    let stored = reactions(app, meeting_id).await?;
    let offline_ones = stored
        .iter()
        .filter(|a| a["comment"] == "Sent while offline")
        .count();
    assert_eq!(offline_ones, 1, "{stored:?}");
    browser_shot(ambassador, dir, "phone-390x844").await?;
    Ok(())
}

/// Removed: the participant is signed out and sees nothing more. Refused: a wrong secret, a
/// foreign Host, a foreign Origin. Answers the stranger's browser.
async fn the_removed_and_strangers_see_nothing(
    app: &App,
    chrome: &ChromeDriver,
    participant: &Client,
    link: &Link,
) -> Result<Client> {
    app.click("invite-room").await?;
    app.wait("room-admitted").await?;
    let panel_rows = app.texts("room-device-name").await?;
    assert_eq!(panel_rows.len(), 2);
    let cy = app
        .client()
        .find(Locator::XPath("//li[@data-testid='room-device'][contains(., 'Cy Participant')]//button[@data-testid='room-remove']"))
        .await?;
    cy.click().await?;
    page_shows(participant, "no longer in the room").await?;

    let stranger = chrome.phone().await?;
    join(
        &stranger,
        &format!("{}/#k={}", link.origin, "A".repeat(43)),
        "Eve",
        "participant",
    )
    .await?;
    let text = page_shows(&stranger, "not (or no longer) the room").await?;
    assert!(!text.contains("Free return labels"));
    for headers in [
        vec![("Host", "evil.example")],
        vec![("Origin", "http://evil.example")],
    ] {
        let (status, body) = raw(link.addr, "GET", "/api/room", &headers, "").await?;
        assert_eq!(status, 403, "{headers:?}: {body}");
        assert!(!body.contains("Free return labels"));
    }
    Ok(stranger)
}

/// The app restarted (after a kill): every acknowledged reaction is there, signed by `name`.
async fn the_reactions_survive_a_restart(app: &mut App, meeting_id: &str, name: &str) -> Result {
    let after = reactions(app, meeting_id).await?;
    assert_eq!(after.len(), 2, "{after:?}");
    assert!(after.iter().all(|a| a["author"] == name.trim()));
    app.screenshot("after-restart").await?;
    Ok(())
}

/// The room was closed with the app; a new one has a new secret, so the old link is expired.
/// Answers the late browser.
async fn the_old_link_is_expired(app: &App, chrome: &ChromeDriver, old: &Link) -> Result<Client> {
    app.click("invite-room").await?;
    app.click("room-open").await?;
    let new_url = app.wait_text("room-url", "http://127.0.0.1:").await?;
    let new_origin = new_url
        .trim()
        .split_once("/#")
        .map(|(o, _)| o.to_owned())
        .ok_or("link")?;
    let expired = old.url.replacen(&old.origin, &new_origin, 1);
    assert_ne!(expired.trim(), new_url.trim());
    let late = chrome.phone().await?;
    join(&late, &expired, "Late", "participant").await?;
    page_shows(&late, "not (or no longer) the room").await?;
    app.click("room-close").await?;
    app.wait("room-open").await?;
    Ok(late)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_room_joins_from_two_browsers() -> Result {
    // Before the app starts (tauri-driver passes the environment on): listen on loopback only.
    std::env::set_var("EMPTY_CHAIR_ROOM_ADDR", "127.0.0.1:0");
    let scenario = Scenario::new("room")?;
    let (db, dir) = (&scenario.db, &scenario.dir);
    let mut app = scenario.launch().await?;
    let (meeting_id, first_id) = running_meeting_with_a_decision(&app).await?;
    let link = invite_the_room(&mut app).await?;

    let chrome = ChromeDriver::start()?;
    let (ambassador, participant, name) =
        two_join_and_are_admitted(&mut app, &chrome, &link, dir).await?;
    let second_id = decisions_arrive_masked_and_live(&app, &participant, &meeting_id).await?;
    let both = (&ambassador, &participant);
    the_ambassador_reacts(&app, both, &name, &meeting_id, &first_id).await?;
    the_participant_speaks_for_the_customer(&app, &participant, &meeting_id).await?;
    nothing_ran(&participant, "participant").await?;
    nothing_ran(&ambassador, "ambassador").await?;
    nothing_ran(app.client(), "app").await?;
    app.screenshot("reaction-in-app").await?;
    browser_shot(&participant, dir, "participant-live").await?;
    the_projector_shows_the_reactions(&mut app, &name).await?;
    let ids = (meeting_id.as_str(), second_id.as_str());
    a_reaction_made_offline_arrives_once(&app, &chrome, both, ids, dir).await?;
    let stranger =
        the_removed_and_strangers_see_nothing(&app, &chrome, &participant, &link).await?;

    // Killed and started again: every acknowledged reaction is there; the old link is dead.
    assert_eq!(reactions(&app, &meeting_id).await?.len(), 2);
    app.kill(db).await?;
    let mut app = scenario.launch().await?;
    app.wait_text("meeting-title", "Room check").await?;
    the_reactions_survive_a_restart(&mut app, &meeting_id, &name).await?;
    let late = the_old_link_is_expired(&app, &chrome, &link).await?;
    for client in [ambassador, participant, stranger, late] {
        let _ = client.close().await;
    }
    // The keyboard way in is there too: Alt+R opens the panel.
    app.keys(&String::from(char::from(Key::Escape))).await?;
    wait_gone(&app, "room-panel").await?;
    app.keys(&chord(Key::Alt, 'r')).await?;
    app.wait("room-panel").await?;
    app.quit().await?;
    Ok(())
}
