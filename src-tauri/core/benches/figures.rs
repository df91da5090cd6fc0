//! The figures behind docs/BENCHMARKS.md: import rate and search latency at several library
//! sizes, side by side with plain SQLite FTS5 and a naive LIKE scan on the same data.
//!
//! Data is generated deterministically (fixed seed) by recombining real sentences from
//! `../shared/data` (CFPB complaint narratives, drug reviews). Run through `scripts/bench`, or
//! `cargo bench -p chair-core --bench figures -- [--sizes 10000,100000] [--queries 300]
//! [--import-rows N] [--export-decisions N]`. `--only export` (or `import`, `search`) runs one
//! part; a size list of `none` or a count of 0 leaves a part out.

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
    search_decisions: usize,
    data: PathBuf,
}

fn options() -> Options {
    let mut o = Options {
        sizes: vec![10_000, 100_000, 1_000_000],
        queries: 300,
        import_rows: 100_000,
        export_decisions: 10_000,
        search_decisions: 10_000,
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
    for file in [
        "drug_reviews/drugsComTrain.tsv",
        "drug_reviews/drugsComTest.tsv",
    ] {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .from_path(data.join(file))
            .expect("drug reviews");
        for record in reader.records() {
            let record = record.expect("review record");
            split_sentences(&record[3], &mut sentences);
        }
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

    let t = Instant::now();
    let parsed = our_parse(&csv);
    let parse_took = t.elapsed();
    let mut db = Db::open(&dir.join("ours.db")).expect("open");
    let out = db
        .import_anecdotes(&parsed, &mut |_, _| {}, &AtomicBool::new(false))
        .expect("import");
    let took = t.elapsed();
    // Recombined sentences sometimes repeat a whole anecdote on the same date: those are
    // duplicates, rightly skipped.
    assert!(
        out.inserted as usize > rows * 99 / 100,
        "only {} imported",
        out.inserted
    );
    let ours = rows as f64 / took.as_secs_f64();
    println!(
        "  {:<52} {:>6.2} s  {:>9.0} rows/s  (parsing {:.2} s)",
        "empty-chair: parse + SQLite + search index",
        took.as_secs_f64(),
        ours,
        parse_took.as_secs_f64()
    );
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
        let mut insert = fts
            .prepare("INSERT INTO docs (text) VALUES (?1)")
            .expect("insert");
        for (_, a) in &data {
            insert.execute([&a.text]).expect("insert");
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
        "  {:<44} {:<32} relevant now (40 words)",
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
        "SQLite FTS5, bm25 order",
        cell(&fts_kw),
        cell(&fts_rel)
    );
    println!("  {:<44} {:<32} -", "naive LIKE scan", cell(&like));
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
        "Empty Chair figures, {} UTC, {}, {} cores, {} build",
        chrono::Utc::now().format("%Y-%m-%d %H:%M"),
        cpu_model(),
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0),
        if cfg!(debug_assertions) {
            "DEBUG (figures meaningless)"
        } else {
            "release"
        }
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
    if o.search_decisions > 0 {
        bench_decision_search(&corpus, o.search_decisions, o.queries);
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
