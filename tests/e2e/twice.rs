//! Two copies of the app on one workspace: the second is refused with a screen of its own ("This
//! workspace is already open", the file, Try again / Open another workspace… / Quit), never the
//! recovery screen's "start an empty workspace here" or "restore a backup" over a file the first
//! copy is writing. The first copy keeps working; once it quits, "Try again" opens the
//! workspace in the copy that waited.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use chair_e2e::{App, Driver, Result, Scenario, UI_TIMEOUT};
use fantoccini::Locator;

/// How many app processes run on the workspace `db` (their command line names it).
fn copies(db: &Path) -> Result<usize> {
    let out = Command::new("pgrep")
        .arg("-f")
        .arg(format!("empty-chair --db {}", db.display()))
        .output()?;
    Ok(String::from_utf8_lossy(&out.stdout).lines().count())
}

async fn wait_for_copies(db: &Path, expected: usize) -> Result {
    let deadline = Instant::now() + UI_TIMEOUT;
    loop {
        let now = copies(db)?;
        if now == expected {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("{now} copies of the app on the workspace, not {expected}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Whether an element with `test_id` is on the page now.
async fn present(app: &App, test_id: &str) -> Result<bool> {
    let css = format!("[data-testid=\"{test_id}\"]");
    Ok(!app.client().find_all(Locator::Css(&css)).await?.is_empty())
}

/// The files beside the workspace that only a replaced workspace leaves: set-aside copies
/// (`.broken-…`) and a restore's leftovers.
fn replaced_files(dir: &Path) -> Result<Vec<String>> {
    Ok(std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".broken-") || n.ends_with(".restoring"))
        .collect())
}

fn backups(db: &Path) -> Result<Vec<String>> {
    let mut dir = db.as_os_str().to_owned();
    dir.push(".backups");
    let mut names: Vec<String> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    Ok(names)
}

/// Clicks "Try again" until the workspace opens, as a user would while the copy they just
/// closed finishes exiting (its process can be gone from the list a moment before the system
/// has released its files).
async fn try_again_until_open(app: &App) -> Result {
    let deadline = Instant::now() + UI_TIMEOUT;
    let mut tries = 0;
    loop {
        tries += 1;
        app.click("in-use-retry").await?;
        loop {
            if present(app, "app-shell").await? {
                eprintln!("Try again opened the workspace on try {tries}");
                return Ok(());
            }
            if present(app, "in-use-still").await? {
                break;
            }
            if Instant::now() > deadline {
                return Err("Try again neither opened the workspace nor said why".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        if Instant::now() > deadline {
            return Err(format!("still refused after {tries} tries").into());
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// The second copy's screen: it says what happened, names the file, and offers only the three
/// harmless ways on.
async fn assert_refused(app: &App, db: &Path) -> Result {
    app.wait_text("in-use", "This workspace is already open")
        .await?;
    app.wait_text("in-use", "Another Empty Chair window has it open")
        .await?;
    app.wait_text("in-use-path", &db.display().to_string())
        .await?;
    assert_eq!(app.texts("in-use-retry").await?, ["Try again"]);
    assert_eq!(app.texts("in-use-open").await?, ["Open another workspace…"]);
    assert_eq!(app.texts("in-use-quit").await?, ["Quit"]);
    for destructive in ["recovery", "recovery-fresh", "recovery-backup", "app-shell"] {
        assert!(!present(app, destructive).await?, "{destructive} shown");
    }
    let text = app.texts("in-use").await?.concat();
    for word in ["empty workspace", "Restore", "backup"] {
        assert!(!text.contains(word), "{word:?} offered: {text}");
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_copy_is_refused_and_the_first_keeps_the_workspace() -> Result {
    let scenario = Scenario::new("twice")?;
    let (db, dir) = (&scenario.db, &scenario.dir);
    let mut first = scenario.launch_with_diane_in_the_chair().await?;
    first.screenshot("first-copy").await?;
    let backups_before = backups(db)?;
    wait_for_copies(db, 1).await?;

    // A second copy of the same binary on the same file, in the same display. WebKitWebDriver
    // drives one app at a time, so the other copies get a tauri-driver of their own.
    let other = Driver::start()?;
    let mut second = other.launch_expecting(db, dir, "in-use").await?;
    wait_for_copies(db, 2).await?; // both run
    assert_refused(&second, db).await?;
    second.screenshot("second-copy-refused").await?;

    // Trying again while the first still has it changes nothing.
    second.click("in-use-retry").await?;
    second.wait("in-use-still").await?;
    assert_refused(&second, db).await?;
    second.screenshot("second-copy-still-refused").await?;

    // Quit from the screen: the second copy ends, the first runs on.
    let quit = second.wait("in-use-quit").await?;
    // The app may be gone before WebDriver answers the click: the process count tells.
    let _ = quit.click().await;
    wait_for_copies(db, 1).await?;
    let _ = second.quit().await; // the app is gone; its session may not answer

    // The first copy still writes, and nothing was set aside, restored or backed up.
    let title = "Written while a second copy was refused";
    first.new_meeting(title).await?;
    first.screenshot("first-copy-still-writes").await?;
    assert_eq!(replaced_files(dir)?, Vec::<String>::new());
    assert_eq!(
        backups(db)?,
        backups_before,
        "the refused copy took no backup"
    );

    // A third copy waits on the screen; once the first quits, "Try again" opens the workspace.
    let mut third = other.launch_expecting(db, dir, "in-use").await?;
    assert_refused(&third, db).await?;
    first.quit().await?;
    wait_for_copies(db, 1).await?;
    try_again_until_open(&third).await?;
    third.wait_text("meeting-list", title).await?;
    assert!(!present(&third, "in-use").await?);
    third.screenshot("try-again-opened").await?;
    third.quit().await?;
    wait_for_copies(db, 0).await?;

    // And a plain start after that opens it as usual.
    let mut again = scenario.launch().await?;
    again.wait_text("meeting-list", title).await?;
    again.screenshot("started-again").await?;
    again.quit().await?;
    wait_for_copies(db, 0).await?;
    assert_eq!(replaced_files(dir)?, Vec::<String>::new());
    Ok(())
}
