//! The room's server on 127.0.0.1, driven over plain HTTP/1.1 (a raw client, so a test can
//! send any Host, Origin or body it likes): joining, admission, the live stream, reactions,
//! and everything that must be refused with nothing written.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chair_core::model::{NewDecision, NewMeeting, Role};
use chair_core::{ChangeArea, Db};
use chair_room::{Assets, Room, RoomConfig, SharedDb};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

struct Page;

impl Assets for Page {
    fn get(&self, path: &str) -> Option<Vec<u8>> {
        match path {
            "assets/room.js" => Some(b"console.log(1)".to_vec()),
            _ => None,
        }
    }
}

struct Fixture {
    room: Room,
    ws: Arc<SharedDb>,
    addr: SocketAddr,
    secret: String,
    meeting_id: String,
    decision_id: String,
    /// A decision of another meeting.
    foreign_decision_id: String,
    changes: Arc<Mutex<Vec<ChangeArea>>>,
}

fn fixture(admit_everyone: bool) -> Fixture {
    let mut db = Db::open_in_memory().expect("in-memory db");
    db.start_empty().expect("empty workspace");
    let meeting = |db: &mut Db, title: &str| {
        db.create_meeting(&NewMeeting {
            title: title.into(),
            ..Default::default()
        })
        .expect("meeting")
    };
    let decision = |db: &mut Db, meeting_id: &str, statement: &str| {
        db.record_decision(&NewDecision {
            meeting_id: meeting_id.into(),
            statement: statement.into(),
            ..Default::default()
        })
        .expect("decision")
    };
    let m = meeting(&mut db, "Pricing review");
    let d = decision(
        &mut db,
        &m.id,
        "Drop the annual plan; write to ceo@example.com",
    );
    let other = meeting(&mut db, "Secret roadmap");
    let od = decision(&mut db, &other.id, "Other meeting's decision");
    let changes = Arc::new(Mutex::new(Vec::new()));
    let seen = changes.clone();
    let ws = Arc::new(SharedDb {
        db: Mutex::new(db),
        on_change: Box::new(move |c| seen.lock().unwrap().extend(c.areas)),
    });
    let room = open(&ws, &m.id, admit_everyone);
    let addr: SocketAddr = room.origin().trim_start_matches("http://").parse().unwrap();
    let secret = room.url().split_once("#k=").unwrap().1.to_owned();
    Fixture {
        room,
        ws,
        addr,
        secret,
        meeting_id: m.id,
        decision_id: d.id,
        foreign_decision_id: od.id,
        changes,
    }
}

fn open(ws: &Arc<SharedDb>, meeting_id: &str, admit_everyone: bool) -> Room {
    Room::open(
        RoomConfig {
            addr: "127.0.0.1:0".parse().unwrap(),
            meeting_id: meeting_id.into(),
            admit_everyone,
        },
        ws.clone(),
        Arc::new(Page),
    )
    .expect("the room opens on loopback")
}

struct Answer {
    status: u16,
    headers: HashMap<String, String>,
    body: String,
}

