//! Crash safety: a worker process runs a meeting, or an import, through chair-core the way the
//! app's commands do and prints one `ACK` line per write after the call returned. The test
//! kills it with SIGKILL at a random moment, many times, then opens the workspace as the app
//! would on its next start: `PRAGMA integrity_check` must say `ok`, every acknowledged write
//! must be there, and an import must be entirely present or entirely absent.
//!
//! The worker is this very test binary, re-run with `--ignored --exact crash::crash_worker`
//! and the `CHAIR_CRASH_WORKER` variable: no extra binary to build, and `cargo test --test it`
//! alone is enough. Kill moments are random but seeded: a failure prints the seed, and
//! `CHAIR_CRASH_SEED=<seed>` replays it. `CHAIR_CRASH_ROUNDS=<n>` runs n meeting rounds and n/2
//! import rounds instead of 30 and 15. Nothing is timed or asserted about speed: the delays
//! only spread the kills over the worker's life, and a third of the import rounds hold the
//! write inside its transaction (`CHAIR_CRASH_HOLD`) so that some kills surely land before the
//! commit, however fast or slow the machine is.

mod imports;
mod meetings;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::{self, Receiver};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chair_core::import::{self, ImportOptions};
use chair_core::model::{
    AnswerInput, DecisionStatus, ImpactDirection, MeetingStatus, NewAgendaItem, NewDecision,
    NewImpact, NewMeeting, ReviewInput,
};
use chair_core::Db;
use chrono::Utc;

use crate::storage::tempdir;
use crate::{sample_db_at, stating, titled};

const WORKER_ENV: &str = "CHAIR_CRASH_WORKER";
const DB_ENV: &str = "CHAIR_CRASH_DB";
const FILE_ENV: &str = "CHAIR_CRASH_FILE";
/// The worker prints this just before the import's write transaction begins.
const WRITING: &str = "PHASE writing";
/// With this variable set, the import worker holds its write at its first progress report,
/// inside its transaction (the lookup indexes dropped, no row written yet): it prints `HELD`
/// and waits to be killed.
const HOLD_ENV: &str = "CHAIR_CRASH_HOLD";
/// The held worker prints this inside the write's open transaction.
const HELD: &str = "HELD inside the write";
/// The real export the import rounds read (public-domain CFPB complaints, multi-line fields).
const CFPB: &str = "../../../shared/data/cfpb/cfpb_combined_18col.csv";

// ---------------------------------------------------------------------------------------------
// The worker

/// Not a test: the body of the worker process. Does nothing unless the crash tests started it.
#[test]
#[ignore = "the crash tests run this as their child process"]
fn crash_worker() {
    let Ok(mode) = std::env::var(WORKER_ENV) else {
        return;
    };
    let db_path = PathBuf::from(std::env::var(DB_ENV).expect("CHAIR_CRASH_DB"));
    // libtest may have printed "test … " without a line end: start on a fresh line.
    println!();
    match mode.as_str() {
        "meeting" => run_meetings(&db_path),
        "import" => run_import(
            &db_path,
            Path::new(&std::env::var(FILE_ENV).expect("CHAIR_CRASH_FILE")),
        ),
        other => panic!("unknown worker mode {other}"),
    }
    ack("done");
}

/// Prints one line and flushes it: after this returns, the parent may rely on it.
fn ack(line: &str) {
    let mut out = std::io::stdout().lock();
    writeln!(out, "ACK {line}").expect("stdout");
    out.flush().expect("stdout");
}

