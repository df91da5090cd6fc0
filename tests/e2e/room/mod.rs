//! The room joins, through the real app and real browsers: the app opens the room on
//! 127.0.0.1 (`EMPTY_CHAIR_ROOM_ADDR`, so no test ever listens on a LAN address), the test
//! reads the link the app shows and joins with two headless Chromium sessions (chromedriver,
//! driven by fantoccini like the app): an ambassador and a participant. The facilitator admits
//! both; the participant sees a decision the facilitator records with no reload; the
//! ambassador reacts and the facilitator's window shows it under the decision with the
//! ambassador's name; the ambassador's browser goes offline while it reacts and comes back: the
//! reaction arrives once; the app is SIGKILLed and restarted and every acknowledged reaction is
//! there. Refused and seeing nothing: a wrong secret, an expired one, a removed device, a
//! foreign Host or Origin. The hostile corpus, typed as a device's name and as a reaction
//! comment, stays text in the app and in the other browser; nothing sets `window.__xss` or
//! `window.__pwned`.

mod scenario;

use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chair_e2e::{chord, root, spawn_installed, App, Listening, Result, Scenario};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const WAIT: Duration = Duration::from_secs(20);

/// A running chromedriver on a free loopback port; stopped when dropped.
struct ChromeDriver {
    server: Listening,
}

impl ChromeDriver {
    fn start() -> Result<ChromeDriver> {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let child = spawn_installed(
            Command::new("chromedriver")
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
            "scripts/setup test",
        )?;
        Ok(ChromeDriver {
            server: Listening::wait(child, port, "chromedriver")?,
        })
    }

    /// A phone: headless Chromium at 390x844.
    async fn phone(&self) -> Result<Client> {
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,844"]
            }
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        Ok(ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.server.port()))
            .await?)
    }

    /// Takes the browser of `client` off the network, or puts it back (Chromium's own
    /// WebDriver command).
    async fn offline(&self, client: &Client, offline: bool) -> Result {
        let session = client.session_id().await?.ok_or("no session")?;
        let body = json!({"network_conditions": {
            "offline": offline, "latency": 0, "download_throughput": 1_000_000, "upload_throughput": 1_000_000
        }});
        let path = format!("/session/{session}/chromium/network_conditions");
        let addr: SocketAddr = ([127, 0, 0, 1], self.server.port()).into();
        let (status, text) = raw(
            addr,
            "POST",
            &path,
            &[("Content-Type", "application/json")],
            &body.to_string(),
        )
        .await?;
        if status != 200 {
            return Err(format!("network_conditions: {status} {text}").into());
        }
        Ok(())
    }
}

/// One HTTP/1.1 request to a loopback address, with exactly the headers given (plus
/// Content-Length and Connection: close); returns the status and the body.
async fn raw(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Result<(u16, String)> {
    assert!(addr.ip().is_loopback(), "tests talk to loopback only");
    let mut request = format!("{method} {path} HTTP/1.1\r\n");
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        request.push_str(&format!("Host: {addr}\r\n"));
    }
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    ));
    let mut stream = tokio::net::TcpStream::connect(addr).await?;
    stream.write_all(request.as_bytes()).await?;
    let out = tokio::time::timeout(WAIT, read_response(&mut stream)).await??;
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    Ok((status, body))
}

/// Reads one response: its head, then as many body bytes as its Content-Length says (or up to
/// the end of the stream without one). ChromeDriver keeps the connection open after answering,
/// whatever `Connection: close` asks, so reading to the end would wait forever.
async fn read_response(stream: &mut tokio::net::TcpStream) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = stream.read(&mut buf).await?;
        if n == 0 {
            return Ok(out);
        }
        out.extend_from_slice(&buf[..n]);
        let Some(head_end) = out.windows(4).position(|w| w == b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&out[..head_end]).to_ascii_lowercase();
        let length = head.lines().find_map(|line| {
            let value = line.strip_prefix("content-length:")?;
            value.trim().parse::<usize>().ok()
        });
        if length.is_some_and(|len| out.len() >= head_end + 4 + len) {
            return Ok(out);
        }
    }
}

