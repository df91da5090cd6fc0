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
//! of 8 and 6. `src-tauri/core/tests/it/crash.rs` does the same many more times, faster,
//! against a worker that drives chair-core directly; this file proves it of the app itself.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chair_core::model::MeetingStatus;
use chair_core::Db;
use chair_e2e::{real_sentences, test_dir, wait_gone, App, Driver, Ipc, Result};
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
        let prompts = deck["prompts"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| text(p, "id"))
            .collect::<Result<_>>()?;
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

/// The decision form's draft as the UI keeps it (`serializeDraft` in `ui/src/lib/draft.ts`).
fn draft_json(statement: &str, rationale: &str) -> String {
    json!({ "v": 1, "draft": {
        "statement": statement, "rationale": rationale, "optionsConsidered": "",
        "owner": "Priya", "status": "proposed", "reviewOn": "", "reversibility": "two_way",
        "impacts": [], "pinned": [],
    }})
    .to_string()
}

/// Meetings as a facilitator runs them, one after another until the app dies: create and open
/// one (running, three agenda items, a deck), then per item start it, move through its share of
/// the prompts and answer each, type a decision (the draft is saved as it grows), record it with
/// its impact, clear the draft, note the customer reference, add an ambassador's annotation;
/// end the meeting.
async fn run_meetings(w: Writer, cast: Cast, round: usize) -> Result {
    let person = cast.person.clone();
    w.write("set_current_person", json!({ "id": person }), |_| {
        Ok(Ack::Person(person))
    })
    .await?;
    for m in 0.. {
        let title = format!("Crash round {round} meeting {m}");
        let agenda: Vec<Value> = ["Returns window", "Gift receipts", "Holiday staffing"]
            .iter()
            .map(|t| json!({ "title": t, "plannedMinutes": 5 }))
            .collect();
        let input = json!({ "input": {
            "title": title, "deckId": cast.deck, "personaIds": [cast.persona], "agenda": agenda,
        }});
        let meeting = w
            .write("create_meeting", input, |m| {
                Ok(Ack::Meeting {
                    id: text(m, "id")?,
                    title: title.clone(),
                })
            })
            .await?;
        let id = text(&meeting, "id")?;
        // As the UI does on showing it (it also remembers the meeting to reopen): not checked.
        let view = w.call("open_meeting", json!({ "id": id })).await?;
        w.log().pending = None;
        let items: Vec<String> = view["agenda"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|i| text(i, "id"))
            .collect::<Result<_>>()?;
        for (i, item) in items.iter().enumerate() {
            let (meeting, item) = (&id, item);
            let args = json!({ "meetingId": id, "itemId": item });
            w.write("start_agenda_item", args, |_| {
                let (meeting, item) = (meeting.clone(), item.clone());
                Ok(Ack::ItemStarted { meeting, item })
            })
            .await?;
            let prompts = cast.prompts.iter().enumerate();
            for (p, prompt) in prompts.filter(|(p, _)| p % items.len() == i) {
                let args = json!({ "meetingId": id, "index": p });
                w.write("set_prompt_index", args, |_| {
                    let (meeting, index) = (meeting.clone(), p as u64);
                    Ok(Ack::PromptIndex { meeting, index })
                })
                .await?;
                let answer = format!("{title}, prompt {p}: shoppers buying gifts in December");
                let input = json!({ "input": {
                    "meetingId": id, "promptId": prompt, "answer": answer, "agendaItemId": item,
                }});
                w.write("answer_prompt", input, |_| {
                    let (meeting, prompt) = (meeting.clone(), prompt.clone());
                    Ok(Ack::Answer {
                        meeting,
                        prompt,
                        text: answer,
                    })
                })
                .await?;
            }
            // The decision typed in two goes (the draft is saved as it grows), then recorded.
            let statement = format!("{title}, item {i}: print a prepaid return label");
            let rationale = "Returns are the loudest complaint.";
            save_draft(&w, &id, draft_json(&statement[..statement.len() / 2], "")).await?;
            save_draft(&w, &id, draft_json(&statement, rationale)).await?;
            let input = json!({ "input": {
                "meetingId": id, "agendaItemId": item, "statement": statement,
                "rationale": rationale, "owner": "Priya", "reversibility": "two_way",
                "impacts": [{
                    "personaId": cast.persona, "direction": "helps", "magnitude": 3,
                    "whatChanges": "a return takes one trip to the post office",
                }],
            }});
            let decision = w
                .write("record_decision", input, |d| {
                    let (id, meeting) = (text(d, "id")?, meeting.clone());
                    Ok(Ack::Decision {
                        id,
                        meeting,
                        statement,
                    })
                })
                .await?;
            let decision = text(&decision, "id")?;
            // The form is empty again; the room notes the customer; an ambassador reacts in
            // the customer's voice.
            save_draft(&w, &id, String::new()).await?;
            let input = json!({ "input": { "meetingId": id, "kind": "impact_recorded" } });
            w.write("record_customer_reference", input, |pulse| {
                let at = text(pulse, "lastCustomerReferenceAt")?;
                Ok(Ack::Reference {
                    meeting: meeting.clone(),
                    at,
                })
            })
            .await?;
            let input = json!({ "decisionId": decision, "input": {
                "stance": "concerned", "feeling": 2, "flags": ["would_leave"],
                "comment": "I still have to find a printer for the label.",
            }});
            w.write("add_annotation", input, |a| {
                Ok(Ack::Annotation {
                    decision,
                    id: text(a, "id")?,
                })
            })
            .await?;
        }
        w.write("end_meeting", json!({ "meetingId": id }), |_| {
            Ok(Ack::Ended(id))
        })
        .await?;
    }
    Ok(())
}

