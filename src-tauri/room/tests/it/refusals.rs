//! What is refused with nothing written: bad input, wrong secrets, foreign hosts, removed devices, other files, too many writes.

use super::*;

/// Bad bodies for the two writes, with the status and the field each answer must name.
fn bad_bodies(f: &Fixture) -> Vec<(&'static str, String, u16, &'static str)> {
    let long = "n".repeat(10_000);
    vec![
        ("/api/reactions", "{not json".into(), 400, "body"),
        (
            "/api/reactions",
            format!(
                r#"{{"clientId":"{}","decisionId":"{}","stance":"supports","admin":true}}"#,
                uuid(),
                f.decision_id
            ),
            400,
            "admin",
        ),
        (
            "/api/reactions",
            format!(
                r#"{{"clientId":"{}","decisionId":"{}","stance":"supports","feeling":"high"}}"#,
                uuid(),
                f.decision_id
            ),
            400,
            "feeling",
        ),
        (
            "/api/reactions",
            format!(
                r#"{{"clientId":"{}","decisionId":"{}","stance":"supports","feeling":9}}"#,
                uuid(),
                f.decision_id
            ),
            422,
            "feeling",
        ),
        (
            "/api/reactions",
            format!(
                r#"{{"clientId":"nope","decisionId":"{}","stance":"supports"}}"#,
                f.decision_id
            ),
            422,
            "clientId",
        ),
        (
            "/api/reactions",
            format!(
                r#"{{"clientId":"{}","decisionId":"{}","stance":"supports","comment":"{}"}}"#,
                uuid(),
                f.decision_id,
                "c".repeat(3000)
            ),
            400,
            "comment",
        ),
        (
            "/api/join",
            serde_json::json!({"secret": f.secret, "name": long, "role": "participant"})
                .to_string(),
            400,
            "name",
        ),
        (
            "/api/join",
            serde_json::json!({"secret": f.secret, "name": "Eve", "role": "facilitator"})
                .to_string(),
            400,
            "role",
        ),
        (
            "/api/join",
            serde_json::json!({"secret": f.secret, "name": "Eve", "role": "king"}).to_string(),
            400,
            "role",
        ),
    ]
}

