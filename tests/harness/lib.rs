//! The end-to-end harness: starts `tauri-driver` (which starts WebKitWebDriver), launches the
//! real built app on a private database through WebDriver, and offers the few actions a test
//! needs, each addressing elements by their `data-testid`. Screenshots of every step go to
//! `target/e2e/<test>/` so a failure (or a success) can be looked at.
//!
//! Needs a display (run under `xvfb-run`) and the app built with the UI embedded:
//! `scripts/test` does both.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::Value;

mod app;
mod corpus;
mod displays;
mod driver;
mod process;
mod scenario;
mod steps;

pub use app::{chord, kill_app, App, Ipc};
pub use corpus::{generated, real_sentences, workspace};
pub use displays::Displays;
pub use driver::{Driver, Listening};
pub use process::{
    app_pid, descendants, figures_heading, machine, processes, rollup_mb, stat_field, tree,
    wait_exited, wait_gone,
};
pub use scenario::{Scenario, SAMPLE_MEETING, SAMPLE_PERSONA};
pub use steps::{FIRST_QUESTION, SECOND_QUESTION};

/// How long a UI element may take to appear before a test fails.
pub const UI_TIMEOUT: Duration = Duration::from_secs(20);

/// How long starting a session (WebKitWebDriver spawning the app) may take before it is retried.
const SESSION_TIMEOUT: Duration = Duration::from_secs(30);

pub type Error = Box<dyn std::error::Error + Send + Sync>;
pub type Result<T = ()> = std::result::Result<T, Error>;

/// The workspace root (this crate lives in `<root>/tests`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_owned()
}

/// The app binary under test: `EMPTY_CHAIR_BIN`, or the debug build in `target/`.
pub fn app_binary() -> PathBuf {
    std::env::var_os("EMPTY_CHAIR_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/debug/empty-chair"))
}

/// The benchmarks' empty window (`tests/bench/empty-window`): `EMPTY_WINDOW_BIN`, else beside
/// the app's binary; an error naming the build command when it is not built.
pub fn empty_window_binary() -> Result<PathBuf> {
    let binary = std::env::var_os("EMPTY_WINDOW_BIN").map_or_else(
        || app_binary().with_file_name("empty-window"),
        PathBuf::from,
    );
    if binary.exists() {
        Ok(binary)
    } else {
        Err(format!(
            "{} is not built: cargo build --release -p empty-window",
            binary.display()
        )
        .into())
    }
}

/// Starts `command`, a program the machine's set-up installs (`setup` says how: e.g.
/// `scripts/setup test`); when it cannot start, an error naming it and how to install it.
pub fn spawn_installed(command: &mut Command, setup: &str) -> Result<Child> {
    command.spawn().map_err(|e| {
        let program = command.get_program().to_owned();
        format!("could not start {program:?} ({e}); install it with {setup}").into()
    })
}

/// A fresh folder for one test's files under `target/e2e/<name>/`, emptied first.
pub fn test_dir(name: &str) -> PathBuf {
    let dir = root().join("target/e2e").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create test folder");
    dir
}