/// Three meetings, as a facilitator runs them: create, start, go through the agenda, record a
/// decision with impacts per item, answer the deck's prompts for it, review it, end.
fn run_meetings(db_path: &Path) {
    let mut db = Db::open(db_path).expect("the worker opens the workspace");
    let deck = db
        .list_decks()
        .unwrap()
        .into_iter()
        .find(|d| !d.prompts.is_empty())
        .expect("a deck with prompts");
    let persona = db.list_personas(false).unwrap()[0].id.clone();
    for m in 0..3 {
        let meeting = db
            .create_meeting(&NewMeeting {
                deck_id: Some(deck.id.clone()),
                persona_ids: Some(vec![persona.clone()]),
                agenda: Some(
                    (0..3)
                        .map(|i| NewAgendaItem {
                            title: format!("Item {i}"),
                            planned_minutes: Some(5),
                        })
                        .collect(),
                ),
                ..titled(&format!("Crash meeting {m}"))
            })
            .unwrap()
            .id;
        ack(&format!("meeting {meeting}"));
        let view = db.start_meeting(&meeting, Utc::now()).unwrap();
        ack(&format!("started {meeting}"));
        for (i, item) in view.agenda.iter().enumerate() {
            db.start_agenda_item(&meeting, &item.id, Utc::now())
                .unwrap();
            ack(&format!("item {meeting} {}", item.id));
            let decision = db
                .record_decision(&NewDecision {
                    agenda_item_id: Some(item.id.clone()),
                    owner: Some("Lena".into()),
                    review_on: Some(Utc::now().date_naive()),
                    impacts: Some(vec![
                        impact(&persona, ImpactDirection::Helps),
                        impact(&persona, ImpactDirection::Hurts),
                    ]),
                    ..stating(&meeting, &format!("Decision {m}.{i}: ship it"))
                })
                .unwrap()
                .id;
            ack(&format!("decision {decision} 2"));
            for (p, prompt) in deck.prompts.iter().enumerate() {
                let answer = format!("answer-{m}-{i}-{p}");
                db.answer_prompt(&AnswerInput {
                    meeting_id: meeting.clone(),
                    prompt_id: prompt.id.clone(),
                    answer: answer.clone(),
                    agenda_item_id: Some(item.id.clone()),
                    decision_id: Some(decision.clone()),
                })
                .unwrap();
                ack(&format!("answer {meeting} {answer}"));
            }
            db.record_review(&ReviewInput {
                decision_id: decision.clone(),
                happened: i % 2 == 0,
                note: format!("looked back {m}.{i}"),
            })
            .unwrap();
            ack(&format!("review {decision}"));
        }
        db.end_meeting(&meeting, Utc::now()).unwrap();
        ack(&format!("ended {meeting}"));
    }
}

fn impact(persona: &str, direction: ImpactDirection) -> NewImpact {
    NewImpact {
        persona_id: Some(persona.to_owned()),
        segment: None,
        direction,
        magnitude: Some(3),
        confidence: None,
        reach: None,
        what_changes: "checkout takes one step less".into(),
    }
}

/// What `run_import` (the app's command) does: preview for the layout key, parse, write.
fn run_import(db_path: &Path, file: &Path) {
    let mut db = Db::open(db_path).expect("the worker opens the workspace");
    let preview = import::preview_with_memory(&db, file, None).unwrap();
    let mapping = preview.preview.suggested.clone();
    let options = ImportOptions::default();
    let cancel = AtomicBool::new(false);
    let (summary, rows) = import::parse(file, &mapping, &options, &mut |_, _| {}, &cancel).unwrap();
    let hold = std::env::var_os(HOLD_ENV).is_some();
    // The write reports its progress every 1024 rows from its first, and once more after its
    // commit (`done == total`): a hold before that is inside the transaction.
    let mut progress = |done: u64, total: u64| {
        if hold && done < total {
            println!("{HELD}");
            // Killed long before this ends; if the test is gone, the worker ends by itself.
            std::thread::sleep(Duration::from_secs(120));
        }
    };
    println!("{WRITING}");
    let report = import::write(
        &mut db,
        summary,
        rows,
        &preview.preview.layout_key,
        &mapping,
        &[],
        &mut progress,
        &cancel,
    )
    .unwrap();
    ack(&format!("import {}", report.inserted));
}

// ---------------------------------------------------------------------------------------------
// The parent

/// A worker process and the lines it printed so far.
struct Worker {
    child: Child,
    lines: Receiver<String>,
    reader: JoinHandle<()>,
}

impl Worker {
    fn spawn(mode: &str, db: &Path, file: Option<&Path>) -> Worker {
        Worker::start(Worker::command(mode, db, file))
    }

    /// An import worker that holds its write inside its transaction until it is killed.
    fn spawn_holding(db: &Path, file: &Path) -> Worker {
        let mut command = Worker::command("import", db, Some(file));
        command.env(HOLD_ENV, "1");
        Worker::start(command)
    }

