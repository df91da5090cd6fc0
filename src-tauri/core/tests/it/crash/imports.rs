//! Imports: a killed import leaves all of the file or none of it.

use super::*;

/// A slice of the real CFPB export, copied at test time (multi-line quoted fields, CRLF).
fn import_file(dir: &Path) -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join(CFPB);
    let target = dir.join("complaints.csv");
    std::fs::copy(&source, &target)
        .unwrap_or_else(|e| panic!("{} is needed: {e}", source.display()));
    target
}

fn anecdote_count(db: &Db) -> u32 {
    db.summary().unwrap().anecdote_count
}

/// A workspace of its own in `dir/name` (its WAL and search index beside it), initialized;
/// answers its path and how many anecdotes it starts with.
fn fresh(dir: &Path, name: &str) -> (PathBuf, u32) {
    let path = dir.join(name).join("w.db");
    let db = sample_db_at(&path);
    (path.clone(), anecdote_count(&db))
}

/// One undisturbed run: how many rows the file brings, how long reading and writing take.
fn undisturbed(dir: &Path, file: &Path) -> (u32, Duration, Duration) {
    let (path, before) = fresh(dir, "full");
    let started = Instant::now();
    let worker = Worker::spawn("import", &path, Some(file));
    let seen = worker.wait_for(WRITING);
    let reading = started.elapsed();
    let write_started = Instant::now();
    let mut lines = seen;
    lines.extend(worker.finish());
    let writing = write_started.elapsed();
    let inserted: u32 = acks(&lines)
        .iter()
        .find_map(|a| a.strip_prefix("import "))
        .expect("the import is acknowledged")
        .parse()
        .unwrap();
    assert!(
        inserted > 500,
        "the slice brings many anecdotes: {inserted}"
    );
    assert_eq!(
        anecdote_count(&reopen(&path, "the full import")),
        before + inserted
    );
    (inserted, reading, writing)
}

/// One killed import in a fresh workspace. A third of the kills land anywhere in the worker's
/// life, a third inside the write, both timed by the undisturbed run; the last third hold the
/// write inside its transaction and kill it there, which must leave nothing whatever the
/// machine's speed (the timed kills may all land after the commit on a machine that was busy
/// during the undisturbed run and is quiet after it). Answers whether the kill left nothing.
fn killed_import(
    dir: &Path,
    file: &Path,
    round: usize,
    plan: &mut Plan,
    undisturbed: (u32, Duration, Duration),
) -> bool {
    let (inserted, reading, writing) = undisturbed;
    let context = format!(
        "import round {round} (CHAIR_CRASH_SEED={} reproduces)",
        plan.seed
    );
    let (path, before) = fresh(dir, &format!("round-{round}"));
    let held = round % 3 == 2;
    let (worker, seen) = match round % 3 {
        0 => {
            let worker = Worker::spawn("import", &path, Some(file));
            std::thread::sleep(plan.delay(reading + writing));
            (worker, Vec::new())
        }
        1 => {
            let worker = Worker::spawn("import", &path, Some(file));
            let seen = worker.wait_for(WRITING);
            std::thread::sleep(plan.delay(writing));
            (worker, seen)
        }
        _ => {
            let worker = Worker::spawn_holding(&path, file);
            let seen = worker.wait_for(HELD);
            assert!(
                seen.iter().any(|l| l == HELD),
                "{context}: the worker ended without holding its write: {seen:?}"
            );
            (worker, seen)
        }
    };
    let (lines, _) = worker.kill(seen);
    let acked = acks(&lines).iter().any(|a| a.starts_with("import "));
    let after = anecdote_count(&reopen(&path, &context));
    if acked {
        assert_eq!(after, before + inserted, "{context}: acknowledged import");
    } else {
        assert!(
            after == before || after == before + inserted,
            "{context}: {after} anecdotes, expected {before} or {}",
            before + inserted
        );
    }
    if held {
        assert_eq!(
            after, before,
            "{context}: killed inside the write's transaction"
        );
    }
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
    !acked && after == before
}

#[test]
fn a_killed_import_leaves_all_of_the_file_or_nothing() {
    let mut plan = Plan::new();
    let rounds = Plan::rounds(15, 2);
    let dir = tempdir();
    let file = import_file(&dir);

    let undisturbed = undisturbed(&dir, &file);
    let (inserted, reading, writing) = undisturbed;

    let mut interrupted = 0;
    for round in 0..rounds {
        interrupted += usize::from(killed_import(&dir, &file, round, &mut plan, undisturbed));
    }
    eprintln!(
        "{rounds} import rounds of {inserted} anecdotes, {interrupted} left nothing, \
         reading took {reading:?}, writing {writing:?}, seed {}",
        plan.seed
    );
    assert!(
        rounds < 4 || interrupted > 0,
        "seed {}: no kill landed before the import committed",
        plan.seed
    );
}
