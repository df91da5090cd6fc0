//! What a person feels while typing, in the release app's real window (issue 15, item 4):
//! from the last keystroke of a word to the re-ranked list painted, for
//! - the decision being written (the "relevant now" anecdote panel of a running meeting), and
//! - the library's search box,
//!
//! in workspaces of 100k and 1M generated anecdotes (real sentences, the core's seed). Each
//! sample clears the field, waits for the list to settle, then types one word through WebDriver
//! (real key events). Inside the page a keydown listener notes the last key, a mutation observer
//! waits for the list to change and settle (no longer busy), and two animation frames later the
//! frame is painted. The debounce is part of that path; the figure without it is the total
//! minus the debounce (`SEARCH_DELAY_MS` 250 ms in the panel, `LIBRARY_SEARCH_DELAY_MS` 200 ms in
//! the library). Run by `scripts/bench` under Xvfb:
//!
//! `EMPTY_CHAIR_BIN=<release binary> cargo bench -p chair-e2e --bench typing -- [--sizes
//! 100000,1000000] [--words 30]`

use std::path::Path;
use std::time::Duration;

use chair_core::model::NewMeeting;
use chair_core::Db;
use chair_e2e::{machine, test_dir, workspace, App, Driver, Result};
use serde_json::Value;

/// Words of the generated sentences that move the ranking, typed one per sample.
const WORDS: &[&str] = &[
    "refund",
    "battery",
    "account",
    "charged",
    "delivery",
    "broken",
    "password",
    "insurance",
    "mortgage",
    "headache",
    "credit",
    "shipping",
    "payment",
    "nausea",
    "loan",
    "dizzy",
    "fraud",
    "screen",
    "sleep",
    "interest",
    "report",
    "weight",
    "bank",
    "pain",
    "fees",
    "card",
    "debt",
    "anxiety",
    "phone",
    "late",
];

/// Installs, before the keys are sent, what notes the last keydown in `field` and the moment
/// the list `list` has changed after it (with `word` whole in the field), settled (`busy` no
/// longer matches) and been painted (two frames later), in `window.__typed`.
const ARM: &str = r#"
const [field, list, busy, word] = arguments;
if (window.__typedStop) window.__typedStop();
const input = document.querySelector(field);
const box = document.querySelector(list);
const text = () => box.innerText;
const state = { last: 0, atKey: '', painted: 0, asked: NaN, answered: NaN };
window.__typed = state;
// The search's IPC round trip as the UI's `call` records it (ui/src/lib/ipc.ts).
window.__ipcTimings = [];
// The list as it was at the last key: a change that only shows an earlier prefix's answer
// (the debounce ran out between two keys) is not the answer to the whole word.
const onKey = () => { state.last = performance.now(); state.atKey = text(); state.painted = 0; };
input.addEventListener('keydown', onKey, true);
const check = () => {
  if (!state.last || state.painted || input.value !== word) return;
  if (document.querySelector(busy) || text() === state.atKey) return;
  const last = state.last;
  requestAnimationFrame(() => requestAnimationFrame(() => {
    if (state.last !== last) return;
    state.painted = performance.now();
    const ipc = window.__ipcTimings.filter((e) => e.cmd === 'search_anecdotes' && e.start > last);
    const e = ipc[ipc.length - 1];
    if (e) { state.asked = e.start; state.answered = e.end; }
  }));
};
const obs = new MutationObserver(check);
obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
window.__typedStop = () => {
  obs.disconnect();
  input.removeEventListener('keydown', onKey, true);
  window.__ipcTimings = undefined;
};
return null;
"#;

/// Waits (in the page) for the armed measure; answers the milliseconds from the last key to
/// the list painted, to the search asked (the debounce), from asked to answered (IPC and the
/// search), and from answered to painted (React and paint); or null after 10 s.
const AWAIT: &str = r#"
const done = arguments[arguments.length - 1];
const start = performance.now();
const poll = () => {
  const s = window.__typed;
  if (s && s.painted) done([s.painted - s.last, s.asked - s.last, s.answered - s.asked, s.painted - s.answered]);
  else if (performance.now() - start > 10000) done(null);
  else setTimeout(poll, 5);
};
poll();
"#;

struct Target {
    name: &'static str,
    field: &'static str,
    list: &'static str,
    busy: &'static str,
    debounce_ms: f64,
}

const PANEL: Target = Target {
    name: "decision → relevant anecdotes panel",
    field: "[data-testid=\"decision-statement\"]",
    list: "[data-testid=\"anecdote-panel\"]",
    busy: ".anecdotes__caption--busy",
    debounce_ms: 250.0,
};

const LIBRARY: Target = Target {
    name: "library search box → results",
    field: "[data-testid=\"library-search\"]",
    list: ".library__results",
    busy: ".library__results[aria-busy=\"true\"]",
    debounce_ms: 200.0,
};