impl Answer {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

/// One request, on a connection of its own. `Host` is the room's unless `headers` sets it;
/// a body is sent as JSON with the room's own Origin unless `headers` sets them.
async fn send(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> Answer {
    let mut all: Vec<(String, String)> = vec![
        ("Host".into(), addr.to_string()),
        ("Connection".into(), "close".into()),
    ];
    if body.is_some() {
        all.push(("Origin".into(), format!("http://{addr}")));
        all.push(("Content-Type".into(), "application/json".into()));
    }
    for (k, v) in headers {
        all.retain(|(name, _)| !name.eq_ignore_ascii_case(k));
        if !v.is_empty() {
            all.push(((*k).into(), (*v).into()));
        }
    }
    let body = body.unwrap_or("");
    let mut request = format!("{method} {path} HTTP/1.1\r\n");
    for (k, v) in &all {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    stream.write_all(request.as_bytes()).await.expect("send");
    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut raw))
        .await
        .expect("an answer within 10 s")
        .expect("read");
    parse(&String::from_utf8_lossy(&raw))
}

fn parse(raw: &str) -> Answer {
    let (head, rest) = raw.split_once("\r\n\r\n").unwrap_or((raw, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers: HashMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let body = if headers
        .get("transfer-encoding")
        .is_some_and(|t| t == "chunked")
    {
        dechunk(rest)
    } else {
        rest.to_owned()
    };
    Answer {
        status,
        headers,
        body,
    }
}

fn dechunk(mut rest: &str) -> String {
    let mut out = String::new();
    while let Some((size, after)) = rest.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if n == 0 || after.len() < n {
            break;
        }
        out.push_str(&after[..n]);
        rest = after[n..].trim_start_matches("\r\n");
    }
    out
}

impl Fixture {
    /// Joins; returns the session cookie ("chair_room=...") and the answer.
    async fn join(&self, name: &str, role: &str) -> (String, Answer) {
        let body = serde_json::json!({"secret": self.secret, "name": name, "role": role});
        let answer = send(self.addr, "POST", "/api/join", &[], Some(&body.to_string())).await;
        let cookie = answer
            .headers
            .get("set-cookie")
            .map(|c| c.split(';').next().unwrap_or("").to_owned())
            .unwrap_or_default();
        (cookie, answer)
    }

    /// Joins and is admitted by the facilitator; returns the cookie.
    async fn admitted(&self, name: &str, role: &str) -> String {
        let (cookie, answer) = self.join(name, role).await;
        assert_eq!(answer.status, 201, "{}", answer.body);
        let device = self
            .room
            .devices()
            .into_iter()
            .rev()
            .find(|d| d.name == name)
            .unwrap();
        self.room.admit(&device.id).expect("admitted");
        cookie
    }

    async fn get(&self, cookie: &str, path: &str) -> Answer {
        send(self.addr, "GET", path, &[("Cookie", cookie)], None).await
    }

    async fn post(&self, cookie: &str, path: &str, body: &str) -> Answer {
        send(self.addr, "POST", path, &[("Cookie", cookie)], Some(body)).await
    }

    fn react_body(&self, client_id: &str, comment: &str) -> String {
        serde_json::json!({
            "clientId": client_id, "decisionId": self.decision_id, "stance": "concerned",
            "feeling": 2, "comment": comment, "flags": ["would_leave"]
        })
        .to_string()
    }

    fn annotation_count(&self) -> usize {
        let db = self.ws.db.lock().unwrap();
        db.list_decisions(&self.meeting_id).unwrap()[0]
            .annotations
            .len()
            + db.get_decision(&self.foreign_decision_id)
                .unwrap()
                .annotations
                .len()
    }
}

fn uuid() -> String {
    uuid::Uuid::now_v7().to_string()
}

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

#[tokio::test]
async fn bad_input_gets_a_4xx_naming_the_field_and_writes_nothing() {
    let f = fixture(true);
    let cookie = f.admitted("Ana", "ambassador").await;
    let long = "n".repeat(10_000);
    let cases: Vec<(&str, String, u16, &str)> = vec![
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
    ];
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

/// A device's live stream, read as text.
struct Stream {
    conn: TcpStream,
    seen: String,
}

impl Stream {
    async fn open(addr: SocketAddr, cookie: &str) -> Stream {
        let mut conn = TcpStream::connect(addr).await.unwrap();
        let request = format!(
            "GET /api/events HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\nAccept: text/event-stream\r\n\r\n"
        );
        conn.write_all(request.as_bytes()).await.unwrap();
        Stream {
            conn,
            seen: String::new(),
        }
    }

    /// Reads until `text` has come (within 5 s); returns what came after the last call.
    async fn until(&mut self, text: &str) -> String {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        let mut buf = [0u8; 8192];
        while !self.seen.contains(text) {
            let n = tokio::time::timeout_at(deadline, self.conn.read(&mut buf))
                .await
                .unwrap_or_else(|_| panic!("{text:?} did not come; got {}", self.seen))
                .unwrap();
            assert!(n > 0, "the stream ended before {text:?}: {}", self.seen);
            self.seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
        let at = self.seen.find(text).unwrap() + text.len();
        let out = self.seen[..at].to_owned();
        self.seen.drain(..at);
        out
    }
}

#[tokio::test]
async fn devices_see_reactions_and_decisions_live() {
    let f = fixture(true);
    let watcher = f.admitted("Cy", "participant").await;
    let ana = f.admitted("Ana", "ambassador").await;
    let mut stream = Stream::open(f.addr, &watcher).await;
    stream.until("event: view").await;

    let id = uuid();
    f.post(
        &ana,
        "/api/reactions",
        &f.react_body(&id, "<img src=x onerror=alert(1)>"),
    )
    .await;
    let got = stream.until(&id).await;
    assert!(got.contains("event: reaction"), "{got}");

    // The facilitator records a decision in the app; the shell tells the room.
    f.ws.db
        .lock()
        .unwrap()
        .record_decision(&NewDecision {
            meeting_id: f.meeting_id.clone(),
            statement: "Keep the monthly plan".into(),
            ..Default::default()
        })
        .unwrap();
    f.room.notify();
    stream.until("Keep the monthly plan").await;

    // Closing the room signs the stream out.
    drop(f.room);
    stream.until("signed-out").await;
}
