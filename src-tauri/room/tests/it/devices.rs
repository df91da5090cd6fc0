//! Devices in the room: joining, admission, masking, reactions stored once and owned, who may react.

use super::*;

#[tokio::test]
async fn a_device_joins_waits_is_admitted_and_becomes_a_person() {
    let f = fixture(false);
    let (cookie, answer) = f.join("Ana", "ambassador").await;
    assert_eq!(answer.status, 201, "{}", answer.body);
    let set_cookie = &answer.headers["set-cookie"];
    assert!(set_cookie.contains("HttpOnly"), "{set_cookie}");
    assert!(set_cookie.contains("SameSite=Strict"), "{set_cookie}");
    assert_eq!(answer.json()["status"], "waiting");
    assert!(f.changes.lock().unwrap().contains(&ChangeArea::Room));

    // Waiting: sees nothing of the meeting.
    let waiting = f.get(&cookie, "/api/room").await;
    assert_eq!(waiting.status, 403);
    assert!(!waiting.body.contains("Pricing"));

    let device = &f.room.devices()[0];
    assert_eq!(
        (device.name.as_str(), device.role),
        ("Ana", Role::Ambassador)
    );
    f.room.admit(&device.id).unwrap();
    let me = f.get(&cookie, "/api/me").await.json();
    assert_eq!(me["status"], "admitted");

    let room = f.get(&cookie, "/api/room").await;
    assert_eq!(room.status, 200, "{}", room.body);
    let view = room.json();
    assert_eq!(view["title"], "Pricing review");
    assert_eq!(view["decisions"][0]["id"], f.decision_id.as_str());
    // Only this meeting.
    assert!(!room.body.contains("Secret roadmap"));
    assert!(!room.body.contains(&f.foreign_decision_id));

    let people = f.ws.db.lock().unwrap().list_people(false).unwrap();
    let ana = people
        .iter()
        .find(|p| p.name == "Ana")
        .expect("Ana is a person");
    assert_eq!(ana.role, Role::Ambassador);
    assert_eq!(me["personId"], ana.id.as_str());
}

#[tokio::test]
async fn an_admitted_device_matches_an_existing_person_by_name() {
    let f = fixture(true);
    let existing =
        f.ws.db
            .lock()
            .unwrap()
            .create_person(&chair_core::model::PersonInput {
                name: "Bo Lind".into(),
                role: Some(Role::Facilitator),
            })
            .unwrap();
    let (_, answer) = f.join("  bo lind ", "ambassador").await;
    assert_eq!(answer.status, 201);
    assert_eq!(answer.json()["status"], "admitted");
    assert_eq!(answer.json()["personId"], existing.id.as_str());
    assert_eq!(f.ws.db.lock().unwrap().list_people(false).unwrap().len(), 1);
}

#[tokio::test]
async fn customer_text_leaves_the_laptop_masked() {
    let f = fixture(true);
    let cookie = f.admitted("Ana", "ambassador").await;
    let answer = f
        .post(
            &cookie,
            "/api/reactions",
            &f.react_body(&uuid(), "call me on 555-123-4567"),
        )
        .await;
    assert_eq!(answer.status, 201, "{}", answer.body);
    assert_eq!(answer.json()["comment"], "call me on [phone]");
    let room = f.get(&cookie, "/api/room").await.body;
    assert!(room.contains("[email]"), "{room}");
    assert!(!room.contains("ceo@example.com"));
    assert!(!room.contains("555-123-4567"));
    // The workspace keeps what was typed.
    let db = f.ws.db.lock().unwrap();
    let stored = &db.list_decisions(&f.meeting_id).unwrap()[0].annotations[0];
    assert_eq!(stored.comment, "call me on 555-123-4567");
    assert_eq!(stored.author, "Ana");
}

#[tokio::test]
async fn a_resent_reaction_is_stored_once() {
    let f = fixture(true);
    let cookie = f.admitted("Ana", "ambassador").await;
    let id = uuid();
    let body = f.react_body(&id, "I would leave");
    let first = f.post(&cookie, "/api/reactions", &body).await;
    let again = f.post(&cookie, "/api/reactions", &body).await;
    assert_eq!(first.status, 201, "{}", first.body);
    assert!(again.status < 300, "{}", again.body);
    assert_eq!(first.json()["id"], id.as_str());
    assert_eq!(again.json()["id"], id.as_str());
    assert_eq!(f.annotation_count(), 1);
    assert!(f.changes.lock().unwrap().contains(&ChangeArea::Decisions));

    // Another device cannot take the id.
    let other = f.admitted("Bo", "ambassador").await;
    let taken = f.post(&other, "/api/reactions", &body).await;
    assert_eq!(taken.status, 403, "{}", taken.body);
    assert_eq!(f.annotation_count(), 1);
}

#[tokio::test]
async fn only_the_author_edits_or_deletes_a_reaction() {
    let f = fixture(true);
    let ana = f.admitted("Ana", "ambassador").await;
    let bo = f.admitted("Bo", "ambassador").await;
    let id = uuid();
    f.post(&ana, "/api/reactions", &f.react_body(&id, "hmm"))
        .await;
    let edit = r#"{"stance":"supports","feeling":5,"comment":"love it","flags":[]}"#;
    let path = format!("/api/reactions/{id}");
    let by_bo = send(f.addr, "PUT", &path, &[("Cookie", &bo)], Some(edit)).await;
    assert_eq!(by_bo.status, 403, "{}", by_bo.body);
    let gone = send(
        f.addr,
        "DELETE",
        &path,
        &[("Cookie", &bo), ("Origin", &format!("http://{}", f.addr))],
        None,
    )
    .await;
    assert_eq!(gone.status, 403, "{}", gone.body);
    assert_eq!(f.annotation_count(), 1);

    let by_ana = send(f.addr, "PUT", &path, &[("Cookie", &ana)], Some(edit)).await;
    assert_eq!(by_ana.status, 200, "{}", by_ana.body);
    assert_eq!(by_ana.json()["comment"], "love it");
    let origin = format!("http://{}", f.addr);
    let deleted = send(
        f.addr,
        "DELETE",
        &path,
        &[("Cookie", &ana), ("Origin", &origin)],
        None,
    )
    .await;
    assert_eq!(deleted.status, 204, "{}", deleted.body);
    assert_eq!(f.annotation_count(), 0);
}

#[tokio::test]
async fn participants_speak_for_the_customer_but_do_not_react() {
    let f = fixture(true);
    let cookie = f.admitted("Cy", "participant").await;
    let react = f
        .post(&cookie, "/api/reactions", &f.react_body(&uuid(), "x"))
        .await;
    assert_eq!(react.status, 403, "{}", react.body);
    assert_eq!(f.annotation_count(), 0);

    let body = serde_json::json!({ "clientId": uuid() }).to_string();
    let spoke = f.post(&cookie, "/api/speaking", &body).await;
    assert_eq!(spoke.status, 201, "{}", spoke.body);
    let again = f.post(&cookie, "/api/speaking", &body).await;
    assert_eq!(again.status, 200, "{}", again.body);
    let meeting =
        f.ws.db
            .lock()
            .unwrap()
            .meeting_view(&f.meeting_id)
            .unwrap()
            .meeting;
    assert!(meeting.last_customer_reference_at.is_some());
}
