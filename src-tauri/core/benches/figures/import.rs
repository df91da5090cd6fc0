//! Import rate beside its floors (plain SQLite, tantivy alone) and the sqlite3 CLI, and hostile wide headers.

use super::*;

pub(super) fn sqlite_cli_import(csv: &Path, dir: &Path) -> Option<Duration> {
    let db = dir.join("cli.db");
    let import = format!(".import --csv --skip 1 {} docs", csv.display());
    let t = Instant::now();
    let out = Command::new("sqlite3")
        .arg(&db)
        .arg(FTS_SCHEMA)
        .arg(&import)
        .output()
        .ok()?;
    let took = t.elapsed();
    if !out.status.success() {
        eprintln!(
            "sqlite3 CLI failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return None;
    }
    let conn = Connection::open(&db).ok()?;
    let n: i64 = conn
        .query_row("SELECT COUNT(*) FROM docs", [], |r| r.get(0))
        .ok()?;
    (n > 0).then_some(took)
}

pub(super) fn bench_import(corpus: &Corpus, rows: usize) {
    let dir = scratch("import");
    let data = generate(corpus, rows, SEED);
    let csv = dir.join("anecdotes.csv");
    write_csv(&data, &csv);
    drop(data);
    let size = std::fs::metadata(&csv).map(|m| m.len()).unwrap_or(0);
    println!(
        "\nImport: {rows} rows, {:.1} MB CSV, one transaction each",
        size as f64 / 1e6
    );

    let cpu = floors::cpu_seconds();
    let t = Instant::now();
    let parsed = our_parse(&csv);
    let parse_took = t.elapsed();
    let mut db = Db::open(&dir.join("ours.db")).expect("open");
    let out = db
        .import_anecdotes(&parsed, &mut |_, _| {}, &AtomicBool::new(false))
        .expect("import");
    let took = t.elapsed();
    let cpu = floors::cpu_seconds() - cpu;
    // Recombined sentences sometimes repeat a whole anecdote on the same date: those are
    // duplicates, rightly skipped.
    assert!(
        out.inserted as usize > rows * 99 / 100,
        "only {} imported",
        out.inserted
    );
    let ours = rows as f64 / took.as_secs_f64();
    println!(
        "  {:<52} {:>6.2} s  {:>9.0} rows/s  (parsing {:.2} s; cpu {cpu:.2} s)",
        "empty-chair: parse + SQLite + search index",
        took.as_secs_f64(),
        ours,
        parse_took.as_secs_f64()
    );
    drop(db);
    let floors: [(&str, floors::Floor); 2] = [
        (
            "floor: plain SQLite inserts, same table and indexes",
            floors::sqlite,
        ),
        (
            "floor: tantivy alone, same documents and schema",
            floors::tantivy,
        ),
    ];
    for (what, floor) in floors {
        let cpu = floors::cpu_seconds();
        let floor = floor(&parsed, &dir);
        let cpu = floors::cpu_seconds() - cpu;
        println!(
            "  {:<52} {:>6.2} s  {:>9.0} rows/s  (empty-chair takes {:.2}x its time; cpu {cpu:.2} s)",
            what,
            floor.as_secs_f64(),
            rows as f64 / floor.as_secs_f64(),
            took.as_secs_f64() / floor.as_secs_f64()
        );
    }
    match sqlite_cli_import(&csv, &dir) {
        Some(cli) => {
            let theirs = rows as f64 / cli.as_secs_f64();
            println!(
                "  {:<52} {:>6.2} s  {:>9.0} rows/s  (empty-chair takes {:.2}x its time)",
                "sqlite3 CLI .import into an FTS5-backed table",
                cli.as_secs_f64(),
                theirs,
                took.as_secs_f64() / cli.as_secs_f64()
            );
        }
        None => println!("  sqlite3 CLI not available (apt-get install sqlite3): no comparison"),
    }
}

/// The importer's own path: read and validate the CSV as a user's file.
pub(super) fn our_parse(csv: &Path) -> Vec<(u64, NewAnecdote)> {
    let preview = chair_core::import::preview(csv, 5).expect("preview");
    let plan = chair_core::import::read(
        csv,
        &preview.suggested,
        &chair_core::import::ImportOptions::default(),
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
    .unwrap_or_else(|e| panic!("import of generated CSV failed: {e:?}"));
    plan.rows.into_iter().map(|r| (r.row, r.anecdote)).collect()
}

/// Hostile headers (hardening item 1): a header of the same name repeated, at the column cap
/// and past it, and a 4 MiB line of commas. Each is timed 5 times; the worst is printed.
pub(super) fn bench_wide_headers() {
    use chair_core::import;
    let repeated = |n: usize| {
        let mut text = vec!["Narrative"; n].join(",");
        text.push('\n');
        text.push_str(&vec!["x"; n].join(","));
        text.push('\n');
        text
    };
    let at_cap = repeated(import::MAX_COLUMNS);
    let over = repeated(3000);
    let commas = format!("text{}\n", ",".repeat(4 * 1024 * 1024));
    println!("\nWide headers, the import preview (worst of 5), target < 500 ms each:");
    let cases: [(&str, &str, bool); 3] = [
        ("1,000 repeated header names", &at_cap, true),
        ("3,000 repeated header names (refused)", &over, false),
        ("a 4 MiB line of commas (refused)", &commas, false),
    ];
    for (label, text, ok) in cases {
        let worst = (0..5)
            .map(|_| {
                let t = Instant::now();
                let answer = import::preview_bytes("wide.csv", text.as_bytes(), 8);
                assert_eq!(answer.is_ok(), ok, "{label}");
                t.elapsed()
            })
            .max()
            .unwrap_or_default();
        println!("  {label:<40} {:>8.1} ms", worst.as_secs_f64() * 1000.0);
    }
}
