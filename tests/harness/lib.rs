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

mod corpus;
mod displays;
mod process;

pub use corpus::{generated, real_sentences, workspace};
pub use displays::Displays;
pub use process::{
    app_pid, descendants, machine, processes, rollup_mb, stat_field, tree, wait_exited, wait_gone,
};

/// Centres an element in the nearest box that scrolls it (not `scrollIntoView`, which also
/// scrolls the app's fixed-height shell out of place).
const SCROLL_INTO_VIEW: &str = r#"
const el = arguments[0];
let box = el.parentElement;
const scrolls = (b) => /(auto|scroll)/.test(getComputedStyle(b).overflowY) && b.scrollHeight > b.clientHeight;
while (box && !scrolls(box)) box = box.parentElement;
if (box) {
  const r = el.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  box.scrollTop += r.top - b.top - (box.clientHeight - r.height) / 2;
}
return null;
"#;

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

/// A fresh folder for one test's files under `target/e2e/<name>/`, emptied first.
pub fn test_dir(name: &str) -> PathBuf {
    let dir = root().join("target/e2e").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create test folder");
    dir
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

/// A running `tauri-driver`; stopped when dropped.
pub struct Driver {
    child: Child,
    port: u16,
    /// Where the app's debug build reads the answer to its next file dialog (`App::pick`).
    picks: PathBuf,
    /// The X display the app runs on, when not the test's own (`start_on`).
    display: Option<String>,
}

impl Driver {
    pub fn start() -> Result<Driver> {
        Driver::start_on(None)
    }

    /// Starts tauri-driver, and so the app, on the X display `display` (e.g. ":57", a
    /// `Displays` server) instead of the test's own.
    pub fn start_on(display: Option<&str>) -> Result<Driver> {
        let program = std::env::var_os("TAURI_DRIVER").unwrap_or_else(|| "tauri-driver".into());
        let (port, native) = (free_port(), free_port());
        let picks = root()
            .join("target/e2e/.dialog-answers")
            .join(port.to_string());
        std::fs::create_dir_all(picks.parent().expect("a parent"))?;
        let _ = std::fs::remove_file(&picks);
        let mut command = Command::new(&program);
        if let Some(display) = display {
            command.env("DISPLAY", display);
        }
        let child = command
            .env("EMPTY_CHAIR_E2E_PICKS", &picks)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| {
                format!("could not start {program:?} ({e}); install it with scripts/setup")
            })?;
        let driver = Driver {
            child,
            port,
            picks,
            display: display.map(str::to_owned),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return Err(format!("tauri-driver did not listen on port {port}").into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(driver)
    }

    /// Launches the app on the database at `db` and waits for its first screen.
    pub async fn launch(&self, db: &Path, shots: &Path) -> Result<App> {
        self.launch_expecting(db, shots, "app-shell").await
    }

    /// Launches the app on the database at `db` and waits for the element `test_id` (e.g.
    /// `recovery` for a workspace that cannot be opened).
    pub async fn launch_expecting(&self, db: &Path, shots: &Path, test_id: &str) -> Result<App> {
        let binary = app_binary();
        if !binary.exists() {
            return Err(format!("{} is not built; run scripts/test", binary.display()).into());
        }
        // Capabilities in alwaysMatch only, and no browserName: otherwise WebKitWebDriver may
        // start its MiniBrowser instead of the app.
        let caps = serde_json::json!({
            "tauri:options": {
                "application": binary,
                "args": ["--db", db],
            }
        });
        let serde_json::Value::Object(caps) = caps else {
            unreachable!()
        };
        // Starting a session spawns WebKitWebDriver and the app; on a loaded machine the first
        // request can be dropped before they are up. A few tries, then the real error.
        let url = format!("http://127.0.0.1:{}", self.port);
        let mut tries = 0;
        let client = loop {
            tries += 1;
            let mut builder = ClientBuilder::new(HttpConnector::new());
            let connect = builder.capabilities(caps.clone()).connect(&url);
            // A request can also go unanswered (seen on a loaded machine): a hang is a try.
            let attempt = match tokio::time::timeout(SESSION_TIMEOUT, connect).await {
                Ok(attempt) => attempt.map_err(Error::from),
                Err(_) => Err(format!("no answer in {SESSION_TIMEOUT:?}").into()),
            };
            match attempt {
                Ok(client) => break client,
                Err(e) if tries < 3 => {
                    eprintln!("new session failed ({e}); trying again");
                    tokio::time::sleep(Duration::from_secs(2)).await;
                }
                Err(e) => return Err(e),
            }
        };
        let app = App {
            client,
            shots: shots.to_owned(),
            step: 0,
            picks: self.picks.clone(),
            display: self.display.clone(),
        };
        // Something only this app shows: proves we drive Empty Chair, not a stray browser.
        app.wait(test_id).await?;
        Ok(app)
    }
}

impl Driver {
    /// Starts a session on the app with the database at `db` and returns as soon as WebDriver
    /// answers, without waiting for any screen: for measuring how long the app takes to show
    /// something (`bench/app.rs`).
    pub async fn session(&self, db: &Path, shots: &Path) -> Result<App> {
        self.session_of(&app_binary(), db, shots).await
    }

    /// As `session`, for another program started the same way (`--db <db>`): the benchmark's
    /// empty window (`bench/empty-window`).
    pub async fn session_of(&self, binary: &Path, db: &Path, shots: &Path) -> Result<App> {
        let caps = serde_json::json!({
            "tauri:options": { "application": binary, "args": ["--db", db] }
        });
        let serde_json::Value::Object(caps) = caps else {
            unreachable!()
        };
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await?;
        Ok(App {
            client,
            shots: shots.to_owned(),
            step: 0,
            picks: self.picks.clone(),
            display: self.display.clone(),
        })
    }
}

impl Drop for Driver {
    /// Stops tauri-driver and whatever it started and left running (WebKitWebDriver, an app
    /// whose session a failed test never ended), so a failure does not leave them behind.
    fn drop(&mut self) {
        let left = process::descendants(self.child.id());
        let _ = self.child.kill();
        let _ = self.child.wait();
        if !left.is_empty() {
            let _ = Command::new("kill")
                .arg("-KILL")
                .args(left.iter().map(u32::to_string))
                .stderr(Stdio::null())
                .status();
        }
    }
}

/// Calls the app's own commands from its page, exactly as `ui/src/lib/ipc.ts` does
/// (`window.__TAURI_INTERNALS__.invoke`), so the window's capabilities apply. Cheap to clone:
/// a task can write through it while the test does something else with the `App`.
#[derive(Clone)]
pub struct Ipc {
    client: Client,
}

/// Runs in the page: invokes the command and hands back `{ok}` or `{err}` (the command's error,
/// `{code, message}`), so a rejection is an answer rather than a script error.
const INVOKE: &str = r#"
const [cmd, args, done] = arguments;
window.__TAURI_INTERNALS__.invoke(cmd, args).then(
  (value) => done({ ok: value === undefined ? null : value }),
  (error) => done({ err: error === undefined ? null : error }),
);
"#;

impl Ipc {
    /// The command's answer once it has returned (for a write: committed); its error otherwise.
    pub async fn invoke(&self, cmd: &str, args: Value) -> Result<Value> {
        let mut answer = self
            .client
            .execute_async(INVOKE, vec![cmd.into(), args])
            .await
            .map_err(|e| format!("{cmd}: {e}"))?;
        match answer.get_mut("ok") {
            Some(value) => Ok(value.take()),
            None => Err(format!("{cmd} failed: {}", answer["err"]).into()),
        }
    }
}

/// The app under test, addressed by `data-testid`.
pub struct App {
    client: Client,
    shots: PathBuf,
    step: u32,
    picks: PathBuf,
    /// The X display it runs on, when not the test's own: where screenshots are taken.
    display: Option<String>,
}

/// SIGKILLs the app running on `db` and returns once it is gone, so its files may be opened.
pub async fn kill_app(db: &Path) -> Result {
    let pid = app_pid(db).ok_or_else(|| format!("no app process found for {}", db.display()))?;
    let status = Command::new("pkill")
        .args(["-KILL", "-f"])
        .arg(db)
        .status()?;
    if !status.success() {
        return Err(format!("no app process found for {}", db.display()).into());
    }
    if !tokio::task::spawn_blocking(move || wait_exited(pid)).await? {
        return Err("the killed app is still running after 10 s".into());
    }
    Ok(())
}

/// The element's text content. WebDriver's "rendered text" comes back empty for some visible
/// elements in WebKitWebDriver (an ellipsised heading, for one), so the DOM's text is read; the
/// screenshots show what is rendered.
async fn text_of(el: &Element) -> Result<String> {
    Ok(el.prop("textContent").await?.unwrap_or_default())
}

fn by_id(test_id: &str) -> String {
    format!("[data-testid=\"{test_id}\"]")
}

/// `key` pressed with `modifier` held, then the modifier released: for `App::keys`.
pub fn chord(modifier: fantoccini::key::Key, key: impl Into<char>) -> String {
    let mut s = String::new();
    s.push(modifier.into());
    s.push(key.into());
    s.push(fantoccini::key::Key::Null.into());
    s
}

impl App {
    /// Clicks `test_id`, a button that opens a native file dialog, and answers that dialog
    /// with `path` as a user would (WebDriver cannot reach the system's dialog; the app's debug
    /// build reads the answer instead, see `commands/dialogs.rs`). The app then checks the pick
    /// exactly as it checks one made in the dialog.
    pub async fn pick(&self, test_id: &str, path: &Path) -> Result {
        self.answer_dialog(path)?;
        self.click(test_id).await
    }

    /// Makes the next file dialog the app shows answer `path` (see `pick`).
    pub fn answer_dialog(&self, path: &Path) -> Result {
        std::fs::write(&self.picks, path.display().to_string())?;
        Ok(())
    }

    /// Sends keys to whatever has the focus, as a person at the keyboard would.
    pub async fn keys(&self, keys: &str) -> Result {
        self.client.active_element().await?.send_keys(keys).await?;
        Ok(())
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// A handle for calling the app's commands from its page (see [`Ipc`]).
    pub fn ipc(&self) -> Ipc {
        Ipc {
            client: self.client.clone(),
        }
    }

    /// Calls the app's command `cmd` with `args` from its page (see [`Ipc::invoke`]).
    pub async fn invoke(&self, cmd: &str, args: Value) -> Result<Value> {
        self.ipc().invoke(cmd, args).await
    }

    /// Waits until an element with `test_id` exists and returns it.
    pub async fn wait(&self, test_id: &str) -> Result<Element> {
        self.wait_css(&by_id(test_id)).await
    }

    pub async fn wait_css(&self, css: &str) -> Result<Element> {
        Ok(self
            .client
            .wait()
            .at_most(UI_TIMEOUT)
            .for_element(Locator::Css(css))
            .await
            .map_err(|e| format!("waiting for {css}: {e}"))?)
    }

    /// Waits until the element `test_id` shows text containing `expected`; returns its text.
    pub async fn wait_text(&self, test_id: &str, expected: &str) -> Result<String> {
        let deadline = Instant::now() + UI_TIMEOUT;
        loop {
            let text = match self.client.find(Locator::Css(&by_id(test_id))).await {
                Ok(el) => text_of(&el).await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if text.contains(expected) {
                return Ok(text);
            }
            if Instant::now() > deadline {
                return Err(format!("{test_id} never showed {expected:?}; last: {text:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the form field `test_id` holds `expected`; returns its value.
    pub async fn wait_value(&self, test_id: &str, expected: &str) -> Result<String> {
        let deadline = Instant::now() + UI_TIMEOUT;
        loop {
            let value = match self.client.find(Locator::Css(&by_id(test_id))).await {
                Ok(el) => el.prop("value").await.ok().flatten().unwrap_or_default(),
                Err(_) => String::new(),
            };
            if value == expected {
                return Ok(value);
            }
            if Instant::now() > deadline {
                return Err(format!("{test_id} never held {expected:?}; last: {value:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Texts of all elements with `test_id`, in document order.
    pub async fn texts(&self, test_id: &str) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for el in self.client.find_all(Locator::Css(&by_id(test_id))).await? {
            out.push(text_of(&el).await?);
        }
        Ok(out)
    }

    /// Waits for `test_id` and scrolls it into view inside whatever scrolls around it (a long
    /// dialog's body, a column of the meeting): WebKitWebDriver scrolls only the page itself.
    async fn in_view(&self, test_id: &str) -> Result<Element> {
        let element = self.wait(test_id).await?;
        self.client
            .execute(SCROLL_INTO_VIEW, vec![serde_json::to_value(&element)?])
            .await?;
        Ok(element)
    }

    /// Opens the projector from its controls ("open-projector", then "projector-show" where it
    /// is offered first, "projector-done") and switches to its window once it exists; returns
    /// the main window's handle, to switch back.
    pub async fn open_projector(&self) -> Result<fantoccini::wd::WindowHandle> {
        let main = self.client.window().await?;
        self.click("open-projector").await?;
        self.click("projector-show").await?;
        self.click("projector-done").await?;
        let deadline = Instant::now() + UI_TIMEOUT;
        loop {
            let windows = self.client.windows().await?;
            if let Some(projector) = windows.into_iter().find(|w| *w != main) {
                self.client.switch_to_window(projector).await?;
                return Ok(main);
            }
            if Instant::now() > deadline {
                return Err("no projector window".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn click(&self, test_id: &str) -> Result {
        self.in_view(test_id).await?.click().await?;
        Ok(())
    }

    pub async fn click_css(&self, css: &str) -> Result {
        self.wait_css(css).await?.click().await?;
        Ok(())
    }

    /// Types `text` into the field `test_id`, as a user would.
    pub async fn type_into(&self, test_id: &str, text: &str) -> Result {
        let field = self.in_view(test_id).await?;
        field.click().await?;
        field.send_keys(text).await?;
        Ok(())
    }

    /// Saves a screenshot of the display as `<nn>-<name>.png` in this test's folder, once the
    /// page has painted its next frame.
    ///
    /// Taken from the X server (ImageMagick's `import`), not through WebDriver: the app runs
    /// WebKit without GPU compositing (`src-tauri/src/main.rs`), and in that mode
    /// WebKitWebDriver's screenshot never answers, and every later command queues behind it.
    pub async fn screenshot(&mut self, name: &str) -> Result<PathBuf> {
        self.step += 1;
        let path = self.shots.join(format!("{:02}-{name}.png", self.step));
        self.client
            .execute_async(
                "const done = arguments[0]; \
                 requestAnimationFrame(() => requestAnimationFrame(() => done(null)));",
                vec![],
            )
            .await?;
        let mut import = Command::new("import");
        if let Some(display) = &self.display {
            import.env("DISPLAY", display);
        }
        let status = import
            .args(["-window", "root"])
            .arg(&path)
            .stderr(Stdio::null())
            .status()?;
        if !status.success() {
            return Err(format!("`import` could not save {}", path.display()).into());
        }
        Ok(path)
    }

    /// Kills the app the way a crash or a power cut would (SIGKILL, no chance to save), waits
    /// until it is gone, then drops the session it leaves behind. `db` identifies the process by
    /// its `--db` argument.
    pub async fn kill(self, db: &Path) -> Result {
        kill_app(db).await?;
        // The browser is gone: the session may not answer, or answer late.
        let _ = tokio::time::timeout(Duration::from_secs(5), self.client.close()).await;
        Ok(())
    }

    /// Ends the session; tauri-driver stops the app, as abruptly as a user quitting.
    pub async fn quit(self) -> Result {
        self.client.close().await?;
        Ok(())
    }
}
