//! The figures behind docs/BENCHMARKS.md: import rate beside its two floors measured in the same
//! run (plain SQLite inserts and tantivy alone, `import/floors.rs`), and search latency at
//! several library sizes, side by side with plain SQLite FTS5 and a naive LIKE scan.
//!
//! Data is generated deterministically (fixed seed) by recombining real sentences from
//! `../shared/data` (CFPB complaint narratives, drug reviews). Run through `scripts/bench`, or
//! `cargo bench -p chair-core --bench figures -- [--sizes 10000,100000] [--queries 300]
//! [--import-rows N] [--export-decisions N]`. `--only export` (or `import`, `search`,
//! `relevance`) runs one part; a size list of `none` or a count of 0 leaves a part out.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use chair_core::db::NewAnecdote;
use chair_core::model::AnecdoteQuery;
use chair_core::model::{
    AnecdoteFilters, AnecdoteInput, AnnotationFlag, AnnotationInput, Confidence, DecisionFilter,
    DecisionStatus, ExportFormat, ImpactDirection, NewDecision, NewImpact, NewMeeting, NewPersona,
    PersonInput, Provenance, Reversibility, Role, SearchMode, Sentiment, Stance,
};
use chair_core::Db;
use chrono::NaiveDate;
use rusqlite::Connection;

#[path = "import/floors.rs"]
mod floors;

const SEED: u64 = 20261125;
const CHANNELS: &[&str] = &["email", "call", "chat", "review", "social", "survey"];
const TAGS: &[&str] = &[
    "billing", "refund", "delivery", "account", "fees", "support", "quality",
];

struct Options {
    sizes: Vec<usize>,
    queries: usize,
    import_rows: usize,
    export_decisions: usize,
    relevance: bool,
    /// The hostile wide headers of the import preview.
    headers: bool,
    search_decisions: usize,
    data: PathBuf,
}

fn options() -> Options {
    let mut o = Options {
        sizes: vec![10_000, 100_000, 1_000_000],
        queries: 300,
        import_rows: 100_000,
        export_decisions: 10_000,
        relevance: true,
        search_decisions: 10_000,
        headers: true,
        data: Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"),
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--sizes" if value == "none" => o.sizes.clear(),
            "--sizes" => {
                o.sizes = value
                    .split(',')
                    .map(|s| s.trim().parse().expect("--sizes N,N"))
                    .collect()
            }
            "--export-decisions" => {
                o.export_decisions = value.parse().expect("--export-decisions N")
            }
            "--only" => {
                if value != "import" {
                    o.import_rows = 0;
                }
                if value != "search" {
                    o.sizes.clear();
                }
                if value != "export" {
                    o.export_decisions = 0;
                }
                o.relevance = value == "relevance";
                o.headers = value == "headers";
                if value != "decisions" {
                    o.search_decisions = 0;
                }
            }
            "--search-decisions" => {
                o.search_decisions = value.parse().expect("--search-decisions N")
            }
            "--queries" => o.queries = value.parse().expect("--queries N"),
            "--import-rows" => o.import_rows = value.parse().expect("--import-rows N"),
            "--data" => o.data = PathBuf::from(value),
            "--bench" => {
                i += 1;
                continue;
            }
            other => panic!("unknown argument {other}"),
        }
        i += 2;
    }
    o
}

/// Real sentences and the words they use.
struct Corpus {
    sentences: Vec<String>,
    words: Vec<String>,
    areas: Vec<String>,
}

fn split_sentences(text: &str, out: &mut Vec<String>) {
    let text = html_escape::decode_html_entities(text);
    let text = text.trim_matches('"');
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        let end_of_sentence = matches!(bytes[i], b'.' | b'!' | b'?')
            && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace());
        if end_of_sentence {
            let s = text[start..=i].trim();
            if (25..=300).contains(&s.len()) {
                out.push(s.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            start = i + 1;
        }
    }
}

