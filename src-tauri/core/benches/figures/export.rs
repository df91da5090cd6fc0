//! The decision-log export and the ADR folder after a delete.

use super::*;

/// Time to write the whole log of `n` decisions in each format (best of three runs).
pub(super) fn bench_export(corpus: &Corpus, n: usize) {
    let t = Instant::now();
    let db = seed_decisions(corpus, n);
    println!(
        "\nExport of {n} decisions ({} meetings, 2 impacts, 2 evidence, 1 annotation each; seeded in {:.1} s), best of 3, ms:",
        n.div_ceil(100),
        t.elapsed().as_secs_f64()
    );
    let dir = scratch("export");
    for format in ExportFormat::ALL {
        let mut best = Duration::MAX;
        let mut bytes = 0u64;
        for run in 0..3 {
            // A new file (or ADR folder) each run: the whole export is written every time.
            let path = dir.join(format!("log-{run}.{}", format.as_str()));
            // What earlier runs wrote is flushed first, so its write-back is not timed here.
            let _ = std::process::Command::new("sync").status();
            let t = Instant::now();
            let report = db
                .export_decision_log(&DecisionFilter::default(), *format, &path, true)
                .expect("export");
            best = best.min(t.elapsed());
            assert_eq!(report.decisions as usize, n);
            bytes = dir_size(&path);
        }
        println!(
            "  {:<10} {:>9} ms  {:>7.1} MB",
            format.as_str(),
            ms(best),
            bytes as f64 / 1e6
        );
    }
    bench_adr_after_delete(&db, n, &dir);
}

/// The ADR folder in the case that was slow: exported right after the previous run's folder
/// was deleted (no `sync` between), every run shown, beside its floor in the same run: the
/// same bytes written by a plain loop of `std::fs::write` into a new folder, also right after
/// the previous copy was deleted. Then an export of the unchanged log into the same folder,
/// which must touch no file.
pub(super) fn bench_adr_after_delete(db: &Db, n: usize, dir: &Path) {
    let path = dir.join("adr-again");
    let floor_path = dir.join("adr-floor");
    let all = DecisionFilter::default();
    db.export_decision_log(&all, ExportFormat::Adr, &path, true)
        .expect("export");
    let files: Vec<(std::ffi::OsString, Vec<u8>)> = std::fs::read_dir(&path)
        .expect("adr folder")
        .map(|e| {
            let e = e.expect("entry");
            (e.file_name(), std::fs::read(e.path()).expect("adr file"))
        })
        .collect();
    let plain_write = |to: &Path| {
        std::fs::create_dir(to).expect("floor folder");
        for (name, bytes) in &files {
            std::fs::write(to.join(name), bytes).expect("floor file");
        }
    };
    plain_write(&floor_path);
    println!(
        "  ADR folder of {n} files right after the previous one was deleted (load {}), ms:",
        load()
    );
    for run in 0..3 {
        std::fs::remove_dir_all(&floor_path).expect("delete floor");
        let t = Instant::now();
        plain_write(&floor_path);
        let floor = t.elapsed();
        std::fs::remove_dir_all(&path).expect("delete folder");
        let t = Instant::now();
        db.export_decision_log(&all, ExportFormat::Adr, &path, true)
            .expect("export");
        let ours = t.elapsed();
        println!(
            "    run {}: export {:>8}  floor (plain writes, sequential) {:>8}  ratio {:.2}",
            run + 1,
            ms(ours),
            ms(floor),
            ours.as_secs_f64() / floor.as_secs_f64()
        );
    }
    let mtimes = |p: &Path| -> Vec<std::time::SystemTime> {
        let mut m: Vec<_> = std::fs::read_dir(p)
            .expect("adr folder")
            .map(|e| {
                e.expect("entry")
                    .metadata()
                    .expect("meta")
                    .modified()
                    .expect("mtime")
            })
            .collect();
        m.sort();
        m
    };
    let before = mtimes(&path);
    let t = Instant::now();
    db.export_decision_log(&all, ExportFormat::Adr, &path, true)
        .expect("export");
    let again = t.elapsed();
    println!(
        "    again, unchanged log into the same folder: {:>8} ms, files touched: {}",
        ms(again),
        before
            .iter()
            .zip(mtimes(&path))
            .filter(|(b, a)| *b != a)
            .count()
    );
}

pub(super) fn dir_size(path: &Path) -> u64 {
    if path.is_dir() {
        std::fs::read_dir(path)
            .map(|entries| entries.flatten().map(|e| dir_size(&e.path())).sum())
            .unwrap_or(0)
    } else {
        std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
    }
}
