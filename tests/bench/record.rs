//! One recorded decision, counted (issue 14, item 2): the IPC calls the page makes while a
//! decision is typed and after Record is pressed, and the milliseconds until the page settles.
//!
//! The page's own `call` (ui/src/lib/ipc.ts) logs every command into `__ipcTimings` while a
//! benchmark sets it. Typing: the statement is typed through WebDriver, then the page is left
//! quiet for 1.5 s (past the search debounce and the draft's save) and the calls are counted by
//! command. Recording: from the click to the decision shown in the log (a mutation observer),
//! and to the last call answered once nothing has been asked for 500 ms (that includes the
//! cleared field's own debounced search and draft save).
//!
//! Before typed change events, every `workspace-changed` made the page reload the workspace,
//! the meetings, personas and decks, and then the open meeting (5 calls, the last after the
//! four), whatever had changed; and typing saved a draft, which is a change. That reload is
//! timed here too, issued in today's page on the same workspace, for the comparison.

use std::collections::BTreeMap;
use std::time::Duration;

use chair_e2e::{App, Result};
use serde_json::Value;

const STATEMENT: &str = "Refund the delivery fee when the parcel arrives late";

/// Starts logging: from now on `call` records every command, and an observer notes when
/// `arguments[0]` (if any) first shows in the decision log.
const START: &str = r#"
const text = arguments[0];
window.__ipcTimings = [];
window.__probeStart = performance.now();
window.__shownAt = NaN;
if (window.__probeObserver) window.__probeObserver.disconnect();
if (text) {
  const shown = () => [...document.querySelectorAll('[data-testid="decision-log"]')]
    .some((el) => el.textContent.includes(text));
  window.__probeObserver = new MutationObserver(() => {
    if (Number.isNaN(window.__shownAt) && shown()) window.__shownAt = performance.now();
  });
  window.__probeObserver.observe(document.body, { childList: true, subtree: true, characterData: true });
}
"#;

/// Waits until `arguments[0]` is in the decision log and no call has been made or answered for
/// 500 ms; answers [ms from start to settled, the commands called, ms from start to shown].
const SETTLE: &str = r#"
const [text, done] = [arguments[0], arguments[arguments.length - 1]];
const log = window.__ipcTimings;
const start = window.__probeStart;
const poll = () => {
  const now = performance.now();
  const shown = [...document.querySelectorAll('[data-testid="decision-log"]')]
    .some((el) => el.textContent.includes(text));
  const last = log.reduce((m, c) => Math.max(m, c.end, c.start), start);
  if ((text === '' || shown) && now - last >= 500) {
    done([last - start, log.map((c) => c.cmd), window.__shownAt - start]);
  } else if (now - start > 30000) {
    done([NaN, log.map((c) => c.cmd), NaN]);
  } else {
    setTimeout(poll, 20);
  }
};
poll();
"#;

/// The reload every change caused before typed events, issued in the page the same way (four
/// at once, then the open meeting); answers its milliseconds.
const OLD_RELOAD: &str = r#"
const done = arguments[arguments.length - 1];
const invoke = window.__TAURI_INTERNALS__.invoke;
const start = performance.now();
Promise.all([
  invoke('get_workspace', {}),
  invoke('list_meetings', {}),
  invoke('list_personas', { includeArchived: false }),
  invoke('list_decks', {}),
])
  .then(([s]) => invoke('open_meeting', { id: s.lastMeetingId }))
  .then(() => done(performance.now() - start), (e) => done(String(e && e.message || e)));
"#;

/// What one probe saw.
pub struct Recorded {
    typing_calls: Vec<String>,
    record_ms: f64,
    shown_ms: f64,
    record_calls: Vec<String>,
    old_reload_ms: Vec<f64>,
}

fn commands(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|c| c.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// "3 × search_anecdotes, 1 × save_decision_draft".
fn tally(calls: &[String]) -> String {
    let mut by: BTreeMap<&str, usize> = BTreeMap::new();
    for c in calls {
        *by.entry(c).or_default() += 1;
    }
    let parts: Vec<String> = by.iter().map(|(c, n)| format!("{n} × {c}")).collect();
    format!("{} calls: {}", calls.len(), parts.join(", "))
}

/// Types a decision into the running meeting on screen and records it.
pub async fn probe(app: &App) -> Result<Recorded> {
    let field = app.wait_css("[data-testid=\"decision-statement\"]").await?;
    field.send_keys("\u{E009}a\u{E000}\u{E017}").await?;
    tokio::time::sleep(Duration::from_millis(1500)).await;

    app.client().execute(START, vec!["".into()]).await?;
    field.send_keys(STATEMENT).await?;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let typed = app.client().execute_async(SETTLE, vec!["".into()]).await?;

    app.client().execute(START, vec![STATEMENT.into()]).await?;
    app.click("record-decision").await?;
    let recorded = app
        .client()
        .execute_async(SETTLE, vec![STATEMENT.into()])
        .await?;

    let mut old_reload_ms = Vec::new();
    for _ in 0..5 {
        let ms = app.client().execute_async(OLD_RELOAD, vec![]).await?;
        match ms.as_f64() {
            Some(ms) => old_reload_ms.push(ms),
            None => println!("    the old reload failed: {ms}"),
        }
    }
    Ok(Recorded {
        typing_calls: commands(&typed[1]),
        record_ms: recorded[0].as_f64().unwrap_or(f64::NAN),
        shown_ms: recorded[2].as_f64().unwrap_or(f64::NAN),
        record_calls: commands(&recorded[1]),
        old_reload_ms,
    })
}

pub fn report(size: usize, r: &Recorded) {
    println!("One recorded decision, {size} anecdotes:");
    println!(
        "  typing the statement ({} keys): {}",
        STATEMENT.len(),
        tally(&r.typing_calls)
    );
    println!(
        "  Record → in the log: {:.0} ms; → settled (the last call answered): {:.0} ms, {}",
        r.shown_ms,
        r.record_ms,
        tally(&r.record_calls)
    );
    let mut old = r.old_reload_ms.clone();
    old.sort_by(f64::total_cmp);
    if let Some(median) = old.get(old.len() / 2) {
        println!(
            "  before typed events, each change reloaded 5 calls: {median:.0} ms (median of {}) \
             per change, in today's page",
            old.len()
        );
    }
}