/// Every drug review (id, drug, condition, review, rating, date, useful count), both files.
fn drug_reviews(data: &Path) -> Vec<csv::StringRecord> {
    let mut records = Vec::new();
    for file in [
        "drug_reviews/drugsComTrain.tsv",
        "drug_reviews/drugsComTest.tsv",
    ] {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .from_path(data.join(file))
            .expect("drug reviews");
        for record in reader.records() {
            records.push(record.expect("review record"));
        }
    }
    records
}

fn load_corpus(data: &Path) -> Corpus {
    let mut sentences = Vec::new();
    let mut areas = Vec::new();
    let cfpb = data.join("cfpb/cfpb_combined_18col.csv");
    let mut reader =
        csv::Reader::from_path(&cfpb).unwrap_or_else(|e| panic!("{}: {e}", cfpb.display()));
    let headers = reader.headers().expect("headers").clone();
    let narrative = headers
        .iter()
        .position(|h| h == "Consumer complaint narrative")
        .expect("narrative");
    let product = headers
        .iter()
        .position(|h| h == "Product")
        .expect("product");
    for record in reader.records() {
        let record = record.expect("cfpb record");
        split_sentences(&record[narrative], &mut sentences);
        areas.push(record[product].to_owned());
    }
    for record in drug_reviews(data) {
        split_sentences(&record[3], &mut sentences);
    }
    sentences.sort();
    sentences.dedup();
    areas.sort();
    areas.dedup();
    let mut counts = std::collections::HashMap::<String, u32>::new();
    for s in &sentences {
        for w in s
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.len() >= 4)
        {
            *counts.entry(w.to_lowercase()).or_default() += 1;
        }
    }
    let mut words: Vec<String> = counts
        .into_iter()
        .filter(|(_, n)| *n >= 5)
        .map(|(w, _)| w)
        .collect();
    words.sort();
    Corpus {
        sentences,
        words,
        areas,
    }
}

fn generate(corpus: &Corpus, n: usize, seed: u64) -> Vec<(u64, NewAnecdote)> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
    (0..n)
        .map(|i| {
            let parts = rng.usize(1..=4);
            let text = (0..parts)
                .map(|_| corpus.sentences[rng.usize(..corpus.sentences.len())].as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let tags = (0..rng.usize(1..=3))
                .map(|_| TAGS[rng.usize(..TAGS.len())].to_owned())
                .collect();
            let anecdote = NewAnecdote {
                text,
                said_on: Some(start + chrono::Days::new(rng.u64(0..1050))),
                channel: CHANNELS[rng.usize(..CHANNELS.len())].to_owned(),
                product_area: corpus.areas[rng.usize(..corpus.areas.len())].clone(),
                segment: String::new(),
                sentiment: [Sentiment::Negative, Sentiment::Neutral, Sentiment::Positive]
                    [rng.usize(..3)],
                severity: rng.u8(1..=5),
                customer_count: 1 + (rng.f64().powi(4) * 200.0) as u32,
                tags,
                source_ref: Some(format!("BENCH-{i}")),
                provenance: Provenance::Synthesized,
                persona_ids: Vec::new(),
            };
            (i as u64 + 2, anecdote)
        })
        .collect()
}

