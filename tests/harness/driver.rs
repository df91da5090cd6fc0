//! `tauri-driver` on a free port, and launching the app (or another Tauri binary) through it
//! with a private database, retried when WebKitWebDriver is slow to start a session.

use super::*;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

/// A WebDriver server (tauri-driver, chromedriver) listening on a loopback port; stopped when
/// dropped, with whatever it started and left running.
pub struct Listening {
    child: Child,
    port: u16,
}

impl Listening {
    /// Waits (at most 20 s) until `child`, named `what` in the error, listens on `port`; a
    /// child that does not is stopped.
    pub fn wait(child: Child, port: u16, what: &str) -> Result<Listening> {
        let server = Listening { child, port };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return Err(format!("{what} did not listen on port {port}").into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(server)
    }

    pub fn port(&self) -> u16 {
        self.port
    }
}

impl Drop for Listening {
    /// Stops the server and whatever it started and left running (WebKitWebDriver, an app or
    /// a browser whose session a failed test never ended), so a failure does not leave them
    /// behind.
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

/// A running `tauri-driver`; stopped when dropped.
pub struct Driver {
    server: Listening,
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
        command
            .env("EMPTY_CHAIR_E2E_PICKS", &picks)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        let child = spawn_installed(&mut command, "scripts/setup")?;
        Ok(Driver {
            server: Listening::wait(child, port, "tauri-driver")?,
            picks,
            display: display.map(str::to_owned),
        })
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
        let url = format!("http://127.0.0.1:{}", self.server.port());
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
            .connect(&format!("http://127.0.0.1:{}", self.server.port()))
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