fn option(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

/// A running meeting (the decision form is on screen) in the workspace at `db`.
fn running_meeting(db: &Path) {
    let mut db = Db::open(db).expect("workspace");
    let persona = db
        .list_personas(false)
        .expect("personas")
        .into_iter()
        .next();
    db.create_meeting(&NewMeeting {
        title: "Typing".into(),
        persona_ids: persona.map(|p| vec![p.id]),
        ..Default::default()
    })
    .expect("meeting");
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[at.min(sorted.len() - 1)]
}

/// Clears the field and waits until the list is quiet again.
async fn clear(app: &App, t: &Target) -> Result {
    // As a person would: select everything (Ctrl+A, then release) and delete it.
    let field = app.wait_css(t.field).await?;
    field.send_keys("\u{E009}a\u{E000}\u{E017}").await?;
    for _ in 0..200 {
        let busy = app
            .client()
            .execute(
                "return document.querySelector(arguments[0]) !== null",
                vec![t.busy.into()],
            )
            .await?;
        if busy == Value::Bool(false) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(700)).await;
    Ok(())
}

/// One sample: the four phases of `AWAIT`, in milliseconds.
type Sample = [f64; 4];

async fn measure(app: &App, t: &Target, words: usize) -> Result<Vec<Sample>> {
    let mut out = Vec::new();
    for word in WORDS.iter().cycle().take(words) {
        clear(app, t).await?;
        app.client()
            .execute(
                ARM,
                vec![t.field.into(), t.list.into(), t.busy.into(), (*word).into()],
            )
            .await?;
        app.wait_css(t.field).await?.send_keys(word).await?;
        match app.client().execute_async(AWAIT, vec![]).await? {
            Value::Array(ms) if ms.len() == 4 => {
                let at = |i: usize| ms[i].as_f64().unwrap_or(f64::NAN);
                out.push([at(0), at(1), at(2), at(3)]);
            }
            _ => println!("    {word:?}: the list did not change (not counted)"),
        }
    }
    Ok(out)
}

fn report(t: &Target, size: usize, samples: &[Sample]) {
    if samples.is_empty() {
        println!("  {size} anecdotes, {}: no sample", t.name);
        return;
    }
    let phase = |i: usize| {
        let mut v: Vec<f64> = samples.iter().map(|s| s[i]).collect();
        v.sort_by(f64::total_cmp);
        (percentile(&v, 0.5), percentile(&v, 0.95))
    };
    let (p50, p95) = phase(0);
    let mut after: Vec<f64> = samples.iter().map(|s| s[0] - s[1]).collect();
    after.sort_by(f64::total_cmp);
    let (a50, a95) = (percentile(&after, 0.5), percentile(&after, 0.95));
    println!(
        "  {size} anecdotes, {} ({} words): keystroke → painted p50 {p50:.0} ms, p95 {p95:.0} ms; \
         after the debounce (search asked → painted) p50 {a50:.0} ms, p95 {a95:.0} ms (target p95 ≤ 50 ms)",
        t.name,
        samples.len(),
    );
    let ((d50, d95), (i50, i95), (r50, r95)) = (phase(1), phase(2), phase(3));
    println!(
        "    phases p50 / p95: debounce ({:.0} ms set) {d50:.0} / {d95:.0}; IPC and search {i50:.0} / {i95:.0}; \
         React and paint {r50:.0} / {r95:.0}",
        t.debounce_ms
    );
}

#[tokio::main]
async fn main() -> Result {
    let sizes: Vec<usize> = option("--sizes")
        .unwrap_or_else(|| "100000,1000000".into())
        .split(',')
        .map(|s| s.trim().parse().expect("--sizes: numbers"))
        .collect();
    let words: usize = option("--words").map_or(30, |w| w.parse().expect("--words: a number"));
    println!(
        "Empty Chair typing figures, {} UTC, {}, app {}",
        chrono::Utc::now().format("%Y-%m-%d %H:%M"),
        machine(),
        chair_e2e::app_binary().display()
    );
    let dir = test_dir("bench-typing");
    let driver = Driver::start()?;
    for size in sizes {
        let db = workspace(&dir, &format!("typing-{size}"), size, false);
        running_meeting(&db);
        let mut app = driver.launch(&db, &dir).await?;
        app.wait_text("meeting-title", "Typing").await?;
        let panel = measure(&app, &PANEL, words).await?;
        report(&PANEL, size, &panel);
        app.click("nav-library").await?;
        app.wait("library").await?;
        let library = measure(&app, &LIBRARY, words).await?;
        report(&LIBRARY, size, &library);
        app.screenshot(&format!("library-{size}")).await?;
        app.quit().await?;
    }
    Ok(())
}