fn write_csv(rows: &[(u64, NewAnecdote)], path: &Path) {
    let mut w = csv::Writer::from_path(path).expect("csv writer");
    w.write_record([
        "text",
        "date",
        "channel",
        "product area",
        "sentiment",
        "severity",
        "count",
        "tags",
        "id",
    ])
    .expect("header");
    for (_, a) in rows {
        w.write_record([
            a.text.as_str(),
            &a.said_on.map(|d| d.to_string()).unwrap_or_default(),
            &a.channel,
            &a.product_area,
            a.sentiment.as_str(),
            &a.severity.to_string(),
            &a.customer_count.to_string(),
            &a.tags.join(";"),
            a.source_ref.as_deref().unwrap_or(""),
        ])
        .expect("record");
    }
    w.flush().expect("flush");
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../target/bench")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

struct Stats {
    p50: Duration,
    p95: Duration,
    n: usize,
}

fn measure(n: usize, mut run: impl FnMut(usize)) -> Stats {
    for i in 0..n.min(20) {
        run(i); // warm-up
    }
    let mut samples: Vec<Duration> = (0..n)
        .map(|i| {
            let t = Instant::now();
            run(i);
            t.elapsed()
        })
        .collect();
    samples.sort();
    let at =
        |p: f64| samples[((samples.len() as f64 * p).ceil() as usize).clamp(1, samples.len()) - 1];
    Stats {
        p50: at(0.50),
        p95: at(0.95),
        n,
    }
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn cell(s: &Stats) -> String {
    format!("{:>8} / {:<8} (n={})", ms(s.p50), ms(s.p95), s.n)
}

/// The same data in a plain SQLite table with a trigger-fed external-content FTS5 index.
const FTS_SCHEMA: &str = "
    CREATE TABLE docs (text TEXT, said_on TEXT, channel TEXT, product_area TEXT, sentiment TEXT,
                       severity INTEGER, customer_count INTEGER, tags TEXT, source_ref TEXT);
    CREATE VIRTUAL TABLE docs_fts USING fts5 (text, content = 'docs', content_rowid = 'rowid');
    CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN
        INSERT INTO docs_fts (rowid, text) VALUES (new.rowid, new.text);
    END;";

fn fts_phrase(w: &str) -> String {
    format!("\"{}\"", w.replace('"', "\"\""))
}

fn sqlite_cli_import(csv: &Path, dir: &Path) -> Option<Duration> {
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

fn bench_import(corpus: &Corpus, rows: usize) {
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
fn our_parse(csv: &Path) -> Vec<(u64, NewAnecdote)> {
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

fn bench_search(corpus: &Corpus, size: usize, queries: usize) {
    let dir = scratch(&format!("search-{size}"));
    let data = generate(corpus, size, SEED + size as u64);
    let t = Instant::now();
    let mut db = Db::open(&dir.join("ours.db")).expect("open");
    db.import_anecdotes(&data, &mut |_, _| {}, &AtomicBool::new(false))
        .expect("import");
    let build = t.elapsed();

    let fts = Connection::open(dir.join("fts.db")).expect("fts db");
    fts.execute_batch(FTS_SCHEMA).expect("fts schema");
    let t = Instant::now();
    {
        fts.execute_batch("BEGIN").expect("begin");
        // Every column, so that fetching the rows costs what fetching ours does.
        let mut insert = fts
            .prepare(
                "INSERT INTO docs (text, said_on, channel, product_area, sentiment, severity, \
                 customer_count, tags, source_ref) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )
            .expect("insert");
        for (_, a) in &data {
            insert
                .execute(rusqlite::params![
                    a.text,
                    a.said_on,
                    a.channel,
                    a.product_area,
                    a.sentiment.as_str(),
                    a.severity,
                    a.customer_count,
                    a.tags.join(";"),
                    a.source_ref
                ])
                .expect("insert");
        }
        fts.execute_batch("COMMIT").expect("commit");
    }
    let fts_build = t.elapsed();
    drop(data);

    let mut rng = fastrand::Rng::with_seed(SEED ^ size as u64);
    let keyword: Vec<String> = (0..queries)
        .map(|_| {
            let a = &corpus.words[rng.usize(..corpus.words.len())];
            let b = &corpus.words[rng.usize(..corpus.words.len())];
            format!("{a} {b}")
        })
        .collect();
    let relevant: Vec<String> = (0..queries)
        .map(|_| {
            let mut words: Vec<&str> = Vec::new();
            while words.len() < 40 {
                let s = &corpus.sentences[rng.usize(..corpus.sentences.len())];
                words.extend(s.split_whitespace());
            }
            words.truncate(40);
            words.join(" ")
        })
        .collect();

    let search = |text: &str, mode: SearchMode, filters: Option<AnecdoteFilters>| {
        db.search_anecdotes(&AnecdoteQuery {
            text: text.to_owned(),
            mode: Some(mode),
            filters,
            limit: Some(20),
            ..Default::default()
        })
        .expect("search")
    };
    let filters = AnecdoteFilters {
        severity_min: Some(4),
        channels: Some(vec!["email".into(), "call".into()]),
        ..Default::default()
    };
    let ours_kw = measure(queries, |i| {
        search(&keyword[i], SearchMode::Keyword, None);
    });
    let ours_kw_f = measure(queries, |i| {
        search(&keyword[i], SearchMode::Keyword, Some(filters.clone()));
    });
    let ours_rel = measure(queries, |i| {
        search(&relevant[i], SearchMode::Relevant, None);
    });
    let ours_rel_f = measure(queries, |i| {
        search(&relevant[i], SearchMode::Relevant, Some(filters.clone()));
    });

    // Slow baselines get fewer queries at large sizes so the run stays bearable.
    let slow = if size >= 1_000_000 {
        20.min(queries)
    } else {
        60.min(queries)
    };
    let mut fts_kw_stmt = fts
        .prepare("SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?1 ORDER BY rank LIMIT 20")
        .expect("fts query");
    let fts_kw = measure(queries, |i| {
        let q: Vec<String> = keyword[i].split(' ').map(fts_phrase).collect();
        let _: Vec<i64> = fts_kw_stmt
            .query_map([q.join(" ")], |r| r.get(0))
            .expect("fts")
            .collect::<Result<_, _>>()
            .expect("fts rows");
    });
    let fts_rel = measure(slow, |i| {
        let q: Vec<String> = relevant[i]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(fts_phrase)
            .collect();
        let _: Vec<i64> = fts_kw_stmt
            .query_map([q.join(" OR ")], |r| r.get(0))
            .expect("fts")
            .collect::<Result<_, _>>()
            .expect("fts rows");
    });
    // Like for like: the same (at most 32) stems "relevant now" chose, each as a prefix (our
    // index matches word forms; FTS5's unicode61 tokenizer does not stem).
    let chosen: Vec<String> = relevant[..slow]
        .iter()
        .map(|text| {
            db.relevant_terms(text)
                .expect("terms")
                .iter()
                .map(|t| format!("{}*", fts_phrase(t)))
                .collect::<Vec<_>>()
                .join(" OR ")
        })
        .collect();
    let fts_rel12 = measure(slow, |i| {
        let _: Vec<i64> = fts_kw_stmt
            .query_map([&chosen[i]], |r| r.get(0))
            .expect("fts")
            .collect::<Result<_, _>>()
            .expect("fts rows");
    });
    // The same path as ours: the rows themselves and a snippet with the matches marked.
    let mut fts_rows_stmt = fts
        .prepare(
            "SELECT d.rowid, d.text, d.said_on, d.channel, d.product_area, d.sentiment, \
             d.severity, d.customer_count, d.tags, d.source_ref, \
             snippet(docs_fts, 0, '[', ']', '…', 48) \
             FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid \
             WHERE docs_fts MATCH ?1 ORDER BY rank LIMIT 20",
        )
        .expect("fts rows query");
    let fts_kw_rows = measure(queries, |i| {
        let q: Vec<String> = keyword[i].split(' ').map(fts_phrase).collect();
        let _: Vec<(i64, String, String)> = fts_rows_stmt
            .query_map([q.join(" ")], |r| Ok((r.get(0)?, r.get(1)?, r.get(10)?)))
            .expect("fts")
            .collect::<Result<_, _>>()
            .expect("fts rows");
    });
    let mut like_stmt = fts
        .prepare("SELECT rowid FROM docs WHERE text LIKE ?1 AND text LIKE ?2 LIMIT 20")
        .expect("like");
    let like = measure(slow, |i| {
        let mut w = keyword[i].split(' ');
        let a = format!("%{}%", w.next().unwrap_or(""));
        let b = format!("%{}%", w.next().unwrap_or(""));
        let _: Vec<i64> = like_stmt
            .query_map([a, b], |r| r.get(0))
            .expect("like")
            .collect::<Result<_, _>>()
            .expect("rows");
    });

    println!(
        "\n{size} anecdotes (built in {:.1} s; plain FTS5 table in {:.1} s). p50 / p95 in ms, top 20:",
        build.as_secs_f64(),
        fts_build.as_secs_f64()
    );
    println!(
        "  {:<44} {:<32} relevant now (40 words; ours: its telling words)",
        "engine", "keyword (2 words, AND)"
    );
    println!(
        "  {:<44} {:<32} {}",
        "empty-chair (tantivy index + SQLite rows)",
        cell(&ours_kw),
        cell(&ours_rel)
    );
    println!(
        "  {:<44} {:<32} {}",
        "empty-chair, filtered (severity>=4, 2 channels)",
        cell(&ours_kw_f),
        cell(&ours_rel_f)
    );
    println!(
        "  {:<44} {:<32} {}",
        "SQLite FTS5, bm25 order, rowids only",
        cell(&fts_kw),
        cell(&fts_rel)
    );
    println!(
        "  {:<44} {:<32} {}",
        "SQLite FTS5, bm25, the same terms as ours",
        "-",
        cell(&fts_rel12)
    );
    println!(
        "  {:<44} {:<32} -",
        "SQLite FTS5, bm25, + rows and snippet()",
        cell(&fts_kw_rows)
    );
    println!("  {:<44} {:<32} -", "naive LIKE scan", cell(&like));
}

/// Labelled real records: their text and the label a hit must share to count as relevant.
struct LabelledSet {
    name: &'static str,
    records: Vec<(String, String)>,
}

/// The CFPB narratives (labelled by product, and by issue) and the drug reviews (labelled by
/// condition; conditions that are HTML debris are left out), as they are in `../shared/data`.
fn labelled_sets(data: &Path) -> Vec<LabelledSet> {
    let clean = |t: &str| {
        let t = html_escape::decode_html_entities(t);
        t.trim().trim_matches('"').trim().to_owned()
    };
    let cfpb = data.join("cfpb/cfpb_combined_18col.csv");
    let mut reader =
        csv::Reader::from_path(&cfpb).unwrap_or_else(|e| panic!("{}: {e}", cfpb.display()));
    let headers = reader.headers().expect("headers").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (narrative, product, issue) = (
        col("Consumer complaint narrative"),
        col("Product"),
        col("Issue"),
    );
    let mut by_product = Vec::new();
    let mut by_issue = Vec::new();
    for record in reader.records() {
        let record = record.expect("cfpb record");
        let text = clean(&record[narrative]);
        if text.len() < 20 {
            continue;
        }
        by_product.push((text.clone(), record[product].trim().to_owned()));
        by_issue.push((text, record[issue].trim().to_owned()));
    }
    let mut by_condition = Vec::new();
    for record in drug_reviews(data) {
        let condition = record[2].trim();
        if condition.is_empty() || condition.contains('<') {
            continue;
        }
        by_condition.push((clean(&record[3]), condition.to_owned()));
    }
    vec![
        LabelledSet {
            name: "CFPB narratives, same product",
            records: by_product,
        },
        LabelledSet {
            name: "CFPB narratives, same issue",
            records: by_issue,
        },
        LabelledSet {
            name: "drug reviews, same condition",
            records: by_condition,
        },
    ]
}

/// Precision@10 of "relevant now" on labelled real text, beside BM25 over all the query's words
/// (FTS5, Porter stemmer), BM25 over the same terms ours chose, and a random pick. Split:
/// every fifth record (0, 5, 10, ...) is a query, the others are the library; a hit is
/// relevant when it has the query's label.
fn bench_relevance(data: &Path) {
    const K: usize = 10;
    println!(
        "\nRelevance: precision@{K}, query = one held-out record's text (every 5th record), \
         library = the other records, relevant = same label"
    );
    println!(
        "  {:<48} {:>13} {:>12} {:>15} {:>13} {:>8}",
        "set (library / queries, labels)",
        "relevant now",
        "BM25 all",
        "BM25 same terms",
        "random",
        "labels"
    );
    for set in labelled_sets(data) {
        let dir = scratch("relevance");
        let mut db = Db::open(&dir.join("ours.db")).expect("open");
        let fts = Connection::open(dir.join("fts.db")).expect("fts db");
        fts.execute_batch(
            "CREATE VIRTUAL TABLE d USING fts5 (text, tokenize = 'porter unicode61');",
        )
        .expect("fts schema");
        let (queries, library): (Vec<_>, Vec<_>) = set
            .records
            .iter()
            .enumerate()
            .partition(|(i, _)| i % 5 == 0);
        let rows: Vec<(u64, NewAnecdote)> = library
            .iter()
            .map(|(i, (text, _))| {
                (
                    *i as u64,
                    NewAnecdote {
                        text: text.clone(),
                        said_on: None,
                        channel: String::new(),
                        product_area: String::new(),
                        segment: String::new(),
                        sentiment: Sentiment::Neutral,
                        severity: 3,
                        customer_count: 1,
                        tags: Vec::new(),
                        // Which record a hit is.
                        source_ref: Some(i.to_string()),
                        provenance: Provenance::Real,
                        persona_ids: Vec::new(),
                    },
                )
            })
            .collect();
        db.import_anecdotes(&rows, &mut |_, _| {}, &AtomicBool::new(false))
            .expect("import");
        {
            let mut insert = fts
                .prepare("INSERT INTO d (rowid, text) VALUES (?1, ?2)")
                .expect("insert");
            for (i, (text, _)) in &library {
                insert
                    .execute(rusqlite::params![*i as i64, text])
                    .expect("insert");
            }
        }
        let label = |i: usize| set.records[i].1.as_str();
        let mut bm25 = fts
            .prepare("SELECT rowid FROM d WHERE d MATCH ?1 ORDER BY rank LIMIT 10")
            .expect("fts query");
        let mut fts_top = |q: &str| -> Vec<usize> {
            if q.is_empty() {
                return Vec::new();
            }
            bm25.query_map([q], |r| r.get::<_, i64>(0))
                .expect("fts")
                .map(|r| r.expect("row") as usize)
                .collect()
        };
        let mut rng = fastrand::Rng::with_seed(SEED);
        let precision = |query: usize, hits: &[usize]| {
            hits.iter().filter(|&&h| label(h) == label(query)).count() as f64 / K as f64
        };
        let (mut ours, mut all, mut same12, mut random) = (0.0, 0.0, 0.0, 0.0);
        for (q, (text, _)) in &queries {
            let hits: Vec<usize> = db
                .search_anecdotes(&AnecdoteQuery {
                    text: text.clone(),
                    mode: Some(SearchMode::Relevant),
                    limit: Some(K as u32),
                    ..Default::default()
                })
                .expect("search")
                .iter()
                .map(|h| {
                    h.anecdote
                        .source_ref
                        .as_deref()
                        .expect("ref")
                        .parse()
                        .expect("index")
                })
                .collect();
            ours += precision(*q, &hits);
            let words: std::collections::BTreeSet<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            let words: Vec<String> = words.iter().map(|w| fts_phrase(w)).collect();
            all += precision(*q, &fts_top(&words.join(" OR ")));
            let terms: Vec<String> = db
                .relevant_terms(text)
                .expect("terms")
                .iter()
                .map(|t| fts_phrase(t))
                .collect();
            same12 += precision(*q, &fts_top(&terms.join(" OR ")));
            let pick: Vec<usize> = (0..K)
                .map(|_| library[rng.usize(..library.len())].0)
                .collect();
            random += precision(*q, &pick);
        }
        let n = queries.len() as f64;
        let labels: std::collections::HashSet<&str> =
            set.records.iter().map(|(_, l)| l.as_str()).collect();
        println!(
            "  {:<48} {:>13.3} {:>12.3} {:>15.3} {:>13.3} {:>8}",
            format!("{} ({} / {})", set.name, library.len(), queries.len()),
            ours / n,
            all / n,
            same12 / n,
            random / n,
            labels.len()
        );
    }
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

fn main() {
    let o = options();
    println!(
        "Empty Chair figures, {} UTC, {}, {} cores, {} build, load average {} (other work running when well above 0)",
        chrono::Utc::now().format("%Y-%m-%d %H:%M"),
        cpu_model(),
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0),
        if cfg!(debug_assertions) {
            "DEBUG (figures meaningless)"
        } else {
            "release"
        },
        load()
    );
    let t = Instant::now();
    let corpus = load_corpus(&o.data);
    println!(
        "Corpus: {} real sentences, {} words, from {} (loaded in {:.1} s), seed {SEED}",
        corpus.sentences.len(),
        corpus.words.len(),
        o.data.display(),
        t.elapsed().as_secs_f64()
    );
    if o.import_rows > 0 {
        bench_import(&corpus, o.import_rows);
    }
    for size in &o.sizes {
        bench_search(&corpus, *size, o.queries);
    }
    if o.export_decisions > 0 {
        bench_export(&corpus, o.export_decisions);
    }
    if o.relevance {
        bench_relevance(&o.data);
    }
    if o.search_decisions > 0 {
        bench_decision_search(&corpus, o.search_decisions, o.queries);
    }
    if o.headers {
        bench_wide_headers();
    }
}

/// Hostile headers (hardening item 1): a header of the same name repeated, at the column cap
/// and past it, and a 4 MiB line of commas. Each is timed 5 times; the worst is printed.
fn bench_wide_headers() {
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

/// The Decisions screen's search over `n` decisions: one or two words taken from the decisions'
/// own sentences (so they match), every word required, the screen's whole answer (rows with
/// their meeting and links) timed, as the screen asks for it (best match first).
fn bench_decision_search(corpus: &Corpus, n: usize, queries: usize) {
    let t = Instant::now();
    let db = seed_decisions(corpus, n);
    println!(
        "\nDecisions screen search over {n} decisions (seeded in {:.1} s), p50 / p95 ms:",
        t.elapsed().as_secs_f64()
    );
    let mut rng = fastrand::Rng::with_seed(SEED + 7);
    let queries_of = |words: usize, rng: &mut fastrand::Rng| -> Vec<String> {
        (0..queries)
            .map(|_| {
                let s = &corpus.sentences[rng.usize(..corpus.sentences.len())];
                let ws: Vec<&str> = s.split_whitespace().filter(|w| w.len() > 3).collect();
                if ws.is_empty() {
                    return "customer".to_owned();
                }
                (0..words)
                    .map(|_| ws[rng.usize(..ws.len())])
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    };
    for words in [1, 2] {
        let qs = queries_of(words, &mut rng);
        let mut found = 0usize;
        let stats = measure(qs.len(), |i| {
            let page = db
                .find_decisions(
                    &DecisionFilter {
                        query: Some(qs[i].clone()),
                        ..Default::default()
                    },
                    chair_core::model::DecisionSort::Relevance,
                )
                .expect("search");
            found += page.total as usize;
        });
        println!(
            "  {words} word{}: {}  (mean {:.0} decisions found)",
            if words == 1 { " " } else { "s" },
            cell(&stats),
            found as f64 / (qs.len() + qs.len().min(20)) as f64
        );
    }
}

/// A decision log of `n` decisions: 100 per meeting, each with two impacts, two anecdotes as
/// evidence and an annotation, the text recombined from real sentences.
fn seed_decisions(corpus: &Corpus, n: usize) -> Db {
    let mut rng = fastrand::Rng::with_seed(SEED);
    let mut db = Db::open_in_memory().expect("db");
    db.start_empty().expect("empty workspace");
    let sentence =
        |rng: &mut fastrand::Rng| corpus.sentences[rng.usize(..corpus.sentences.len())].clone();
    let personas: Vec<String> = (0..5)
        .map(|i| {
            db.create_persona(&NewPersona {
                name: format!("Persona {i}"),
                segment: Some(format!("Segment {i}")),
                ..Default::default()
            })
            .expect("persona")
            .id
        })
        .collect();
    let anecdotes: Vec<String> = (0..1000)
        .map(|_| {
            let text = sentence(&mut rng);
            db.create_anecdote(&AnecdoteInput {
                text,
                said_on: NaiveDate::from_ymd_opt(2025, 1 + rng.u32(0..12), 1 + rng.u32(0..28)),
                channel: Some(CHANNELS[rng.usize(..CHANNELS.len())].into()),
                persona_ids: Some(vec![personas[rng.usize(..personas.len())].clone()]),
                ..Default::default()
            })
            .expect("anecdote")
            .id
        })
        .collect();
    let person = db
        .create_person(&PersonInput {
            name: "Ambassador".into(),
            role: Some(Role::Ambassador),
        })
        .expect("person");
    db.set_current_person(Some(&person.id))
        .expect("current person");
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
    let mut meeting = String::new();
    for i in 0..n {
        if i % 100 == 0 {
            meeting = db
                .create_meeting(&NewMeeting {
                    title: format!("Weekly review {}", i / 100 + 1),
                    held_on: Some(start + chrono::Days::new((i / 100) as u64 * 7)),
                    planned: Some(true),
                    ..Default::default()
                })
                .expect("meeting")
                .id;
        }
        let impacts = (0..2)
            .map(|k| NewImpact {
                persona_id: Some(personas[(i + k) % personas.len()].clone()),
                segment: None,
                direction: [
                    ImpactDirection::Helps,
                    ImpactDirection::Hurts,
                    ImpactDirection::Neutral,
                ][rng.usize(..3)],
                magnitude: Some(rng.u8(1..=5)),
                confidence: Some(Confidence::Medium),
                reach: Some("some customers".into()),
                what_changes: sentence(&mut rng),
            })
            .collect();
        let decision = db
            .record_decision(&NewDecision {
                meeting_id: meeting.clone(),
                statement: sentence(&mut rng),
                rationale: Some(sentence(&mut rng)),
                options_considered: Some(sentence(&mut rng)),
                owner: Some("Owner".into()),
                status: Some([DecisionStatus::Proposed, DecisionStatus::Rejected][i % 2]),
                reversibility: Some([Reversibility::OneWay, Reversibility::TwoWay][rng.usize(..2)]),
                impacts: Some(impacts),
                evidence_ids: Some(vec![
                    anecdotes[rng.usize(..anecdotes.len())].clone(),
                    anecdotes[rng.usize(..anecdotes.len())].clone(),
                ]),
                ..Default::default()
            })
            .expect("decision");
        db.add_annotation(
            &decision.id,
            &AnnotationInput {
                stance: Stance::Concerned,
                feeling: Some(2),
                comment: sentence(&mut rng),
                flags: vec![AnnotationFlag::WouldLeave],
            },
        )
        .expect("annotation");
    }
    db
}

/// Time to write the whole log of `n` decisions in each format (best of three runs).
fn bench_export(corpus: &Corpus, n: usize) {
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

/// The machine's load average as `uptime` prints it: the figures beside it were measured while
/// other work ran when it is well above zero.
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

/// The ADR folder in the case that was slow: exported right after the previous run's folder
/// was deleted (no `sync` between), every run shown, beside its floor in the same run: the
/// same bytes written by a plain loop of `std::fs::write` into a new folder, also right after
/// the previous copy was deleted. Then an export of the unchanged log into the same folder,
/// which must touch no file.
fn bench_adr_after_delete(db: &Db, n: usize, dir: &Path) {
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

fn dir_size(path: &Path) -> u64 {
    if path.is_dir() {
        std::fs::read_dir(path)
            .map(|entries| entries.flatten().map(|e| dir_size(&e.path())).sum())
            .unwrap_or(0)
    } else {
        std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
    }
}