/// Saves the decision form's draft, as the UI does while the user types ("" clears it).
async fn save_draft(w: &Writer, meeting: &str, draft: String) -> Result {
    let args = json!({ "meetingId": meeting, "draft": draft });
    let meeting = meeting.to_owned();
    w.write("save_decision_draft", args, |_| {
        Ok(Ack::Draft { meeting, draft })
    })
    .await?;
    Ok(())
}

fn timestamp(text: &str) -> Result<DateTime<chrono::FixedOffset>> {
    Ok(DateTime::parse_from_rfc3339(text).map_err(|e| format!("{text:?}: {e}"))?)
}

/// What the restarted app must show: the meeting the workspace remembers, its persona in the
/// chair, its draft in the decision form, and the newest acknowledged meeting in the list.
struct Shown {
    title: String,
    chair: String,
    statement: Option<String>,
    newest: Option<String>,
}

impl Shown {
    async fn check(&self, app: &App, context: &str) -> Result {
        let checks = async {
            app.wait_text("meeting-title", &self.title).await?;
            app.wait_text("chair-name", &self.chair).await?;
            if let Some(statement) = &self.statement {
                app.wait_value("decision-statement", statement).await?;
            }
            if let Some(newest) = &self.newest {
                let listed = app.texts("meeting-item").await?;
                if !listed.iter().any(|t| t.contains(newest.as_str())) {
                    return Err(format!("{newest:?} is not in the meeting list {listed:?}").into());
                }
            }
            Ok::<_, chair_e2e::Error>(())
        };
        checks
            .await
            .or_else(|e| fail(context, format!("after the restart: {e}")))
    }
}

