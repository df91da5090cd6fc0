//! The app's processes, read from `/proc`: which one runs on a workspace, its children, and
//! waiting for it to be gone (a killed or quit app, before its database file is opened).

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

/// Every process: pid to (parent pid, command line).
pub fn processes() -> HashMap<u32, (u32, Vec<String>)> {
    let mut out = HashMap::new();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return out;
    };
    for entry in dir.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        let Some(ppid) = stat_field(pid, 4).and_then(|f| f.parse().ok()) else {
            continue;
        };
        let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        let args = cmdline
            .split(|b| *b == 0)
            .filter(|a| !a.is_empty())
            .map(|a| String::from_utf8_lossy(a).into_owned())
            .collect();
        out.insert(pid, (ppid, args));
    }
    out
}

/// Every descendant of `pid` (children first, then theirs), not `pid` itself.
pub fn descendants(pid: u32) -> Vec<u32> {
    let all = processes();
    let mut out = vec![pid];
    let mut i = 0;
    while i < out.len() {
        let parent = out[i];
        let mut children: Vec<u32> = all
            .iter()
            .filter(|(_, (ppid, _))| *ppid == parent)
            .map(|(p, _)| *p)
            .collect();
        children.sort_unstable();
        out.extend(children);
        i += 1;
    }
    out.remove(0);
    out
}

/// Field `n` (1-based, as in proc(5)) of `/proc/<pid>/stat`.
pub fn stat_field(pid: u32, n: usize) -> Option<String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 2..];
    rest.split(' ').nth(n - 3).map(str::to_owned)
}

/// The programs started with `--db <path>`: the app, and the benchmark's empty window.
const PROGRAMS: [&str; 2] = ["empty-chair", "empty-window"];

/// The app process (or the benchmark's empty window) running on `db`.
pub fn app_pid(db: &Path) -> Option<u32> {
    let db = db.to_string_lossy();
    processes().into_iter().find_map(|(pid, (_, args))| {
        let ours = args
            .first()
            .is_some_and(|a| PROGRAMS.iter().any(|p| a.ends_with(p)))
            && args.windows(2).any(|w| w[0] == "--db" && w[1] == db);
        ours.then_some(pid)
    })
}

/// Whether `pid` has ended and closed its files: reaped, or a zombie with no thread left. (A
/// killed process loses its command line before its last thread has closed its files.)
pub fn exited(pid: u32) -> bool {
    match stat_field(pid, 3) {
        None => true,
        Some(state) => {
            let threads = std::fs::read_dir(format!("/proc/{pid}/task")).map_or(0, Iterator::count);
            state == "Z" && threads <= 1
        }
    }
}

/// Waits (at most 10 s) until `pid` has exited (see [`exited`]); whether it has.
pub fn wait_exited(pid: u32) -> bool {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !exited(pid) {
        if Instant::now() > deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    true
}

/// Waits (at most 10 s) until no app runs on `db`; whether it is gone.
pub fn wait_gone(db: &Path) -> bool {
    app_pid(db).is_none_or(wait_exited)
}

/// `pid` and all its descendants, with their names.
pub fn tree(pid: u32) -> Vec<(u32, String)> {
    let all = processes();
    std::iter::once(pid)
        .chain(descendants(pid))
        .map(|p| {
            let name = all
                .get(&p)
                .and_then(|(_, args)| args.first())
                .map(|a| a.rsplit('/').next().unwrap_or(a).to_owned())
                .unwrap_or_default();
            (p, name)
        })
        .collect()
}

/// A `kB` line of `/proc/<pid>/smaps_rollup`, in MB.
pub fn rollup_mb(pid: u32, key: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// A benchmark's first line: what it measures (`"room"`: "Empty Chair room figures"), when, on
/// what machine, with which build of the app.
pub fn figures_heading(what: &str) -> String {
    format!(
        "Empty Chair {what} figures, {} UTC, {}, app {}",
        chrono::Utc::now().format("%Y-%m-%d %H:%M"),
        machine(),
        crate::app_binary().display()
    )
}

/// The machine, for a benchmark's first line: CPU model, cores, memory.
pub fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let ram_gb = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0 / 1024.0);
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cpu}, {cores} cores, {ram_gb:.0} GB RAM")
}
