//! The installed Debian package, started as a user would start it: run by
//! `tests/package/check.sh` (`scripts/package --check`) after `apt-get install`, with
//! `EMPTY_CHAIR_BIN=/usr/bin/empty-chair`. Ignored in the ordinary suite, which has no package
//! installed.

use std::path::PathBuf;

use chair_e2e::{app_binary, app_pid, test_dir, Driver, Result};

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the package installed: tests/package/check.sh runs it"]
async fn the_installed_app_shows_the_chair() -> Result {
    let binary = app_binary();
    assert!(
        binary.starts_with("/usr"),
        "set EMPTY_CHAIR_BIN to the installed binary, not {}",
        binary.display()
    );
    let dir = test_dir("installed");
    // The check passes where the app keeps its workspace, under a home of its own, so that it
    // can look for the file after the package is removed.
    let db = std::env::var_os("PACKAGE_CHECK_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|| dir.join("workspace.db"));
    let driver = Driver::start()?;
    let mut app = driver.launch(&db, &dir).await?;
    // The window is the installed program's, not a build from this checkout.
    let pid = app_pid(&db).ok_or("the app's process is not running")?;
    let exe = std::fs::read_link(format!("/proc/{pid}/exe"))?;
    assert_eq!(exe, binary, "the window belongs to {}", exe.display());

    // First start: the sample workspace with its persona in the chair.
    app.wait_text("chair-name", "Diane Okafor").await?;
    app.wait("sample-banner").await?;
    app.screenshot("installed-first-start").await?;
    app.quit().await?;
    Ok(())
}