/// Opens the killed app's workspace as its next start would and checks every acknowledged
/// write; returns what the restarted app must show.
fn check_meeting_writes(path: &Path, log: &Log, context: &str) -> Result<Shown> {
    integrity(path, context, "as the kill left it")?;
    let db = Db::open(path).or_else(|e| fail(context, format!("the workspace opens: {e}")))?;
    integrity(path, context, "after Db::open")?;
    let lost = |ack: &Ack| format!("acknowledged but lost: {ack:?}");
    // For a value a later write replaces: the last acknowledged one, or the one on its way.
    let mut index: HashMap<&str, u64> = HashMap::new();
    let mut drafts: HashMap<&str, &str> = HashMap::new();
    let mut newest = None;
    for ack in &log.acks {
        let found = match ack {
            Ack::Person(id) => db.current_person()?.is_some_and(|p| p.id == *id),
            Ack::Meeting { id, title } => {
                newest = Some(title.clone());
                db.meeting_view(id).is_ok_and(|v| v.meeting.title == *title)
            }
            Ack::ItemStarted { meeting, item } => db
                .meeting_view(meeting)?
                .agenda
                .iter()
                .any(|a| a.id == *item && a.started_at.is_some()),
            Ack::PromptIndex { meeting, index: i } => {
                index.insert(meeting, *i);
                true
            }
            Ack::Answer {
                meeting,
                prompt,
                text,
            } => db
                .meeting_view(meeting)?
                .answers
                .iter()
                .any(|a| a.prompt_id == *prompt && a.answer == *text),
            Ack::Draft { meeting, draft } => {
                drafts.insert(meeting, draft);
                true
            }
            Ack::Decision {
                id,
                meeting,
                statement,
            } => {
                // Recording a decision clears the meeting's draft.
                drafts.insert(meeting, "");
                db.get_decision(id).is_ok_and(|d| {
                    d.meeting_id == *meeting && d.statement == *statement && d.impacts.len() == 1
                })
            }
            Ack::Reference { meeting, at } => {
                let stored = db.meeting_view(meeting)?.meeting.last_customer_reference_at;
                match stored {
                    Some(stored) => timestamp(&stored)? >= timestamp(at)?,
                    None => false,
                }
            }
            Ack::Annotation { decision, id } => db
                .get_decision(decision)
                .is_ok_and(|d| d.annotations.iter().any(|a| a.id == *id)),
            Ack::Ended(id) => db.meeting_view(id)?.meeting.status == MeetingStatus::Ended,
        };
        ensure(found, context, lost(ack))?;
    }
    let on_its_way = |cmd: &str, meeting: &str| {
        log.pending
            .as_ref()
            .filter(|(c, args)| c == cmd && args["meetingId"] == meeting)
            .map(|(_, args)| args.clone())
    };
    for (meeting, acked) in index {
        let stored = u64::from(db.meeting_view(meeting)?.meeting.prompt_index);
        let sent = on_its_way("set_prompt_index", meeting).and_then(|a| a["index"].as_u64());
        ensure(
            stored == acked || Some(stored) == sent,
            context,
            format!("meeting {meeting}: prompt {stored}, acknowledged {acked}"),
        )?;
    }
    for (meeting, acked) in drafts {
        let stored = db.decision_draft(meeting)?.unwrap_or_default();
        let sent = on_its_way("save_decision_draft", meeting);
        let sent = sent.as_ref().and_then(|a| a["draft"].as_str());
        let recording = log.pending.as_ref().is_some_and(|(cmd, args)| {
            cmd == "record_decision" && args["input"]["meetingId"] == meeting
        });
        ensure(
            stored == acked || Some(stored.as_str()) == sent || (recording && stored.is_empty()),
            context,
            format!("meeting {meeting}: draft {stored:?}, acknowledged {acked:?}"),
        )?;
    }
    // Whatever the kill interrupted is whole or absent: no decision without its impact.
    for m in db.list_meetings()? {
        if m.title.starts_with("Crash round") {
            for d in db.list_decisions(&m.id)? {
                ensure(
                    d.impacts.len() == 1,
                    context,
                    format!("{:?} has {} impacts", d.statement, d.impacts.len()),
                )?;
            }
        }
    }
    let last = db
        .summary()?
        .last_meeting_id
        .ok_or_else(|| format!("{context}: no meeting to reopen"))?;
    let view = db.meeting_view(&last)?;
    let statement = db
        .decision_draft(&last)?
        .and_then(|d| serde_json::from_str::<Value>(&d).ok())
        .and_then(|d| d["draft"]["statement"].as_str().map(str::to_owned));
    Ok(Shown {
        title: view.meeting.title,
        chair: view
            .personas
            .first()
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        statement,
        newest,
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn a_killed_app_keeps_every_acknowledged_meeting_write() -> Result {
    let mut plan = Plan::new("meetings");
    let dir = test_dir("crash-meetings");
    let db = dir.join("workspace.db");
    let driver = Driver::start()?;
    let started = Instant::now();
    let mut shown: Option<Shown> = None;
    let (mut acked, mut interrupted) = (0, 0);
    for round in 0..plan.rounds {
        let context = plan.context("meeting", round);
        // Each round starts the app again on the file the last kill left.
        let mut app = driver.launch(&db, &dir).await?;
        match &shown {
            Some(shown) => shown.check(&app, &context).await?,
            None => {
                app.wait_text("chair-name", "Diane Okafor").await?;
            }
        }
        app.screenshot(&format!("round-{round}-started")).await?;
        let cast = Cast::read(&app, round).await?;
        let log = Arc::new(Mutex::new(Log::default()));
        let killing = Arc::new(AtomicBool::new(false));
        let writer = Writer {
            ipc: app.ipc(),
            log: log.clone(),
            killing: killing.clone(),
        };
        let mut writing = tokio::spawn(run_meetings(writer, cast, round));
        // The clock starts at the first acknowledged write.
        let deadline = Instant::now() + Duration::from_secs(20);
        while log.lock().unwrap().acks.is_empty() {
            if writing.is_finished() || Instant::now() > deadline {
                let failure = log.lock().unwrap().failure.clone();
                return fail(&context, format!("the first write failed: {failure:?}"));
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let delay = Duration::from_millis(plan.rng.u64(KILL_AFTER_MIN_MS..=KILL_AFTER_MAX_MS));
        tokio::time::sleep(delay).await;
        killing.store(true, Ordering::SeqCst);
        app.kill(&db).await?;
        // The call on its way fails now that the app is gone; the writer stops at it.
        if tokio::time::timeout(Duration::from_secs(30), &mut writing)
            .await
            .is_err()
        {
            writing.abort();
        }
        let log = std::mem::take(&mut *log.lock().unwrap());
        if let Some((failure, false)) = &log.failure {
            return fail(
                &context,
                format!("a write failed before the kill: {failure}"),
            );
        }
        acked += log.acks.len();
        interrupted += usize::from(log.pending.is_some());
        eprintln!(
            "  round {round}: killed {delay:?} after the first write, {} writes acknowledged, \
             {}",
            log.acks.len(),
            match &log.pending {
                Some((cmd, _)) => format!("{cmd} on its way"),
                None => "none on its way".into(),
            }
        );
        shown = Some(check_meeting_writes(&db, &log, &context)?);
    }
    // The last kill's file opens in the app, too.
    let mut app = driver.launch(&db, &dir).await?;
    if let Some(shown) = &shown {
        shown
            .check(&app, &plan.context("meeting", plan.rounds))
            .await?;
    }
    app.screenshot("after-the-last-kill").await?;
    app.quit().await?;
    eprintln!(
        "crash (meetings): {} kills, {interrupted} with a write on its way, {acked} acknowledged \
         writes all kept, {:.1} s, CHAIR_KILL_SEED={}",
        plan.rounds,
        started.elapsed().as_secs_f64(),
        plan.seed
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// An import, killed while it runs

/// `rows` complaints of one to four real sentences each, in a CSV laid out like the CFPB export
/// (so the import dialog's suggested mapping reads it), written to `dir`.
fn write_import_file(dir: &Path, rows: usize) -> Result<PathBuf> {
    let sentences = real_sentences();
    let mut rng = fastrand::Rng::with_seed(DATA_SEED);
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let products = ["Mortgage", "Credit card", "Debt collection", "Student loan"];
    let via = ["Web", "Phone", "Referral", "Email"];
    let first = NaiveDate::from_ymd_opt(2025, 1, 1).ok_or("date")?;
    let mut out = String::from(
        "Complaint ID,Date received,Product,Submitted via,Consumer complaint narrative\r\n",
    );
    for i in 0..rows {
        let narrative = (0..rng.usize(1..=4))
            .map(|_| sentences[rng.usize(..sentences.len())].as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let said = first + chrono::Days::new(rng.u64(0..600));
        out.push_str(&format!(
            "CRASH-{i},{},{},{},{}\r\n",
            said.format("%Y-%m-%d"),
            products[rng.usize(..products.len())],
            via[rng.usize(..via.len())],
            quote(&narrative)
        ));
    }
    let path = dir.join("complaints.csv");
    std::fs::write(&path, out)?;
    Ok(path)
}

/// Runs in the page: listens to `import-progress` (as the wizard does), then starts `run_import`
/// without waiting for it; `window.__crashImport` follows its progress and its end.
const START_IMPORT: &str = r#"
const [args, done] = arguments;
const tauri = window.__TAURI_INTERNALS__;
const state = (window.__crashImport = { progress: null, result: null, error: null });
const handler = tauri.transformCallback((event) => { state.progress = event.payload; });
tauri.invoke('plugin:event|listen', { event: 'import-progress', target: { kind: 'Any' }, handler })
  .then(() => {
    tauri.invoke('run_import', args).then(
      (report) => { state.result = report; },
      (error) => { state.error = error; });
    done(null);
  }, (error) => done({ err: error }));
"#;

/// Where the running import is, as the page saw it.
#[derive(Debug, Default)]
struct ImportState {
    phase: Option<String>,
    /// The share of the phase done, 0 to 1.
    done: f64,
    /// The report, once `run_import` returned.
    report: Option<Value>,
}

async fn import_state(app: &App) -> Result<ImportState> {
    let state = app
        .client()
        .execute("return window.__crashImport;", vec![])
        .await?;
    if !state["error"].is_null() {
        return Err(format!("run_import failed: {}", state["error"]).into());
    }
    let (done, total) = (&state["progress"]["done"], &state["progress"]["total"]);
    Ok(ImportState {
        phase: state["progress"]["phase"].as_str().map(str::to_owned),
        done: done.as_f64().unwrap_or(0.0) / total.as_f64().unwrap_or(1.0).max(1.0),
        report: Some(state["result"].clone()).filter(|r| !r.is_null()),
    })
}

/// Picks the file (the import reads only a file chosen in its dialog), previews it and starts
/// the import with the mapping the preview suggests, as the import wizard does when the user
/// accepts it.
async fn start_import(app: &App, file: &Path) -> Result {
    app.answer_dialog(file)?;
    let picked = app
        .invoke(
            "pick_path",
            json!({ "mode": "open", "purpose": "importAnecdotes", "filters": null, "defaultName": null }),
        )
        .await?;
    assert_eq!(
        picked.as_str(),
        file.to_str(),
        "the dialog answered the file"
    );
    let preview = app
        .invoke("preview_import", json!({ "path": file, "kind": null }))
        .await?;
    let mapping = match &preview["remembered"] {
        Value::Null => preview["preview"]["suggested"].clone(),
        remembered => remembered.clone(),
    };
    let args = json!({
        "path": file, "mapping": mapping, "personaIds": [],
        "options": { "acceptIncompleteLast": false, "maxErrors": 20,
                     "kind": preview["preview"]["kind"] },
    });
    let started = app.client().execute_async(START_IMPORT, vec![args]).await?;
    if !started.is_null() {
        return Err(format!("the import did not start: {started}").into());
    }
    Ok(())
}

async fn anecdote_count(app: &App) -> Result<u64> {
    let summary = app.invoke("get_workspace", json!({})).await?;
    summary["anecdoteCount"]
        .as_u64()
        .ok_or_else(|| format!("no count in {summary}").into())
}

/// Searches the library for `IMPORT_WORD` as the search box does; every hit must be an anecdote
/// of the workspace. Returns how many were found (at most 200).
async fn search_import_word(app: &App, context: &str) -> Result<usize> {
    let hits = app
        .invoke(
            "search_anecdotes",
            json!({ "query": { "text": IMPORT_WORD, "limit": 200 } }),
        )
        .await?;
    let ids: Vec<String> = hits
        .as_array()
        .into_iter()
        .flatten()
        .map(|h| text(&h["anecdote"], "id"))
        .collect::<Result<_>>()?;
    let found = app.invoke("get_anecdotes", json!({ "ids": ids })).await?;
    let found = found.as_array().map_or(0, Vec::len);
    ensure(
        found == ids.len(),
        context,
        format!(
            "the index found {} anecdotes the database has not",
            ids.len() - found
        ),
    )?;
    Ok(ids.len())
}

fn file_count(path: &Path) -> Result<u64> {
    let conn = rusqlite::Connection::open(path)?;
    let count: i64 = conn.query_row("SELECT COUNT(*) FROM anecdotes", [], |r| r.get(0))?;
    Ok(count.try_into()?)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_killed_import_leaves_all_of_the_file_or_nothing() -> Result {
    let mut plan = Plan::new("import");
    let rounds = (plan.rounds * 3 / 4).max(1);
    let dir = test_dir("crash-import");
    let file = write_import_file(&dir, IMPORT_ROWS)?;
    let driver = Driver::start()?;
    let started = Instant::now();

    // One import left to finish: how many anecdotes the file brings and how long it takes.
    let path = dir.join("full/workspace.db");
    let app = driver.launch(&path, &dir).await?;
    let before = anecdote_count(&app).await?;
    let context = "the undisturbed import";
    ensure(
        search_import_word(&app, context).await? == 0,
        context,
        format!("the sample already has {IMPORT_WORD:?}"),
    )?;
    let t0 = Instant::now();
    start_import(&app, &file).await?;
    let mut writing_from = None;
    let report = loop {
        let state = import_state(&app).await?;
        if state.phase.as_deref() == Some("writing") && writing_from.is_none() {
            writing_from = Some(t0.elapsed());
        }
        if let Some(report) = state.report {
            break report;
        }
        if t0.elapsed() > Duration::from_secs(300) {
            return fail(context, "the import did not end in 5 minutes");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let total = t0.elapsed();
    let writing_from = writing_from.unwrap_or(total);
    let inserted = report["inserted"].as_u64().ok_or("no inserted count")?;
    ensure(inserted > 1000, context, format!("{inserted} anecdotes"))?;
    ensure(
        anecdote_count(&app).await? == before + inserted,
        context,
        "the count after the import",
    )?;
    ensure(
        search_import_word(&app, context).await? > 0,
        context,
        format!("{IMPORT_WORD:?} is not found after the import"),
    )?;
    app.quit().await?;
    eprintln!(
        "  the file: {inserted} anecdotes in {total:?} ({:?} reading, {:?} writing)",
        writing_from,
        total - writing_from
    );

    let (mut nothing, mut unacknowledged, mut finished) = (0, 0, 0);
    for round in 0..rounds {
        let context = plan.context("import", round);
        let path = dir.join(format!("round-{round}/workspace.db"));
        let app = driver.launch(&path, &dir).await?;
        let before = anecdote_count(&app).await?;
        // Half the kills fall at a random moment of the import (timed by the undisturbed one),
        // half at a random point of its write, by the progress it reports: the end of the
        // write is its commit, then the search index's.
        let t0 = Instant::now();
        let (kill_at, share) = if round % 2 == 0 {
            (Some(t0 + plan.within(total)), 0.0)
        } else {
            (None, plan.rng.f64())
        };
        start_import(&app, &file).await?;
        let state = loop {
            let state = import_state(&app).await.or_else(|e| fail(&context, e))?;
            let due = match kill_at {
                Some(at) => Instant::now() >= at,
                None => state.phase.as_deref() == Some("writing") && state.done >= share,
            };
            if due || state.report.is_some() {
                break state;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        };
        app.kill(&path).await?;

        integrity(&path, &context, "as the kill left it")?;
        let after = file_count(&path)?;
        let all = before + inserted;
        ensure(
            after == before || after == all,
            &context,
            format!("{after} anecdotes, expected {before} or {all}"),
        )?;
        let outcome = if state.report.is_some() {
            ensure(
                after == all,
                &context,
                "an acknowledged import is not all there",
            )?;
            finished += 1;
            "after it returned"
        } else if after == before {
            nothing += 1;
            "mid-import, nothing kept"
        } else {
            unacknowledged += 1;
            "mid-import after the commit, all kept"
        };
        eprintln!(
            "  round {round}: killed {:?} in ({} {:.0}%), {outcome}",
            t0.elapsed(),
            state.phase.as_deref().unwrap_or("starting"),
            state.done * 100.0
        );

        // The restarted app: the same count, and its search index agrees with the database.
        let app = driver.launch(&path, &dir).await?;
        ensure(
            anecdote_count(&app).await? == after,
            &context,
            "the restarted app's count",
        )?;
        let hits = search_import_word(&app, &context).await?;
        ensure(
            (hits > 0) == (after == all),
            &context,
            format!("{hits} hits for {IMPORT_WORD:?} with {after} anecdotes"),
        )?;
        app.quit().await?;
        let gone = path.clone();
        if tokio::task::spawn_blocking(move || wait_gone(&gone)).await? {
            integrity(&path, &context, "after the restart")?;
        }
        let _ = std::fs::remove_dir_all(path.parent().ok_or("no folder")?);
    }
    eprintln!(
        "crash (import): {rounds} kills of an import of {inserted} anecdotes: {nothing} mid-import \
         left nothing, {unacknowledged} mid-import after the commit left it all, {finished} after \
         it returned; {:.1} s, CHAIR_KILL_SEED={}",
        started.elapsed().as_secs_f64(),
        plan.seed
    );
    ensure(
        nothing + unacknowledged > finished,
        &plan.context("import", rounds),
        "most kills must land while the import runs",
    )
}
