//! What a person feels while typing, in the release app's real window (issue 15, item 4):
//! from the last keystroke of a word to the re-ranked list painted, for
//! - the decision being written (the "relevant now" anecdote panel of a running meeting), and
//! - the library's search box,
//!
//! in workspaces of 100k and 1M generated anecdotes (real sentences, the core's seed). Each
//! sample clears the field, waits for the list to settle, then types one word through WebDriver
//! (real key events). Inside the page a keydown listener notes the last key, a mutation observer
//! waits for the list to change and settle (no longer busy), and two animation frames later the
//! frame is painted. The phases: the debounce, the search's IPC round trip (as the UI's `call`
//! records it), React (to the DOM changed, which the observer sees before layout), then style,
//! layout and paint; and each key's echo (keydown to the field painted, two frames), the
//! slowest of the word's keys. The debounce is part of that path; the figure without it is the
//! total minus the debounce (`SEARCH_DELAY_MS` 250 ms in the panel, `LIBRARY_SEARCH_DELAY_MS` 200 ms in
//! the library). Run by `scripts/bench` under Xvfb:
//!
//! `EMPTY_CHAIR_BIN=<release binary> cargo bench -p chair-e2e --bench typing -- [--sizes
//! 100000,1000000] [--words 30]`
//!
//! In the same meeting it then counts one recorded decision's IPC calls (`record.rs`).

#[path = "record.rs"]
mod record;

use std::path::Path;
use std::time::Duration;

use chair_core::model::NewMeeting;
use chair_core::Db;
use chair_e2e::{figures_heading, test_dir, workspace, App, Driver, Result};
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
const state = { last: 0, atKey: '', changed: 0, laidOut: 0, painted: 0, asked: NaN, answered: NaN, keys: [] };
window.__typed = state;
// The search's IPC round trip as the UI's `call` records it (ui/src/lib/ipc.ts).
window.__ipcTimings = [];
// The list as it was at the last key: a change that only shows an earlier prefix's answer
// (the debounce ran out between two keys) is not the answer to the whole word.
// Each key: from its keydown to the input event's end (React re-renders synchronously for a
// typed key, inside the event; a window listener runs after it) and to the frame after the
// field shows it (two frames): its echo.
const onKey = () => {
  const key = { at: performance.now(), react: NaN, echo: NaN };
  state.keys.push(key);
  state.last = key.at; state.atKey = text(); state.changed = 0; state.painted = 0;
  requestAnimationFrame(() => requestAnimationFrame(() => { key.echo = performance.now() - key.at; }));
};
const onInput = () => {
  const key = state.keys[state.keys.length - 1];
  if (key && Number.isNaN(key.react)) key.react = performance.now() - key.at;
};
input.addEventListener('keydown', onKey, true);
window.addEventListener('input', onInput);
// A mutation observer runs right after the DOM is changed (React's commit), before layout:
// \`changed\` ends React's part; the rest, to the frame painted, is style, layout and paint.
const check = () => {
  const at = performance.now();
  if (!state.last || state.painted || input.value !== word) return;
  if (document.querySelector(busy) || text() === state.atKey) return;
  // \`innerText\` above needed the style and the layout: done by now.
  state.laidOut = performance.now();
  const last = state.last;
  state.changed = at;
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
  window.removeEventListener('input', onInput);
  window.__ipcTimings = undefined;
};
return null;
"#;

/// Waits (in the page) for the armed measure; answers the milliseconds from the last key to
/// the list painted, to the search asked (the debounce), from asked to answered (IPC and the
/// search), from answered to the DOM changed (React), from there to laid out (style and layout),
/// from there to painted (paint, and the wait for the frame); then, for each key typed, its
/// React part and its echo (keydown to the field painted); or null after 10 s.
const AWAIT: &str = r#"
const done = arguments[arguments.length - 1];
const start = performance.now();
const poll = () => {
  const s = window.__typed;
  if (s && s.painted) done([[s.painted - s.last, s.asked - s.last, s.answered - s.asked,
    s.changed - s.answered, s.laidOut - s.changed, s.painted - s.laidOut],
    s.keys.map((k) => [k.react, k.echo])]);
  else if (performance.now() - start > 10000) done(null);
  else setTimeout(poll, 5);
};
poll();
"#;

/// The platform's floor for the phases above: a text changed in a new element on top of the
/// page, then two animation frames (the frame that shows it painted), 30 times; answers each
/// one's milliseconds. Run in the empty window (`tests/bench/empty-window`) and in the app at
/// rest, each change 50 ms after the last was painted.
const FRAMES: &str = r#"
const done = arguments[arguments.length - 1];
const el = document.body.appendChild(document.createElement('div'));
el.style.cssText = 'position:fixed;top:0;left:0;z-index:9999;background:#fff;color:#000';
const out = [];
const one = () => {
  const t = performance.now();
  el.textContent = 'frame ' + out.length;
  requestAnimationFrame(() => requestAnimationFrame(() => {
    out.push(performance.now() - t);
    if (out.length < 30) setTimeout(one, 50); else { el.remove(); done(out); }
  }));
};
one();
"#;

