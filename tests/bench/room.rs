//! The room in the real app, for docs/BENCHMARKS.md: the app (release build, in its window,
//! the meeting on screen) opens the room on loopback and 50 simulated devices join it, each
//! holding the live stream and reacting to a decision once a second for 60 s
//! (`chair_room::sim`, the devices of `cargo bench -p chair-room --bench devices`).
//!
//! `EMPTY_CHAIR_BIN=<release binary> cargo bench -p chair-e2e --bench room -- [--devices 50]
//! [--seconds 60]` (scripts/bench runs it under Xvfb).
//!
//! Figures, each next to its target:
//! - reactions sent, acknowledged, stored, lost and stored twice;
//! - from a device's POST to the event at every other device (p50, p95, max);
//! - from a device's POST to the reaction painted in the facilitator's window: a
//!   MutationObserver in the window notes the first animation frame after the reaction's text
//!   enters the page (`Date.now()`, the machine's clock, as the device's POST time is);
//! - the app's memory growth: PSS (`/proc/<pid>/smaps_rollup`) of the app process (where the
//!   server runs) and of every process it started (the window's WebKit processes), before the
//!   room opens and after the run, with the room still open. The simulated devices run in this
//!   process, not the app's, so their memory is not counted.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chair_core::model::{NewDecision, NewMeeting};
use chair_core::Db;
use chair_e2e::{app_pid, machine, rollup_mb, test_dir, tree, Driver, Result};
use chair_room::sim::{self, spread};
use fantoccini::Locator;
use serde_json::json;

const ROOM_WINDOW_TARGET_MS: f64 = 250.0;

/// Notes, in the facilitator's window, when each simulated reaction is first painted:
/// `window.__painted[<client id>] = Date.now()` one animation frame after its text appears.
const WATCH: &str = r#"
window.__painted = {};
const prefix = 'bench ';
const note = (text) => {
  if (!text || !text.startsWith(prefix)) return;
  const id = text.slice(prefix.length, prefix.length + 36);
  if (window.__painted[id] !== undefined) return;
  window.__painted[id] = 0;
  requestAnimationFrame(() => { window.__painted[id] = Date.now(); });
};
new MutationObserver((changes) => {
  for (const change of changes) {
    for (const node of change.addedNodes) {
      if (node.nodeType === Node.TEXT_NODE) note(node.textContent);
      else if (node.querySelectorAll) {
        if (node.matches('[data-testid="annotation-comment-text"]')) note(node.textContent);
        node.querySelectorAll('[data-testid="annotation-comment-text"]').forEach((e) => note(e.textContent));
      }
    }
  }
}).observe(document.body, { subtree: true, childList: true });
return null;
"#;

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn epoch_ms(t: SystemTime) -> f64 {
    t.duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs_f64()
        * 1000.0
}

/// PSS in MB of the app process and of everything it started.
fn memory(pid: u32) -> (f64, f64) {
    let app = rollup_mb(pid, "Pss:");
    let all = tree(pid).iter().map(|(p, _)| rollup_mb(*p, "Pss:")).sum();
    (app, all)
}

