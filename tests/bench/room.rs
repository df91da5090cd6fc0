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

use chair_core::Db;
use chair_e2e::{app_pid, figures_heading, rollup_mb, test_dir, tree, App, Driver, Result};
use chair_room::sim::{self, spread};
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
    let (meeting, decision) = sim::decision_to_react_to(
        &mut db,
        "Room bench",
        Some(vec![persona]),
        "Free return labels for every order",
    )
    .expect("decision");
    (path, meeting, decision)
}

/// The meeting on screen, as the facilitator has it during the meeting, settled.
async fn meeting_on_screen(app: &App) -> Result {
    app.click_xpath("//*[@data-testid='meeting-item'][contains(., 'Room bench')]")
        .await?;
    app.wait_text("meeting-title", "Room bench").await?;
    app.wait_text("decision-log", "Free return labels").await?;
    tokio::time::sleep(Duration::from_secs(3)).await;
    Ok(())
}

/// Opens the room through the app's command, on loopback, everyone admitted: its address and
/// the invitation's secret.
async fn open_room(app: &App, meeting_id: &str) -> Result<(SocketAddr, String)> {
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
    Ok((addr, secret.to_owned()))
}

/// The reactions the meeting holds, by what became of the acknowledged ones.
struct Stored {
    count: usize,
    lost: usize,
    twice: usize,
}

async fn stored(app: &App, meeting_id: &str, acked: &[(&String, &sim::Sent)]) -> Result<Stored> {
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
    Ok(Stored {
        count: stored.len(),
        lost,
        twice,
    })
}

/// From each acknowledged POST to its reaction painted in the window (sorted), and how many
/// were never painted.
async fn painted(app: &App, acked: &[(&String, &sim::Sent)]) -> Result<(Vec<Duration>, usize)> {
    let painted = app
        .client()
        .execute("return window.__painted;", vec![])
        .await?;
    let mut to_window: Vec<Duration> = Vec::new();
    let mut never_painted = 0;
    for (id, s) in acked {
        match painted.get(id.as_str()).and_then(|v| v.as_f64()) {
            Some(at) if at > 0.0 => {
                let ms = (at - epoch_ms(s.wall)).max(0.0);
                to_window.push(Duration::from_secs_f64(ms / 1000.0));
            }
            _ => never_painted += 1,
        }
    }
    to_window.sort();
    Ok((to_window, never_painted))
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> Result {
    let devices = sim::arg("--devices", 50) as usize;
    let seconds = sim::arg("--seconds", 60);
    println!("{}", figures_heading("room"));
    let dir = test_dir("bench-room");
    let (db, meeting_id, decision_id) = workspace(&dir);
    let driver = Driver::start()?;
    let mut app = driver.launch(&db, &dir).await?;
    meeting_on_screen(&app).await?;
    let pid = app_pid(&db).ok_or("no app process")?;
    let before = memory(pid);

    let (addr, secret) = open_room(&app, &meeting_id).await?;
    app.client().execute(WATCH, vec![]).await?;
    let cookies = sim::join(addr, &secret, devices).await;
    let run = sim::react_every_second(addr, &cookies, &decision_id, seconds).await;
    let (sent, seen) = (&run.sent, &run.seen);
    let resent = run.views.saturating_sub(devices);
    let after = memory(pid);
    app.screenshot("room-after-run").await?;

    let acked: Vec<(&String, &sim::Sent)> = sent.iter().filter(|(_, s)| s.acknowledged).collect();
    let Stored { count, lost, twice } = stored(&app, &meeting_id, &acked).await?;
    let (to_devices, missed, events_twice) = sim::deliveries(sent, seen, devices);
    let (to_window, never_painted) = painted(&app, &acked).await?;
    let p95_window = sim::percentile(&to_window, 0.95).as_secs_f64() * 1000.0;

    println!("Room: {devices} devices on loopback, one reaction a second each for {seconds} s, into the real app:");
    println!(
        "  reactions sent {}, acknowledged {}, stored {count}, lost {lost}, stored twice {twice}   target: 0 lost, 0 twice",
        sent.len(),
        acked.len(),
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
    print_memory(before, after);
    app.quit().await?;
    Ok(())
}

fn print_memory(before: (f64, f64), after: (f64, f64)) {
    println!(
        "  memory (PSS): app process {:.1} -> {:.1} MB (growth {:.1} MB); app and its WebKit processes {:.1} -> {:.1} MB (growth {:.1} MB)   target growth <= 30 MB",
        before.0,
        after.0,
        after.0 - before.0,
        before.1,
        after.1,
        after.1 - before.1
    );
}
