//! A scripted meeting killed at random moments: every acknowledged write is there, shown as written.

mod check;
mod script;

use super::*;
use check::*;
use script::*;

/// The app as it restarts on the file the last kill left: what that file holds, or at the first
/// round the sample workspace.
async fn restarted(app: &App, shown: Option<&Shown>, context: &str) -> Result {
    match shown {
        Some(shown) => shown.check(app, context).await,
        None => {
            app.wait_text("chair-name", "Diane Okafor").await?;
            Ok(())
        }
    }
}

/// Runs the script through the app's commands and kills the app at a random moment after its
/// first acknowledged write; returns the writer's log and the delay drawn.
async fn killed_while_writing(
    app: App,
    db: &Path,
    (cast, round): (Cast, usize),
    plan: &mut Plan,
    context: &str,
) -> Result<(Log, Duration)> {
    let log = Arc::new(Mutex::new(Log::default()));
    let killing = Arc::new(AtomicBool::new(false));
    let writer = Writer {
        ipc: app.ipc(),
        log: log.clone(),
        killing: killing.clone(),
    };
    let mut writing = tokio::spawn(run_meetings(writer, cast, round));
    // The clock starts at the first acknowledged write.
    let deadline = Instant::now() + Duration::from_secs(20);
    while log.lock().unwrap().acks.is_empty() {
        if writing.is_finished() || Instant::now() > deadline {
            let failure = log.lock().unwrap().failure.clone();
            return fail(context, format!("the first write failed: {failure:?}"));
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let delay = Duration::from_millis(plan.rng.u64(KILL_AFTER_MIN_MS..=KILL_AFTER_MAX_MS));
    tokio::time::sleep(delay).await;
    killing.store(true, Ordering::SeqCst);
    app.kill(db).await?;
    // The call on its way fails now that the app is gone; the writer stops at it.
    if tokio::time::timeout(Duration::from_secs(30), &mut writing)
        .await
        .is_err()
    {
        writing.abort();
    }
    let log = std::mem::take(&mut *log.lock().unwrap());
    if let Some((failure, false)) = &log.failure {
        return fail(
            context,
            format!("a write failed before the kill: {failure}"),
        );
    }
    Ok((log, delay))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_killed_app_keeps_every_acknowledged_meeting_write() -> Result {
    let mut plan = Plan::new("meetings");
    let scenario = Scenario::new("crash-meetings")?;
    let db = &scenario.db;
    let started = Instant::now();
    let mut shown: Option<Shown> = None;
    let (mut acked, mut interrupted) = (0, 0);
    for round in 0..plan.rounds {
        let context = plan.context("meeting", round);
        // Each round starts the app again on the file the last kill left.
        let mut app = scenario.launch().await?;
        restarted(&app, shown.as_ref(), &context).await?;
        app.screenshot(&format!("round-{round}-started")).await?;
        let cast = Cast::read(&app, round).await?;
        let (log, delay) =
            killed_while_writing(app, db, (cast, round), &mut plan, &context).await?;
        acked += log.acks.len();
        interrupted += usize::from(log.pending.is_some());
        eprintln!(
            "  round {round}: killed {delay:?} after the first write, {} writes acknowledged, \
             {}",
            log.acks.len(),
            match &log.pending {
                Some((cmd, _)) => format!("{cmd} on its way"),
                None => "none on its way".into(),
            }
        );
        shown = Some(check_meeting_writes(db, &log, &context)?);
    }
    // The last kill's file opens in the app, too.
    let mut app = scenario.launch().await?;
    if let Some(shown) = &shown {
        shown
            .check(&app, &plan.context("meeting", plan.rounds))
            .await?;
    }
    app.screenshot("after-the-last-kill").await?;
    app.quit().await?;
    eprintln!(
        "crash (meetings): {} kills, {interrupted} with a write on its way, {acked} acknowledged \
         writes all kept, {:.1} s, CHAIR_KILL_SEED={}",
        plan.rounds,
        started.elapsed().as_secs_f64(),
        plan.seed
    );
    Ok(())
}
