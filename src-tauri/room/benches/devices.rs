//! The room under a full meeting room: 50 simulated devices on loopback, each holding the live
//! stream and sending one reaction a second for 60 s (bounded in count and time; it stops by
//! itself). Prints: reactions sent, acknowledged, stored, lost, duplicated; the p50/p95/max time
//! from a device's POST to the reaction's event at every other device, and to the facilitator
//! (the moment the server tells the shell, which emits the window's event); memory growth.
//!
//! `cargo bench -p chair-room --bench devices [-- --devices 50 --seconds 60]` (scripts/bench).
//! Not a test: nothing is asserted; the figures go to docs/BENCHMARKS.md.

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chair_core::model::{NewDecision, NewMeeting};
use chair_core::{ChangeArea, Db};
use chair_room::{Assets, Room, RoomConfig, SharedDb};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

struct NoPage;

impl Assets for NoPage {
    fn get(&self, _: &str) -> Option<Vec<u8>> {
        None
    }
}

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        })
        .unwrap_or(0)
}

async fn request(addr: SocketAddr, head: &str, body: &str) -> std::io::Result<String> {
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

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

type Seen = Arc<Mutex<HashMap<String, Vec<(usize, Instant)>>>>;
/// Each reaction sent: by which device, when, and whether the server acknowledged it.
type Sent = Arc<Mutex<HashMap<String, (usize, Instant, bool)>>>;

/// Reads a device's live stream; records when each reaction id arrives.
async fn listen(addr: SocketAddr, cookie: String, device: usize, seen: Seen, until: Instant) {
    let Ok(mut stream) = TcpStream::connect(addr).await else {
        return;
    };
    let head = format!(
        "GET /api/events HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\nAccept: text/event-stream\r\n\r\n"
    );
    if stream.write_all(head.as_bytes()).await.is_err() {
        return;
    }
    let marker = "\"reaction\":{\"id\":\"";
    let mut buf = String::new();
    let mut chunk = vec![0u8; 16 * 1024];
    while Instant::now() < until {
        let read = tokio::time::timeout_at(until.into(), stream.read(&mut chunk)).await;
        let n = match read {
            Ok(Ok(n)) if n > 0 => n,
            _ => break,
        };
        let now = Instant::now();
        buf.push_str(&String::from_utf8_lossy(&chunk[..n]));
        let mut consumed = 0;
        while let Some(at) = buf[consumed..].find(marker) {
            let start = consumed + at + marker.len();
            if buf.len() < start + 36 {
                break;
            }
            let id = buf[start..start + 36].to_owned();
            seen.lock()
                .unwrap()
                .entry(id)
                .or_default()
                .push((device, now));
            consumed = start + 36;
        }
        buf.drain(..consumed);
        if buf.len() > 1 << 20 {
            buf.clear();
        }
    }
}

fn main() {
    let devices = arg("--devices", 50) as usize;
    let seconds = arg("--seconds", 60);
    let dir = std::env::temp_dir().join(format!("chair-room-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut db = Db::open(&dir.join("workspace.db")).expect("workspace");
    db.start_empty().expect("empty workspace");
    let meeting = db
        .create_meeting(&NewMeeting {
            title: "Bench".into(),
            ..Default::default()
        })
        .expect("meeting");
    let decision = db
        .record_decision(&NewDecision {
            meeting_id: meeting.id.clone(),
            statement: "Decide".into(),
            ..Default::default()
        })
        .expect("decision");
    let told: Arc<Mutex<Vec<Instant>>> = Arc::default();
    let told_in = told.clone();
    let ws = Arc::new(SharedDb {
        db: Mutex::new(db),
        on_change: Box::new(move |c| {
            if c.areas.contains(&ChangeArea::Decisions) {
                told_in.lock().unwrap().push(Instant::now());
            }
        }),
    });
    let room = Room::open(
        RoomConfig {
            addr: "127.0.0.1:0".parse().unwrap(),
            meeting_id: meeting.id.clone(),
            admit_everyone: true,
        },
        ws.clone(),
        Arc::new(NoPage),
    )
    .expect("room on loopback");
    let addr: SocketAddr = room.origin().trim_start_matches("http://").parse().unwrap();
    assert!(addr.ip().is_loopback());
    let secret = room.url().split_once("#k=").unwrap().1.to_owned();

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let rss_before = rss_kib();
    runtime.block_on(async move {
        // Join (paced: joins are rate-limited for the whole room).
        let mut cookies = Vec::new();
        for i in 0..devices {
            loop {
                let body = format!(
                    r#"{{"secret":"{secret}","name":"Device {i}","role":"ambassador"}}"#
                );
                let answer = request(addr, "POST /api/join HTTP/1.1\r\n", &body).await.unwrap();
                if let Some(c) = answer
                    .lines()
                    .find(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
                {
                    let value = c.split_once(':').unwrap().1.trim();
                    cookies.push(value.split(';').next().unwrap().to_owned());
                    break;
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
        let seen: Seen = Arc::default();
        let end = Instant::now() + Duration::from_secs(seconds + 5);
        for (i, cookie) in cookies.iter().enumerate() {
            tokio::spawn(listen(addr, cookie.clone(), i, seen.clone(), end));
        }
        tokio::time::sleep(Duration::from_secs(1)).await;

        // Each device reacts once a second, under its own client ids.
        let sent: Sent = Arc::default();
        let mut tasks = Vec::new();
        for (i, cookie) in cookies.iter().enumerate() {
            let (cookie, sent, decision) = (cookie.clone(), sent.clone(), decision.id.clone());
            tasks.push(tokio::spawn(async move {
                // Spread the devices over the second.
                tokio::time::sleep(Duration::from_millis((i as u64 * 1000) / devices as u64)).await;
                let mut tick = tokio::time::interval(Duration::from_secs(1));
                for _ in 0..seconds {
                    tick.tick().await;
                    let id = uuid::Uuid::now_v7().to_string();
                    let body = format!(
                        r#"{{"clientId":"{id}","decisionId":"{decision}","stance":"supports","feeling":4,"comment":"bench","flags":[]}}"#
                    );
                    let at = Instant::now();
                    sent.lock().unwrap().insert(id.clone(), (i, at, false));
                    let head = format!("POST /api/reactions HTTP/1.1\r\nCookie: {cookie}\r\n");
                    if let Ok(answer) = request(addr, &head, &body).await {
                        if answer.starts_with("HTTP/1.1 201") {
                            sent.lock().unwrap().get_mut(&id).unwrap().2 = true;
                        }
                    }
                }
            }));
        }
        for t in tasks {
            let _ = t.await;
        }
        tokio::time::sleep_until(end.into()).await;

        let sent = sent.lock().unwrap().clone();
        let seen = seen.lock().unwrap().clone();
        let acked = sent.values().filter(|s| s.2).count();
        let stored = ws.db.lock().unwrap().get_decision(&decision.id).unwrap().annotations;
        let stored_ids: HashSet<&str> = stored.iter().map(|a| a.id.as_str()).collect();
        let lost = sent
            .iter()
            .filter(|(id, s)| s.2 && !stored_ids.contains(id.as_str()))
            .count();
        let duplicates = stored.len() - stored_ids.len();
        let mut to_devices = Vec::new();
        let mut missed_events = 0usize;
        let mut duplicate_events = 0usize;
        for (id, (from, at, ok)) in &sent {
            if !ok {
                continue;
            }
            let arrivals = seen.get(id).cloned().unwrap_or_default();
            let mut by_device: HashMap<usize, Instant> = HashMap::new();
            for (device, when) in arrivals {
                if by_device.insert(device, when).is_some() {
                    duplicate_events += 1;
                }
            }
            for device in 0..devices {
                if device == *from {
                    continue;
                }
                match by_device.get(&device) {
                    Some(when) => to_devices.push(when.saturating_duration_since(*at)),
                    None => missed_events += 1,
                }
            }
        }
        to_devices.sort();
        // The facilitator: the n-th "decisions" notice after the n-th POST (in order of time).
        let mut posts: Vec<Instant> = sent.values().filter(|s| s.2).map(|s| s.1).collect();
        posts.sort();
        let told = told.lock().unwrap().clone();
        let mut to_facilitator: Vec<Duration> = posts
            .iter()
            .zip(told.iter())
            .map(|(p, t)| t.saturating_duration_since(*p))
            .collect();
        to_facilitator.sort();
        let rss_after = rss_kib();
        println!("room: {devices} devices on loopback, one reaction a second each for {seconds} s");
        println!("  reactions sent {}, acknowledged {acked}, stored {}, lost {lost}, duplicates {duplicates}", sent.len(), stored.len());
        println!(
            "  POST -> event at every other device ({} deliveries, {missed_events} missed, {duplicate_events} twice): p50 {}, p95 {}, max {}",
            to_devices.len(),
            ms(percentile(&to_devices, 0.5)),
            ms(percentile(&to_devices, 0.95)),
            ms(to_devices.last().copied().unwrap_or_default())
        );
        println!(
            "  POST -> facilitator notified ({}): p50 {}, p95 {}, max {}",
            to_facilitator.len(),
            ms(percentile(&to_facilitator, 0.5)),
            ms(percentile(&to_facilitator, 0.95)),
            ms(to_facilitator.last().copied().unwrap_or_default())
        );
        println!(
            "  memory (RSS of this process, server and simulated devices): {:.1} MB before, {:.1} MB after, growth {:.1} MB",
            rss_before as f64 / 1024.0,
            rss_after as f64 / 1024.0,
            (rss_after as f64 - rss_before as f64) / 1024.0
        );
    });
    room.close();
    let _ = std::fs::remove_dir_all(&dir);
}
