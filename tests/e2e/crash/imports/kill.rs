//! When a round kills the app: timed by an undisturbed import, or by the progress it reports.

use super::*;

/// When the undisturbed import did what, from the moment it was asked for.
pub(super) struct Timeline {
    /// How many anecdotes the file brings.
    pub(super) inserted: u64,
    /// When the write began (the file read).
    pub(super) writing_from: Duration,
    /// The last moment the import was seen before its commit: still reading, or writing below
    /// its end.
    before_commit: Duration,
    /// When the write was seen at its end: the SQLite commit is done, the search index's is not.
    pub(super) committed: Duration,
    /// When `run_import` answered.
    pub(super) total: Duration,
}

impl Timeline {
    /// Adds what the import showed at `at`.
    fn saw(&mut self, state: &ImportState, at: Duration) {
        let writing = state.phase.as_deref() == Some("writing");
        if writing && self.writing_from.is_zero() {
            self.writing_from = at;
        }
        if writing && state.done >= 1.0 {
            if self.committed.is_zero() {
                self.committed = at;
            }
        } else if state.report.is_none() {
            self.before_commit = at;
        }
    }
}

/// The share of the write, by the progress it reports, that a kill meant to land before the
/// commit waits for at most: the rest of the write and its commit take far longer than one look
/// at the page, so the kill lands before the commit.
const BEFORE_COMMIT_SHARE: f64 = 0.9;

/// One import left to finish in a workspace of its own: what the file brings and when.
pub(super) async fn undisturbed_import(
    driver: &Driver,
    dir: &Path,
    file: &Path,
) -> Result<Timeline> {
    let path = dir.join("full/workspace.db");
    let app = driver.launch(&path, dir).await?;
    let before = anecdote_count(&app).await?;
    let context = "the undisturbed import";
    ensure(
        search_import_word(&app, context).await? == 0,
        context,
        format!("the sample already has {IMPORT_WORD:?}"),
    )?;
    let t0 = Instant::now();
    start_import(&app, file).await?;
    let mut timeline = Timeline {
        inserted: 0,
        writing_from: Duration::ZERO,
        before_commit: Duration::ZERO,
        committed: Duration::ZERO,
        total: Duration::ZERO,
    };
    let report = loop {
        let state = import_state(&app).await?;
        timeline.saw(&state, t0.elapsed());
        if let Some(report) = state.report {
            break report;
        }
        if t0.elapsed() > Duration::from_secs(300) {
            return fail(context, "the import did not end in 5 minutes");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    timeline.total = t0.elapsed();
    for moment in [&mut timeline.writing_from, &mut timeline.committed] {
        if moment.is_zero() {
            *moment = timeline.total;
        }
    }
    let inserted = report["inserted"].as_u64().ok_or("no inserted count")?;
    timeline.inserted = inserted;
    ensure(inserted > 1000, context, format!("{inserted} anecdotes"))?;
    ensure(
        anecdote_count(&app).await? == before + inserted,
        context,
        "the count after the import",
    )?;
    ensure(
        search_import_word(&app, context).await? > 0,
        context,
        format!("{IMPORT_WORD:?} is not found after the import"),
    )?;
    app.quit().await?;
    Ok(timeline)
}

/// When a round kills the app. Two rounds in three kill before the commit, so most kills land
/// while the import runs whatever the machine's speed; the third kills after it.
pub(super) enum KillAt {
    /// At a random moment of the import before its commit (timed by the undisturbed one), or
    /// when the write reaches `BEFORE_COMMIT_SHARE`, whichever comes first.
    Moment(Instant),
    /// At a random point of the write, by the progress it reports: the end of the write is its
    /// commit, then the search index's.
    Share(f64),
    /// A random delay after the write reported its end (its SQLite commit), within the time the
    /// undisturbed import took from there to its answer and a little more: while the search
    /// index commits, or after the answer.
    AfterCommit(Duration),
}

impl KillAt {
    pub(super) fn draw(plan: &mut Plan, round: usize, timeline: &Timeline, t0: Instant) -> KillAt {
        match round % 3 {
            0 => KillAt::Moment(t0 + plan.within(timeline.before_commit)),
            1 => KillAt::Share(plan.rng.f64() * BEFORE_COMMIT_SHARE),
            _ => KillAt::AfterCommit(plan.within((timeline.total - timeline.committed) * 5 / 4)),
        }
    }

    /// Whether the kill is due now, the import being where `state` says (`committed`: when its
    /// write was first seen at its end).
    fn due(&self, state: &ImportState, committed: Option<Instant>) -> bool {
        let writing = |share: f64| state.phase.as_deref() == Some("writing") && state.done >= share;
        match *self {
            KillAt::Moment(at) => Instant::now() >= at || writing(BEFORE_COMMIT_SHARE),
            KillAt::Share(share) => writing(share),
            KillAt::AfterCommit(delay) => committed.is_some_and(|c| c.elapsed() >= delay),
        }
    }
}

/// Starts the import and kills the app when `kill` is due (or once the import answered);
/// returns where the import was.
pub(super) async fn kill_during_import(
    app: App,
    path: &Path,
    file: &Path,
    kill: &KillAt,
    context: &str,
) -> Result<ImportState> {
    start_import(&app, file).await?;
    let mut committed = None;
    let state = loop {
        let state = import_state(&app).await.or_else(|e| fail(context, e))?;
        if state.phase.as_deref() == Some("writing") && state.done >= 1.0 {
            committed.get_or_insert_with(Instant::now);
        }
        if kill.due(&state, committed) || state.report.is_some() {
            break state;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    app.kill(path).await?;
    Ok(state)
}
