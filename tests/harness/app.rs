//! The app under test: waiting for, reading, typing into and clicking elements by their
//! `data-testid`, calling its commands, screenshots of each step, and ending it.

use super::*;

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
    pub(crate) client: Client,
    pub(crate) shots: PathBuf,
    pub(crate) step: u32,
    pub(crate) picks: PathBuf,
    /// The X display it runs on, when not the test's own: where screenshots are taken.
    pub(crate) display: Option<String>,
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
    pub(crate) async fn in_view(&self, test_id: &str) -> Result<Element> {
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

    /// Waits until an element matches `xpath` (for what only its text or its parent finds)
    /// and clicks it.
    pub async fn click_xpath(&self, xpath: &str) -> Result {
        self.client
            .wait()
            .at_most(UI_TIMEOUT)
            .for_element(Locator::XPath(xpath))
            .await
            .map_err(|e| format!("waiting for {xpath}: {e}"))?
            .click()
            .await?;
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
