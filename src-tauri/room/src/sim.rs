//! Simulated devices for the benchmarks (feature `sim`): each joins the room over loopback,
//! holds the live stream and reacts to a decision once a second, the way a phone running the
//! room's page does. Used by `benches/devices.rs` (the server alone) and by the app's own room
//! figures (`tests/bench/room.rs`, the real app and its window). Not a test helper: nothing
//! here asserts.

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// When each reaction id reached each device's stream: `(device, when)`.
pub type Seen = Arc<Mutex<HashMap<String, Vec<(usize, Instant)>>>>;

/// One reaction a device sent.
#[derive(Debug, Clone, Copy)]
pub struct Sent {
    pub device: usize,
    /// When the POST was sent (for latencies measured here).
    pub at: Instant,
    /// The same moment on the wall clock (for latencies measured in another process).
    pub wall: SystemTime,
    /// The server answered 201.
    pub acknowledged: bool,
}

/// The comment a simulated reaction carries: `bench <client id>`, so a page can tell which
/// reaction it shows.
pub fn comment_for(id: &str) -> String {
    format!("bench {id}")
}

/// One HTTP/1.1 request with the Host and Origin a browser on the room's page sends; the whole
/// answer as text.
pub async fn request(addr: SocketAddr, head: &str, body: &str) -> std::io::Result<String> {
    let mut stream = TcpStream::connect(addr).await?;
    let text = format!(
        "{head}Host: {addr}\r\nOrigin: http://{addr}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(text.as_bytes()).await?;
    let mut out = Vec::new();
    stream.read_to_end(&mut out).await?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// Joins `devices` devices with the invitation's `secret` (the room must admit everyone with
/// the link), paced as joins are rate-limited for the whole room; their session cookies.
pub async fn join(addr: SocketAddr, secret: &str, devices: usize) -> Vec<String> {
    let mut cookies = Vec::new();
    for i in 0..devices {
        loop {
            let body =
                format!(r#"{{"secret":"{secret}","name":"Device {i}","role":"ambassador"}}"#);
            let answer = request(addr, "POST /api/join HTTP/1.1\r\n", &body)
                .await
                .unwrap_or_default();
            let cookie = answer
                .lines()
                .find(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
                .and_then(|c| c.split_once(':'))
                .and_then(|(_, v)| v.trim().split(';').next().map(str::to_owned));
            if let Some(cookie) = cookie {
                cookies.push(cookie);
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    cookies
}

/// Reads device `device`'s live stream until `until`, recording when each reaction arrives:
/// by its own `reaction` event, or in a `view` (the whole meeting, which the server sends a
/// device that fell too far behind) that shows it for the first time. Returns how many such
/// whole views came.
pub async fn listen(
    addr: SocketAddr,
    cookie: String,
    device: usize,
    seen: Seen,
    until: Instant,
) -> usize {
    let Ok(mut stream) = TcpStream::connect(addr).await else {
        return 0;
    };
    let head = format!(
        "GET /api/events HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\nAccept: text/event-stream\r\n\r\n"
    );
    if stream.write_all(head.as_bytes()).await.is_err() {
        return 0;
    }
    let mut known: HashSet<String> = HashSet::new();
    let mut views = 0;
    let mut buf = String::new();
    let mut chunk = vec![0u8; 64 * 1024];
    while Instant::now() < until {
        let read = tokio::time::timeout_at(until.into(), stream.read(&mut chunk)).await;
        let n = match read {
            Ok(Ok(n)) if n > 0 => n,
            _ => break,
        };
        let now = Instant::now();
        buf.push_str(&String::from_utf8_lossy(&chunk[..n]));
        // Whole events only (an event ends with a blank line); the rest waits for more bytes.
        let Some(end) = buf.rfind("\n\n") else {
            continue;
        };
        let complete: String = buf.drain(..end + 2).collect();
        for frame in complete.split("\n\n") {
            let (ids, whole) = if frame.contains("event: reaction") {
                (ids_after(frame, "\"reaction\":{\"id\":\""), false)
            } else if frame.contains("event: view") {
                (ids_after(frame, "\"id\":\""), true)
            } else {
                continue;
            };
            views += usize::from(whole);
            let mut seen = seen.lock().unwrap_or_else(|p| p.into_inner());
            for id in ids {
                if known.insert(id.to_owned()) || !whole {
                    seen.entry(id.to_owned()).or_default().push((device, now));
                }
            }
        }
    }
    views
}

/// The 36-character ids that follow each `marker` in `text`.
fn ids_after<'a>(text: &'a str, marker: &str) -> Vec<&'a str> {
    text.match_indices(marker)
        .filter_map(|(at, _)| text.get(at + marker.len()..at + marker.len() + 36))
        .collect()
}

/// Every device (one cookie each) holds the stream and reacts to `decision_id` once a second
/// for `seconds`, spread over the second; returns once the last stream closes, about 5 s
/// after the last reaction.
pub async fn react_every_second(
    addr: SocketAddr,
    cookies: &[String],
    decision_id: &str,
    seconds: u64,
) -> Run {
    let devices = cookies.len().max(1);
    let seen: Seen = Arc::default();
    let end = Instant::now() + Duration::from_secs(seconds + 6);
    let listeners: Vec<_> = cookies
        .iter()
        .enumerate()
        .map(|(i, cookie)| tokio::spawn(listen(addr, cookie.clone(), i, seen.clone(), end)))
        .collect();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let sent: Arc<Mutex<HashMap<String, Sent>>> = Arc::default();
    let mut tasks = Vec::new();
    for (i, cookie) in cookies.iter().enumerate() {
        let (cookie, sent, decision) = (cookie.clone(), sent.clone(), decision_id.to_owned());
        tasks.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis((i as u64 * 1000) / devices as u64)).await;
            let mut tick = tokio::time::interval(Duration::from_secs(1));
            for _ in 0..seconds {
                tick.tick().await;
                let id = uuid::Uuid::now_v7().to_string();
                let body = format!(
                    r#"{{"clientId":"{id}","decisionId":"{decision}","stance":"supports","feeling":4,"comment":"{}","flags":[]}}"#,
                    comment_for(&id)
                );
                let one = Sent {
                    device: i,
                    at: Instant::now(),
                    wall: SystemTime::now(),
                    acknowledged: false,
                };
                sent.lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(id.clone(), one);
                let head = format!("POST /api/reactions HTTP/1.1\r\nCookie: {cookie}\r\n");
                if let Ok(answer) = request(addr, &head, &body).await {
                    if answer.starts_with("HTTP/1.1 201") {
                        if let Some(s) = sent
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .get_mut(&id)
                        {
                            s.acknowledged = true;
                        }
                    }
                }
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
    let mut views = 0;
    for l in listeners {
        views += l.await.unwrap_or(0);
    }
    let sent = sent.lock().unwrap_or_else(|p| p.into_inner()).clone();
    let seen = seen.lock().unwrap_or_else(|p| p.into_inner()).clone();
    Run { sent, seen, views }
}

/// What a run of `react_every_second` sent and saw.
pub struct Run {
    pub sent: HashMap<String, Sent>,
    pub seen: HashMap<String, Vec<(usize, Instant)>>,
    /// Whole views the devices received after their first: each means a device fell behind
    /// and was sent the meeting again instead of the changes it missed.
    pub views: usize,
}

/// From each acknowledged POST to its event at every other device: the delays (sorted), the
/// deliveries missed and those that came twice.
pub fn deliveries(
    sent: &HashMap<String, Sent>,
    seen: &HashMap<String, Vec<(usize, Instant)>>,
    devices: usize,
) -> (Vec<Duration>, usize, usize) {
    let mut delays = Vec::new();
    let (mut missed, mut twice) = (0, 0);
    for (id, s) in sent.iter().filter(|(_, s)| s.acknowledged) {
        let mut by_device: HashMap<usize, Instant> = HashMap::new();
        for (device, when) in seen.get(id).cloned().unwrap_or_default() {
            if by_device.insert(device, when).is_some() {
                twice += 1;
            }
        }
        for device in (0..devices).filter(|d| *d != s.device) {
            match by_device.get(&device) {
                Some(when) => delays.push(when.saturating_duration_since(s.at)),
                None => missed += 1,
            }
        }
    }
    delays.sort();
    (delays, missed, twice)
}

/// The `p` quantile (0..1) of sorted durations.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// "p50 …, p95 …, max …" of sorted durations.
pub fn spread(sorted: &[Duration]) -> String {
    let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
    format!(
        "p50 {}, p95 {}, max {}",
        ms(percentile(sorted, 0.5)),
        ms(percentile(sorted, 0.95)),
        ms(sorted.last().copied().unwrap_or_default())
    )
}

/// The number after `name` on the bench's command line (`--devices 50`), else `default`.
pub fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A meeting titled `title` (with `persona_ids` in the chair) and one decision, `statement`, in
/// it for the devices to react to: the meeting's id and the decision's.
pub fn decision_to_react_to(
    db: &mut chair_core::Db,
    title: &str,
    persona_ids: Option<Vec<String>>,
    statement: &str,
) -> chair_core::Result<(String, String)> {
    let meeting = db.create_meeting(&chair_core::model::NewMeeting {
        title: title.into(),
        persona_ids,
        ..Default::default()
    })?;
    let decision = db.record_decision(&chair_core::model::NewDecision {
        meeting_id: meeting.id.clone(),
        statement: statement.into(),
        ..Default::default()
    })?;
    Ok((meeting.id, decision.id))
}