/// The sample workspace plus a meeting with one decision to react to.
fn workspace(dir: &Path) -> (std::path::PathBuf, String, String) {
    let path = dir.join("room.db");
    let mut db = Db::open(&path).expect("workspace");
    db.initialize_if_new().expect("sample");
    let persona = db.list_personas(false).expect("personas")[0].id.clone();
    let meeting = db
        .create_meeting(&NewMeeting {
            title: "Room bench".into(),
            persona_ids: Some(vec![persona]),
            ..Default::default()
        })
        .expect("meeting");
    let decision = db
        .record_decision(&NewDecision {
            meeting_id: meeting.id.clone(),
            statement: "Free return labels for every order".into(),
            ..Default::default()
        })
        .expect("decision");
    (path, meeting.id, decision.id)
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> Result {
    let devices = arg("--devices", 50) as usize;
    let seconds = arg("--seconds", 60);
    println!(
        "Empty Chair room figures, {} UTC, {}, app {}",
        chrono::Utc::now().format("%Y-%m-%d %H:%M"),
        machine(),
        chair_e2e::app_binary().display()
    );
    let dir = test_dir("bench-room");
    let (db, meeting_id, decision_id) = workspace(&dir);
    let driver = Driver::start()?;
    let mut app = driver.launch(&db, &dir).await?;
    // The meeting on screen, as the facilitator has it during the meeting.
    app.client()
        .find(Locator::XPath(
            "//*[@data-testid='meeting-item'][contains(., 'Room bench')]",
        ))
        .await?
        .click()
        .await?;
    app.wait_text("meeting-title", "Room bench").await?;
    app.wait_text("decision-log", "Free return labels").await?;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let pid = app_pid(&db).ok_or("no app process")?;
    let before = memory(pid);

    let invitation = app
        .invoke(
            "open_room",
            json!({ "meetingId": meeting_id, "address": "127.0.0.1", "admitEveryone": true }),
        )
        .await?;
    let url = invitation["url"].as_str().ok_or("the room's link")?;
    let (origin, secret) = url.split_once("/#k=").ok_or("a link with its secret")?;
    let addr: SocketAddr = origin.trim_start_matches("http://").parse()?;
    assert!(addr.ip().is_loopback(), "the room listens on loopback only");
    app.client().execute(WATCH, vec![]).await?;

    let cookies = sim::join(addr, secret, devices).await;
    let run = sim::react_every_second(addr, &cookies, &decision_id, seconds).await;
    let (sent, seen) = (&run.sent, &run.seen);
    let resent = run.views.saturating_sub(devices);
    let after = memory(pid);
    app.screenshot("room-after-run").await?;

    let acked: Vec<(&String, &sim::Sent)> = sent.iter().filter(|(_, s)| s.acknowledged).collect();
    let view = app
        .invoke("open_meeting", json!({ "id": meeting_id }))
        .await?;
    let stored: Vec<serde_json::Value> = view["decisions"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|d| d["annotations"].as_array().cloned().unwrap_or_default())
        .collect();
    let stored_ids: HashMap<&str, usize> = stored.iter().fold(HashMap::new(), |mut m, a| {
        *m.entry(a["id"].as_str().unwrap_or_default()).or_default() += 1;
        m
    });
    let lost = acked
        .iter()
        .filter(|(id, _)| !stored_ids.contains_key(id.as_str()))
        .count();
    let twice: usize = stored_ids.values().map(|n| n - 1).sum();
    let (to_devices, missed, events_twice) = sim::deliveries(sent, seen, devices);

    let painted = app
        .client()
        .execute("return window.__painted;", vec![])
        .await?;
    let mut to_window: Vec<Duration> = Vec::new();
    let mut never_painted = 0;
    for (id, s) in &acked {
        match painted.get(id.as_str()).and_then(|v| v.as_f64()) {
            Some(at) if at > 0.0 => {
                let ms = (at - epoch_ms(s.wall)).max(0.0);
                to_window.push(Duration::from_secs_f64(ms / 1000.0));
            }
            _ => never_painted += 1,
        }
    }
    to_window.sort();
    let p95_window = sim::percentile(&to_window, 0.95).as_secs_f64() * 1000.0;

    println!("Room: {devices} devices on loopback, one reaction a second each for {seconds} s, into the real app:");
    println!(
        "  reactions sent {}, acknowledged {}, stored {}, lost {lost}, stored twice {twice}   target: 0 lost, 0 twice",
        sent.len(),
        acked.len(),
        stored.len()
    );
    println!(
        "  POST -> event at every other device ({} deliveries, {missed} missed, {events_twice} twice, {resent} whole views resent to devices behind): {}   target p95 <= 100 ms",
        to_devices.len(),
        spread(&to_devices)
    );
    println!(
        "  POST -> painted in the facilitator's window ({} painted, {never_painted} never): {}   target p95 <= {ROOM_WINDOW_TARGET_MS:.0} ms{}",
        to_window.len(),
        spread(&to_window),
        if p95_window <= ROOM_WINDOW_TARGET_MS { "" } else { "  ABOVE TARGET" }
    );
    println!(
        "  memory (PSS): app process {:.1} -> {:.1} MB (growth {:.1} MB); app and its WebKit processes {:.1} -> {:.1} MB (growth {:.1} MB)   target growth <= 30 MB",
        before.0,
        after.0,
        after.0 - before.0,
        before.1,
        after.1,
        after.1 - before.1
    );
    app.quit().await?;
    Ok(())
}
