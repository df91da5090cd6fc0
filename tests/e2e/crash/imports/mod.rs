//! A large import killed at random moments: all of the file or none of it, and search agrees.

mod app;
mod kill;

use super::*;
use app::*;
use kill::*;

/// How the kills fell: mid-import with nothing kept, mid-import after the commit with all of
/// the file kept, after the import answered.
#[derive(Default)]
struct Tally {
    nothing: usize,
    unacknowledged: usize,
    finished: usize,
}

impl Tally {
    /// Counts a kill that left `after` anecdotes (`before` or `all`), the import being where
    /// `state` says; an acknowledged import must be all there. Says how it fell.
    fn count(
        &mut self,
        state: &ImportState,
        (before, after, all): (u64, u64, u64),
        context: &str,
    ) -> Result<&'static str> {
        ensure(
            after == before || after == all,
            context,
            format!("{after} anecdotes, expected {before} or {all}"),
        )?;
        Ok(if state.report.is_some() {
            ensure(
                after == all,
                context,
                "an acknowledged import is not all there",
            )?;
            self.finished += 1;
            "after it returned"
        } else if after == before {
            self.nothing += 1;
            "mid-import, nothing kept"
        } else {
            self.unacknowledged += 1;
            "mid-import after the commit, all kept"
        })
    }
}

/// The restarted app on the killed file: the same count, and its search index agrees with the
/// database; after it quits, the file is still sound.
async fn check_restarted(
    driver: &Driver,
    path: &Path,
    dir: &Path,
    (after, all): (u64, u64),
    context: &str,
) -> Result {
    let app = driver.launch(path, dir).await?;
    ensure(
        anecdote_count(&app).await? == after,
        context,
        "the restarted app's count",
    )?;
    let hits = search_import_word(&app, context).await?;
    ensure(
        (hits > 0) == (after == all),
        context,
        format!("{hits} hits for {IMPORT_WORD:?} with {after} anecdotes"),
    )?;
    app.quit().await?;
    let gone = path.to_owned();
    if tokio::task::spawn_blocking(move || wait_gone(&gone)).await? {
        integrity(path, context, "after the restart")?;
    }
    Ok(())
}

/// What a round needs: the driver, the test's folder and import file, the undisturbed import.
struct Rounds<'a> {
    driver: &'a Driver,
    dir: &'a Path,
    file: &'a Path,
    timeline: &'a Timeline,
}

impl Rounds<'_> {
    /// One round: a fresh workspace, the import killed as the plan draws it, the file checked
    /// as the kill left it and in the restarted app.
    async fn run(&self, plan: &mut Plan, round: usize, tally: &mut Tally) -> Result {
        let context = plan.context("import", round);
        let path = self.dir.join(format!("round-{round}/workspace.db"));
        let app = self.driver.launch(&path, self.dir).await?;
        let before = anecdote_count(&app).await?;
        let t0 = Instant::now();
        let kill = KillAt::draw(plan, round, self.timeline, t0);
        let state = kill_during_import(app, &path, self.file, &kill, &context).await?;

        integrity(&path, &context, "as the kill left it")?;
        let after = file_count(&path)?;
        let all = before + self.timeline.inserted;
        let outcome = tally.count(&state, (before, after, all), &context)?;
        eprintln!(
            "  round {round}: killed {:?} in ({} {:.0}%), {outcome}",
            t0.elapsed(),
            state.phase.as_deref().unwrap_or("starting"),
            state.done * 100.0
        );
        check_restarted(self.driver, &path, self.dir, (after, all), &context).await?;
        let _ = std::fs::remove_dir_all(path.parent().ok_or("no folder")?);
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_killed_import_leaves_all_of_the_file_or_nothing() -> Result {
    let mut plan = Plan::new("import");
    let rounds = (plan.rounds * 3 / 4).max(1);
    let dir = test_dir("crash-import");
    let file = write_import_file(&dir, IMPORT_ROWS)?;
    let driver = Driver::start()?;
    let started = Instant::now();

    let timeline = undisturbed_import(&driver, &dir, &file).await?;
    let (total, writing_from) = (timeline.total, timeline.writing_from);
    eprintln!(
        "  the file: {} anecdotes in {total:?} ({writing_from:?} reading, {:?} writing, \
         committed at {:?})",
        timeline.inserted,
        total - writing_from,
        timeline.committed
    );
    let each = Rounds {
        driver: &driver,
        dir: &dir,
        file: &file,
        timeline: &timeline,
    };
    let mut tally = Tally::default();
    for round in 0..rounds {
        each.run(&mut plan, round, &mut tally).await?;
    }
    let Tally {
        nothing,
        unacknowledged,
        finished,
    } = tally;
    eprintln!(
        "crash (import): {rounds} kills of an import of {} anecdotes: {nothing} mid-import \
         left nothing, {unacknowledged} mid-import after the commit left it all, {finished} after \
         it returned; {:.1} s, CHAIR_KILL_SEED={}",
        timeline.inserted,
        started.elapsed().as_secs_f64(),
        plan.seed
    );
    ensure(
        nothing + unacknowledged > finished,
        &plan.context("import", rounds),
        "most kills must land while the import runs",
    )
}