/// The page's text, once it contains `expected`.
async fn page_shows(client: &Client, expected: &str) -> Result<String> {
    let deadline = Instant::now() + WAIT;
    loop {
        let text: String = client
            .execute(
                "return document.body ? document.body.innerText : ''",
                vec![],
            )
            .await?
            .as_str()
            .unwrap_or_default()
            .to_owned();
        if text.contains(expected) {
            return Ok(text);
        }
        if Instant::now() > deadline {
            return Err(format!("the page never showed {expected:?}; it shows: {text}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until no element `test_id` is left.
async fn wait_gone(app: &App, test_id: &str) -> Result {
    let deadline = Instant::now() + WAIT;
    let css = format!("[data-testid=\"{test_id}\"]");
    while !app.client().find_all(Locator::Css(&css)).await?.is_empty() {
        if Instant::now() > deadline {
            return Err(format!("{test_id} never went away").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

/// Nothing of the hostile corpus ran in this page.
async fn nothing_ran(client: &Client, who: &str) -> Result {
    let ran = client
        .execute(
            "return [window.__xss ?? null, window.__pwned ?? null]",
            vec![],
        )
        .await?;
    assert_eq!(
        ran,
        json!([null, null]),
        "{who}: script from typed text ran"
    );
    Ok(())
}

async fn browser_shot(client: &Client, dir: &Path, name: &str) -> Result<PathBuf> {
    let path = dir.join(format!("browser-{name}.png"));
    std::fs::write(&path, client.screenshot().await?)?;
    Ok(path)
}

/// Joins from a browser at `url` with `name` and `role`.
async fn join(client: &Client, url: &str, name: &str, role: &str) -> Result {
    client.goto(url).await?;
    let field = client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css("input[name=name]"))
        .await?;
    field.send_keys(name).await?;
    client
        .find(Locator::Css(&format!("input[name=role][value={role}]")))
        .await?
        .click()
        .await?;
    client
        .find(Locator::Css("button[type=submit]"))
        .await?
        .click()
        .await?;
    Ok(())
}

/// Reacts (as an ambassador) to the decision `statement` with `comment`.
async fn react(client: &Client, decision_id: &str, comment: &str) -> Result {
    let card = format!("[data-decision-id=\"{decision_id}\"]");
    let form = client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css(&format!("{card} form")))
        .await?;
    click_in(&form, "input[name=stance][value=opposes]").await?;
    click_in(&form, "input[name=feeling][value='2']").await?;
    form.find(Locator::Css("textarea[name=comment]"))
        .await?
        .send_keys(comment)
        .await?;
    click_in(&form, "input[name=flags][value=would_leave]").await?;
    click_in(&form, "button[type=submit]").await
}

/// Clicks the element of the browser's `form` that matches `css`.
async fn click_in(form: &Element, css: &str) -> Result {
    form.find(Locator::Css(css)).await?.click().await?;
    Ok(())
}

/// Waits until the facilitator's panel lists `n` devices waiting, then admits each.
async fn admit_all(app: &App, n: usize) -> Result {
    let deadline = Instant::now() + WAIT;
    while app
        .client()
        .find_all(Locator::Css("[data-testid=room-admit]"))
        .await?
        .len()
        < n
    {
        if Instant::now() > deadline {
            return Err(format!("{n} devices never waited to join").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    for _ in 0..n {
        app.click("room-admit").await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    Ok(())
}

/// The reactions stored under the meeting's decisions, from the app itself.
async fn reactions(app: &App, meeting_id: &str) -> Result<Vec<Value>> {
    let view = app
        .invoke("open_meeting", json!({ "id": meeting_id }))
        .await?;
    Ok(view["decisions"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|d| d["annotations"].as_array().cloned().unwrap_or_default())
        .collect())
}

fn hostile() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(root().join("tests/fixtures/hostile.json")).expect("corpus");
    let all: Vec<Value> = serde_json::from_str(&text).expect("corpus is JSON");
    all.iter()
        .map(|e| {
            (
                e["id"].as_str().unwrap_or("").to_owned(),
                e["text"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}
