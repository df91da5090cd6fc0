//! The room's server on 127.0.0.1, driven over plain HTTP/1.1 (a raw client, so a test can
//! send any Host, Origin or body it likes): joining, admission, the live stream, reactions,
//! and everything that must be refused with nothing written.

mod devices;
mod live;
mod refusals;

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