    fn command(mode: &str, db: &Path, file: Option<&Path>) -> Command {
        let mut command = Command::new(std::env::current_exe().unwrap());
        command
            .args([
                "--ignored",
                "--exact",
                "crash::crash_worker",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(WORKER_ENV, mode)
            .env(DB_ENV, db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        if let Some(f) = file {
            command.env(FILE_ENV, f);
        }
        command
    }

    fn start(mut command: Command) -> Worker {
        let mut child = command.spawn().expect("the worker starts");
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Worker {
            child,
            lines,
            reader,
        }
    }

    /// Waits until the worker prints `marker` (or ends); returns the lines seen so far.
    fn wait_for(&self, marker: &str) -> Vec<String> {
        let mut seen = Vec::new();
        while let Ok(line) = self.lines.recv() {
            let done = line == marker;
            seen.push(line);
            if done {
                break;
            }
        }
        seen
    }

    /// SIGKILLs the worker (if it still runs) and returns every line it printed.
    fn kill(mut self, mut seen: Vec<String>) -> (Vec<String>, bool) {
        let finished = self.child.try_wait().unwrap().is_some();
        // `Child::kill` is SIGKILL on Unix: no destructor, no flush, no rollback runs.
        let _ = self.child.kill();
        self.child.wait().unwrap();
        self.reader.join().unwrap();
        seen.extend(self.lines.try_iter());
        (seen, finished)
    }

    /// Lets the worker run to its end; it must succeed.
    fn finish(mut self) -> Vec<String> {
        let status = self.child.wait().unwrap();
        self.reader.join().unwrap();
        let lines: Vec<String> = self.lines.try_iter().collect();
        assert!(status.success(), "the worker failed: {lines:?}");
        lines
    }
}

/// The `ACK` lines, without the prefix.
fn acks(lines: &[String]) -> Vec<&str> {
    lines
        .iter()
        .filter_map(|l| l.strip_prefix("ACK "))
        .collect()
}

struct Plan {
    seed: u64,
    rng: fastrand::Rng,
}

impl Plan {
    fn new() -> Plan {
        let seed = std::env::var("CHAIR_CRASH_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| fastrand::u64(..));
        Plan {
            seed,
            rng: fastrand::Rng::with_seed(seed),
        }
    }

    fn rounds(default: usize, divide: usize) -> usize {
        std::env::var("CHAIR_CRASH_ROUNDS")
            .ok()
            .and_then(|s| s.parse::<usize>().ok())
            .map_or(default, |n| (n / divide).max(1))
    }

    /// A delay somewhere in `0..=span` (a little past it, so some workers finish first).
    fn delay(&mut self, span: Duration) -> Duration {
        let max = (span.as_micros() as u64).saturating_mul(11) / 10 + 1;
        Duration::from_micros(self.rng.u64(0..=max))
    }
}

/// What the app sees at its next start: the file is sound and opens.
fn reopen(path: &Path, context: &str) -> Db {
    let check = |when: &str| {
        let conn = rusqlite::Connection::open(path).unwrap();
        let verdict: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(verdict, "ok", "{context}: integrity_check {when}");
    };
    check("as the kill left it");
    let db = Db::open(path).unwrap_or_else(|e| panic!("{context}: the workspace opens: {e}"));
    check("after Db::open");
    db
}

/// Every acknowledged meeting write is in the reopened workspace.
fn assert_meeting_acks(db: &mut Db, acks: &[&str], context: &str) {
    for ack in acks {
        let words: Vec<&str> = ack.split(' ').collect();
        let found = match words.as_slice() {
            ["meeting", id] => db.meeting_view(id).is_ok(),
            ["started", id] => {
                db.meeting_view(id).unwrap().meeting.status != MeetingStatus::Planned
            }
            ["item", meeting, item] => db
                .meeting_view(meeting)
                .unwrap()
                .agenda
                .iter()
                .any(|a| a.id == *item && a.started_at.is_some()),
            ["decision", id, impacts] => {
                db.get_decision(id).unwrap().impacts.len() == impacts.parse::<usize>().unwrap()
            }
            ["answer", meeting, text] => db
                .meeting_view(meeting)
                .unwrap()
                .answers
                .iter()
                .any(|a| a.answer == *text),
            ["review", id] => db.get_decision(id).unwrap().reviewed_at.is_some(),
            ["ended", id] => db.meeting_view(id).unwrap().meeting.status == MeetingStatus::Ended,
            ["done"] => true,
            _ => panic!("{context}: unknown ack {ack:?}"),
        };
        assert!(found, "{context}: acknowledged but lost: {ack}");
    }
}
