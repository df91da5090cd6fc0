//! Crash safety of the real app: the built binary is killed (SIGKILL) at seeded random moments,
//! many times, while a scripted meeting writes through its IPC and while it imports a large
//! file. After each kill, with the app gone, the database must pass `PRAGMA integrity_check`,
//! hold every write the app acknowledged, and hold an import entirely or not at all; then the
//! app must start again on the same file and show what was there.
//!
//! The writes go through the app's own commands from its page, as `ui/src/lib/ipc.ts` sends
//! them (`window.__TAURI_INTERNALS__.invoke`), one WebDriver call each: when the call returns,
//! the command has returned, so the write counts as acknowledged. A kill lands while a call is
//! on its way; that one write may or may not have been committed, and both are accepted.
//!
//! `CHAIR_KILL_SEED=<n>` replays a run's kill moments (the seed is printed at the start and in
//! every failure); `CHAIR_KILL_ROUNDS=<n>` runs n meeting rounds and 3n/4 import rounds instead
//! of 8 and 6. `src-tauri/core/tests/it/crash/` does the same many more times, faster,
//! against a worker that drives chair-core directly; this file proves it of the app itself.

mod imports;
mod meetings;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chair_core::model::MeetingStatus;
use chair_core::Db;
use chair_e2e::{real_sentences, test_dir, wait_gone, App, Driver, Ipc, Result, Scenario};
use chrono::{DateTime, NaiveDate};
use serde_json::{json, Value};

/// The kill moments when `CHAIR_KILL_SEED` is not set: fixed, so CI runs are repeatable.
const DEFAULT_SEED: u64 = 20261126;
const DEFAULT_ROUNDS: usize = 8;
/// The generated import file: the same in every run, whatever the kill seed.
const DATA_SEED: u64 = 20261125;
const IMPORT_ROWS: usize = 30_000;
/// A word of the import file (CFPB narratives) that the sample workspace does not use.
const IMPORT_WORD: &str = "mortgage";
/// How long a round may write before the kill: at least this long after the first write...
const KILL_AFTER_MIN_MS: u64 = 50;
/// ...and at most this long.
const KILL_AFTER_MAX_MS: u64 = 1500;

/// The seed, the number of rounds and the random generator they feed.
struct Plan {
    seed: u64,
    rounds: usize,
    rng: fastrand::Rng,
}

impl Plan {
    fn new(what: &str) -> Plan {
        let seed = env_number("CHAIR_KILL_SEED").unwrap_or(DEFAULT_SEED);
        let rounds = env_number("CHAIR_KILL_ROUNDS").map_or(DEFAULT_ROUNDS, |n| n as usize);
        eprintln!("crash ({what}): CHAIR_KILL_SEED={seed} CHAIR_KILL_ROUNDS={rounds}");
        Plan {
            seed,
            rounds,
            rng: fastrand::Rng::with_seed(seed),
        }
    }

    /// What to put in a failure so it can be replayed.
    fn context(&self, what: &str, round: usize) -> String {
        format!(
            "{what} round {round} (CHAIR_KILL_SEED={} CHAIR_KILL_ROUNDS={} replays it)",
            self.seed, self.rounds
        )
    }

    /// A delay in `0..=span`.
    fn within(&mut self, span: Duration) -> Duration {
        Duration::from_micros(self.rng.u64(0..=span.as_micros() as u64))
    }
}

fn env_number(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok().filter(|v| !v.trim().is_empty())?;
    Some(
        value
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={value:?} is not a number")),
    )
}

/// The failure `message`, with the round's context.
fn fail<T>(context: &str, message: impl std::fmt::Display) -> Result<T> {
    Err(format!("{context}: {message}").into())
}

fn ensure(ok: bool, context: &str, message: impl std::fmt::Display) -> Result {
    if ok {
        Ok(())
    } else {
        fail(context, message)
    }
}

