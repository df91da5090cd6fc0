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

#[path = "figures/corpus.rs"]
mod corpus;
#[path = "figures/decisions.rs"]
mod decisions;
#[path = "figures/export.rs"]
mod export;
#[path = "figures/import.rs"]
mod import;
#[path = "figures/relevance.rs"]
mod relevance;
#[path = "figures/search.rs"]
mod search;

use corpus::*;
use decisions::*;
use export::*;
use import::*;
use relevance::*;
use search::*;

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

/// The machine's load average as `uptime` prints it: the figures beside it were measured while
/// other work ran when it is well above zero.
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}
