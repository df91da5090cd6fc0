//! A workspace file full of garbage: the app does not crash or quietly start over; it shows the
//! recovery screen naming the file, and "Start an empty workspace here" sets the broken file
//! aside, untouched, and opens a new workspace with the sample.

use chair_e2e::{Result, Scenario, SAMPLE_PERSONA};

#[tokio::test(flavor = "multi_thread")]
async fn a_corrupt_workspace_offers_recovery_and_keeps_the_file() -> Result {
    let scenario = Scenario::new("recovery")?;
    let (db, dir) = (&scenario.db, &scenario.dir);
    let garbage: Vec<u8> = (0..16_384u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(db, &garbage)?;

    let mut app = scenario.launch_expecting("recovery").await?;
    let message = app
        .wait_text("recovery-message", "is damaged or is not a database")
        .await?;
    assert!(message.contains(&db.display().to_string()), "{message}");
    app.wait_text("recovery", "Restore from a backup").await?;
    app.wait("recovery-no-backups").await?;
    assert_eq!(
        std::fs::read(db)?,
        garbage,
        "nothing written to the broken file"
    );
    app.screenshot("recovery-screen").await?;

    app.click("recovery-fresh").await?;
    app.wait("app-shell").await?;
    app.wait("sample-banner").await?;
    app.wait_text("chair-name", SAMPLE_PERSONA).await?;
    app.screenshot("fresh-workspace").await?;

    let aside: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with("workspace.db.broken-")
                && !name.ends_with("-wal")
                && !name.ends_with("-shm")
        })
        .collect();
    assert_eq!(aside.len(), 1, "the broken file is kept aside once");
    assert_eq!(std::fs::read(aside[0].path())?, garbage, "byte for byte");

    // The new workspace was backed up when it opened.
    app.open("show-backups", "backup-item").await?;
    let before = app.texts("backup-item").await?.len();
    assert!(before >= 1);
    app.screenshot("backups-dialog").await?;
    app.quit().await?;
    Ok(())
}
