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
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chair_core::{ChangeArea, Db};
use chair_room::sim::{self, spread};
use chair_room::{Assets, Room, RoomConfig, SharedDb};

struct NoPage;

impl Assets for NoPage {
    fn get(&self, _: &str) -> Option<Vec<u8>> {
        None
    }
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

/// The room on loopback over a fresh workspace holding one decision to react to, and when the
/// facilitator's shell was told of each change to the decisions.
struct Bench {
    room: Room,
    ws: Arc<SharedDb>,
    told: Arc<Mutex<Vec<Instant>>>,
    decision: String,
    addr: SocketAddr,
    secret: String,
}

impl Bench {
    fn open(dir: &Path) -> Bench {
        let mut db = Db::open(&dir.join("workspace.db")).expect("workspace");
        db.start_empty().expect("empty workspace");
        let (meeting, decision) =
            sim::decision_to_react_to(&mut db, "Bench", None, "Decide").expect("decision");
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
                meeting_id: meeting,
                admit_everyone: true,
            },
            ws.clone(),
            Arc::new(NoPage),
        )
        .expect("room on loopback");
        let addr: SocketAddr = room.origin().trim_start_matches("http://").parse().unwrap();
        assert!(addr.ip().is_loopback());
        let secret = room.url().split_once("#k=").unwrap().1.to_owned();
        Bench {
            room,
            ws,
            told,
            decision,
            addr,
            secret,
        }
    }

    /// `devices` join and react every second for `seconds`; prints what became of the
    /// reactions and how fast the others heard of them.
    async fn run(&self, devices: usize, seconds: u64, rss_before: u64) {
        let cookies = sim::join(self.addr, &self.secret, devices).await;
        let run = sim::react_every_second(self.addr, &cookies, &self.decision, seconds).await;
        let (sent, seen) = (&run.sent, &run.seen);
        let resent = run.views.saturating_sub(devices);
        let acked = sent.values().filter(|s| s.acknowledged).count();
        let stored = self
            .ws
            .db
            .lock()
            .unwrap()
            .get_decision(&self.decision)
            .unwrap()
            .annotations;
        let stored_ids: HashSet<&str> = stored.iter().map(|a| a.id.as_str()).collect();
        let lost = sent
            .iter()
            .filter(|(id, s)| s.acknowledged && !stored_ids.contains(id.as_str()))
            .count();
        let duplicates = stored.len() - stored_ids.len();
        let (to_devices, missed_events, duplicate_events) = sim::deliveries(sent, seen, devices);
        let to_facilitator = self.to_facilitator(sent);
        let rss_after = rss_kib();
        println!("room: {devices} devices on loopback, one reaction a second each for {seconds} s");
        println!("  reactions sent {}, acknowledged {acked}, stored {}, lost {lost}, duplicates {duplicates}", sent.len(), stored.len());
        println!(
            "  POST -> event at every other device ({} deliveries, {missed_events} missed, {duplicate_events} twice, {resent} whole views resent to devices behind): {}",
            to_devices.len(),
            spread(&to_devices)
        );
        println!(
            "  POST -> facilitator notified ({}): {}",
            to_facilitator.len(),
            spread(&to_facilitator)
        );
        println!(
            "  memory (RSS of this process, server and simulated devices): {:.1} MB before, {:.1} MB after, growth {:.1} MB",
            rss_before as f64 / 1024.0,
            rss_after as f64 / 1024.0,
            (rss_after as f64 - rss_before as f64) / 1024.0
        );
    }

    /// The facilitator: the n-th "decisions" notice after the n-th POST (in order of time).
    fn to_facilitator(&self, sent: &HashMap<String, sim::Sent>) -> Vec<Duration> {
        let mut posts: Vec<Instant> = sent
            .values()
            .filter(|s| s.acknowledged)
            .map(|s| s.at)
            .collect();
        posts.sort();
        let told = self.told.lock().unwrap().clone();
        let mut to_facilitator: Vec<Duration> = posts
            .iter()
            .zip(told.iter())
            .map(|(p, t)| t.saturating_duration_since(*p))
            .collect();
        to_facilitator.sort();
        to_facilitator
    }
}

fn main() {
    let devices = sim::arg("--devices", 50) as usize;
    let seconds = sim::arg("--seconds", 60);
    let dir = std::env::temp_dir().join(format!("chair-room-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bench = Bench::open(&dir);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let rss_before = rss_kib();
    runtime.block_on(bench.run(devices, seconds, rss_before));
    bench.room.close();
    let _ = std::fs::remove_dir_all(&dir);
}