async fn frames(app: &App) -> Result<(f64, f64)> {
    let answer = app.client().execute_async(FRAMES, vec![]).await?;
    Ok(p50_p95(numbers(&answer).into_iter()))
}

/// The empty window's frames, started and quit here.
async fn floor_frames(driver: &Driver, dir: &Path) -> Result<(f64, f64)> {
    let binary = chair_e2e::empty_window_binary()?;
    let app = driver
        .session_of(&binary, &dir.join("empty-window.db"), dir)
        .await?;
    app.wait_css("[data-testid=\"chair-name\"]").await?;
    let figures = frames(&app).await?;
    app.quit().await?;
    Ok(figures)
}

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
    // The cards only: the caption above them changes as soon as the debounce runs out, before
    // the search has answered.
    list: "[data-testid=\"anecdote-panel\"] .anecdotes__list",
    busy: ".anecdotes__list[aria-busy=\"true\"]",
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

/// One sample: the list's six figures of `AWAIT` (total, debounce, IPC and search, React,
/// style and layout, paint), and each key's React part and echo, in milliseconds.
struct Sample {
    list: [f64; 6],
    keys: Vec<[f64; 2]>,
}

fn numbers(v: &Value) -> Vec<f64> {
    v.as_array()
        .map(|a| a.iter().map(|n| n.as_f64().unwrap_or(f64::NAN)).collect())
        .unwrap_or_default()
}

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
        let answer = app.client().execute_async(AWAIT, vec![]).await?;
        match (numbers(&answer[0]).try_into(), answer[1].as_array()) {
            (Ok(list), Some(keys)) => out.push(Sample {
                list,
                keys: keys
                    .iter()
                    .filter_map(|k| numbers(k).try_into().ok())
                    .collect(),
            }),
            _ => println!("    {word:?}: the list did not change (not counted)"),
        }
    }
    Ok(out)
}

/// p50 and p95 of `v`, NaN (not measured) left out.
fn p50_p95(v: impl Iterator<Item = f64>) -> (f64, f64) {
    let mut v: Vec<f64> = v.filter(|x| !x.is_nan()).collect();
    if v.is_empty() {
        return (f64::NAN, f64::NAN);
    }
    v.sort_by(f64::total_cmp);
    (percentile(&v, 0.5), percentile(&v, 0.95))
}

fn report(t: &Target, size: usize, samples: &[Sample]) {
    if samples.is_empty() {
        println!("  {size} anecdotes, {}: no sample", t.name);
        return;
    }
    let phase = |i: usize| p50_p95(samples.iter().map(|s| s.list[i]));
    let (p50, p95) = phase(0);
    let (a50, a95) = p50_p95(samples.iter().map(|s| s.list[0] - s.list[1]));
    println!(
        "  {size} anecdotes, {} ({} words): keystroke → painted p50 {p50:.0} ms, p95 {p95:.0} ms; \
         after the debounce (search asked → painted) p50 {a50:.0} ms, p95 {a95:.0} ms (target p95 ≤ 50 ms)",
        t.name,
        samples.len(),
    );
    let ((d50, d95), (i50, i95), (r50, r95)) = (phase(1), phase(2), phase(3));
    let ((l50, l95), (f50, f95)) = (phase(4), phase(5));
    println!(
        "    phases p50 / p95: debounce ({:.0} ms set) {d50:.0} / {d95:.0}; IPC and search {i50:.0} / {i95:.0}; \
         React {r50:.0} / {r95:.0}; style and layout {l50:.0} / {l95:.0}; paint and frame {f50:.0} / {f95:.0}",
        t.debounce_ms
    );
    let keys = || samples.iter().flat_map(|s| s.keys.iter());
    let ((k50, k95), (e50, e95)) = (p50_p95(keys().map(|k| k[0])), p50_p95(keys().map(|k| k[1])));
    println!(
        "    each key ({} typed at WebDriver's speed): React p50 {k50:.0} / p95 {k95:.0} ms; \
         keydown → the field painted p50 {e50:.0} / p95 {e95:.0} ms",
        keys().count()
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
    println!("{}", figures_heading("typing"));
    let dir = test_dir("bench-typing");
    let driver = Driver::start()?;
    let (w50, w95) = floor_frames(&driver, &dir).await?;
    println!(
        "The floor, a text changed → painted (two frames), the empty window: p50 {w50:.0} / p95 {w95:.0} ms"
    );
    for size in sizes {
        let db = workspace(&dir, &format!("typing-{size}"), size, false);
        running_meeting(&db);
        let mut app = driver.launch(&db, &dir).await?;
        app.wait_text("meeting-title", "Typing").await?;
        let (a50, a95) = frames(&app).await?;
        println!("  the same in the app at rest (the meeting): p50 {a50:.0} / p95 {a95:.0} ms");
        let panel = measure(&app, &PANEL, words).await?;
        report(&PANEL, size, &panel);
        let recorded = record::probe(&app).await?;
        record::report(size, &recorded);
        app.click("nav-library").await?;
        app.wait("library").await?;
        let library = measure(&app, &LIBRARY, words).await?;
        report(&LIBRARY, size, &library);
        app.screenshot(&format!("library-{size}")).await?;
        app.quit().await?;
    }
    Ok(())
}
