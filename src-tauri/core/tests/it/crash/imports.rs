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
    let mut db = Db::open(&path).unwrap();
    db.initialize_if_new().unwrap();
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

#[test]
fn a_killed_import_leaves_all_of_the_file_or_nothing() {
    let mut plan = Plan::new();
    let rounds = Plan::rounds(15, 2);
    let dir = tempdir();
    let file = import_file(&dir);

    let (inserted, reading, writing) = undisturbed(&dir, &file);

    let mut interrupted = 0;
    for round in 0..rounds {
        let context = format!(
            "import round {round} (CHAIR_CRASH_SEED={} reproduces)",
            plan.seed
        );
        let (path, before) = fresh(&dir, &format!("round-{round}"));
        let worker = Worker::spawn("import", &path, Some(&file));
        // Half the kills land anywhere in the worker's life, half inside the write.
        let seen = if round % 2 == 0 {
            std::thread::sleep(plan.delay(reading + writing));
            Vec::new()
        } else {
            let seen = worker.wait_for(WRITING);
            std::thread::sleep(plan.delay(writing));
            seen
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
            interrupted += usize::from(after == before);
        }
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
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