#[tokio::test]
async fn bad_input_gets_a_4xx_naming_the_field_and_writes_nothing() {
    let f = fixture(true);
    let cookie = f.admitted("Ana", "ambassador").await;
    let cases = bad_bodies(&f);
    let people = f.ws.db.lock().unwrap().list_people(false).unwrap().len();
    for (path, body, status, field) in cases {
        let answer = f.post(&cookie, path, &body).await;
        assert_eq!(answer.status, status, "{path} {body:.80}: {}", answer.body);
        assert_eq!(answer.json()["field"], field, "{}", answer.body);
    }
    // A reaction on another meeting's decision: as if it did not exist.
    let foreign = serde_json::json!({
        "clientId": uuid(), "decisionId": f.foreign_decision_id, "stance": "supports"
    });
    let answer = f
        .post(&cookie, "/api/reactions", &foreign.to_string())
        .await;
    assert_eq!(answer.status, 404, "{}", answer.body);
    // Past the body cap.
    let huge = format!(r#"{{"comment":"{}"}}"#, "x".repeat(20_000));
    assert_eq!(f.post(&cookie, "/api/reactions", &huge).await.status, 413);
    // Not JSON.
    let form = send(
        f.addr,
        "POST",
        "/api/reactions",
        &[("Cookie", &cookie), ("Content-Type", "text/plain")],
        Some("{}"),
    )
    .await;
    assert_eq!(form.status, 415);

    assert_eq!(f.annotation_count(), 0);
    assert_eq!(
        f.ws.db.lock().unwrap().list_people(false).unwrap().len(),
        people
    );
    assert_eq!(f.room.devices().len(), 1);
}

#[tokio::test]
async fn a_wrong_or_expired_secret_opens_nothing() {
    let mut f = fixture(true);
    let wrong = serde_json::json!({"secret": "A".repeat(43), "name": "Eve", "role": "participant"});
    let answer = send(f.addr, "POST", "/api/join", &[], Some(&wrong.to_string())).await;
    assert_eq!(answer.status, 403);
    assert!(!answer.headers.contains_key("set-cookie"));
    assert!(f.room.devices().is_empty());

    let cookie = f.admitted("Ana", "ambassador").await;
    assert_eq!(f.get(&cookie, "/api/room").await.status, 200);
    // The facilitator closes the room and invites again: a new secret, every device out.
    let old_secret = f.secret.clone();
    let meeting = f.meeting_id.clone();
    let ws = f.ws.clone();
    drop(std::mem::replace(&mut f.room, open(&ws, &meeting, true)));
    f.addr = f
        .room
        .origin()
        .trim_start_matches("http://")
        .parse()
        .unwrap();
    assert_ne!(f.room.url().split_once("#k=").unwrap().1, old_secret);
    let stale = serde_json::json!({"secret": old_secret, "name": "Eve", "role": "participant"});
    let answer = send(f.addr, "POST", "/api/join", &[], Some(&stale.to_string())).await;
    assert_eq!(answer.status, 403);
    let old_cookie = f.get(&cookie, "/api/room").await;
    assert_eq!(old_cookie.status, 401);
    assert!(!old_cookie.body.contains("Pricing"));
}

#[tokio::test]
async fn a_foreign_host_or_origin_is_refused() {
    let f = fixture(true);
    let cookie = f.admitted("Ana", "ambassador").await;
    let evil = [("Host", "evil.example:80"), ("Cookie", cookie.as_str())];
    let answer = send(f.addr, "GET", "/api/room", &evil, None).await;
    assert_eq!(answer.status, 403);
    assert!(!answer.body.contains("Pricing"));
    assert_eq!(
        send(f.addr, "GET", "/", &[("Host", "rebound.example")], None)
            .await
            .status,
        403
    );

    let origin = [
        ("Origin", "http://evil.example"),
        ("Cookie", cookie.as_str()),
    ];
    let answer = send(f.addr, "GET", "/api/room", &origin, None).await;
    assert_eq!(answer.status, 403);
    let body = f.react_body(&uuid(), "x");
    let answer = send(f.addr, "POST", "/api/reactions", &origin, Some(&body)).await;
    assert_eq!(answer.status, 403);
    let no_origin = [("Origin", ""), ("Cookie", cookie.as_str())];
    let answer = send(f.addr, "POST", "/api/reactions", &no_origin, Some(&body)).await;
    assert_eq!(answer.status, 403);
    assert_eq!(f.annotation_count(), 0);
}

#[tokio::test]
async fn a_removed_device_is_locked_out_and_its_stream_ends() {
    let f = fixture(true);
    let cookie = f.admitted("Ana", "ambassador").await;
    let mut stream = Stream::open(f.addr, &cookie).await;
    stream.until("event: view").await;
    let id = f.room.devices()[0].id.clone();
    f.room.remove(&id).unwrap();
    stream.until("event: signed-out").await;
    assert_eq!(f.get(&cookie, "/api/room").await.status, 403);
    let react = f
        .post(&cookie, "/api/reactions", &f.react_body(&uuid(), "x"))
        .await;
    assert_eq!(react.status, 403);
    assert!(
        f.room.admit(&id).is_err(),
        "removed is locked out until the room closes"
    );
    assert_eq!(f.annotation_count(), 0);
}

#[tokio::test]
async fn the_page_has_its_own_strict_csp_and_only_its_files() {
    let f = fixture(false);
    let page = send(f.addr, "GET", "/", &[], None).await;
    assert_eq!(page.status, 200);
    let csp = &page.headers["content-security-policy"];
    assert!(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"));
    assert!(page.body.contains("/assets/room.js"));
    assert_eq!(
        send(f.addr, "GET", "/assets/room.js", &[], None)
            .await
            .status,
        200
    );
    for path in [
        "/assets/..%2Froom.html",
        "/assets/.env",
        "/assets/index.html",
        "/room.html/../x",
        "/workspace.db",
    ] {
        assert_eq!(
            send(f.addr, "GET", path, &[], None).await.status,
            404,
            "{path}"
        );
    }
}

#[tokio::test]
async fn writes_past_the_rate_limit_get_429() {
    let f = fixture(true);
    let cookie = f.admitted("Ana", "ambassador").await;
    // All at once: far past the burst, whatever the machine's speed.
    let bodies: Vec<String> = (0..80).map(|_| f.react_body(&uuid(), "again")).collect();
    let answers = futures_util::future::join_all(
        bodies
            .iter()
            .map(|body| f.post(&cookie, "/api/reactions", body)),
    )
    .await;
    let statuses: Vec<u16> = answers.iter().map(|a| a.status).collect();
    assert!(statuses.contains(&429), "{statuses:?}");
    assert!(statuses.iter().filter(|&&s| s == 201).count() >= 30);
}