/// `PRAGMA integrity_check` on the file as it is, through a connection of its own.
fn integrity(path: &Path, context: &str, when: &str) -> Result {
    let conn = rusqlite::Connection::open(path)?;
    let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    ensure(
        verdict == "ok",
        context,
        format!("integrity_check {when}: {verdict}"),
    )
}

fn text(value: &Value, key: &str) -> Result<String> {
    value[key]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("no {key:?} in {value}").into())
}

/// The `id` of every object in the array `list` (none when it is not an array).
fn ids(list: &Value) -> Result<Vec<String>> {
    list.as_array()
        .into_iter()
        .flatten()
        .map(|v| text(v, "id"))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// A meeting, written through the app's commands

/// A write the app acknowledged: the command returned it.
#[derive(Debug)]
enum Ack {
    Person(String),
    Meeting {
        id: String,
        title: String,
    },
    ItemStarted {
        meeting: String,
        item: String,
    },
    PromptIndex {
        meeting: String,
        index: u64,
    },
    Answer {
        meeting: String,
        prompt: String,
        text: String,
    },
    Draft {
        meeting: String,
        draft: String,
    },
    Decision {
        id: String,
        meeting: String,
        statement: String,
    },
    Reference {
        meeting: String,
        at: String,
    },
    Annotation {
        decision: String,
        id: String,
    },
    Ended(String),
}

/// What the writer did: the acknowledged writes, in order, and the call on its way, if any.
#[derive(Default)]
struct Log {
    acks: Vec<Ack>,
    pending: Option<(String, Value)>,
    /// The first failed call, and whether the kill had begun when it failed.
    failure: Option<(String, bool)>,
}

/// Writes through the app's commands and logs each write once it is acknowledged.
struct Writer {
    ipc: Ipc,
    log: Arc<Mutex<Log>>,
    killing: Arc<AtomicBool>,
}

impl Writer {
    fn log(&self) -> std::sync::MutexGuard<'_, Log> {
        self.log.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// One command, one WebDriver call, on its way until it returns: its answer, or its failure
    /// (logged, with whether the kill had begun).
    async fn call(&self, cmd: &str, args: Value) -> Result<Value> {
        self.log().pending = Some((cmd.to_owned(), args.clone()));
        let answer = self.ipc.invoke(cmd, args).await;
        if let Err(e) = &answer {
            let killing = self.killing.load(Ordering::SeqCst);
            self.log().failure.get_or_insert((e.to_string(), killing));
        }
        answer
    }

    /// One write, logged as acknowledged (`ack` says what it wrote) once the app answered.
    async fn write(
        &self,
        cmd: &str,
        args: Value,
        ack: impl FnOnce(&Value) -> Result<Ack>,
    ) -> Result<Value> {
        let answer = self.call(cmd, args).await?;
        let ack = ack(&answer)?;
        let mut log = self.log();
        log.acks.push(ack);
        log.pending = None;
        Ok(answer)
    }
}

/// The workspace's ids the script writes with, read through the app.
struct Cast {
    deck: String,
    prompts: Vec<String>,
    persona: String,
    person: String,
}

impl Cast {
    async fn read(app: &App, round: usize) -> Result<Cast> {
        let decks = app.invoke("list_decks", json!({})).await?;
        let deck = decks
            .as_array()
            .and_then(|d| {
                d.iter()
                    .find(|d| d["prompts"].as_array().is_some_and(|p| p.len() > 1))
            })
            .ok_or("no deck with prompts")?;
        let prompts = ids(&deck["prompts"])?;
        let personas = app
            .invoke("list_personas", json!({ "includeArchived": false }))
            .await?;
        let personas = personas.as_array().ok_or("no personas")?;
        let people = app
            .invoke("list_people", json!({ "includeArchived": false }))
            .await?;
        Ok(Cast {
            deck: text(deck, "id")?,
            prompts,
            // A different persona in the chair from round to round: the restart shows which.
            persona: text(&personas[round % personas.len()], "id")?,
            person: text(&people[0], "id")?,
        })
    }
}
