//! Search latency at one library size, beside plain SQLite FTS5 and a naive LIKE scan.

use super::*;

/// The same data in a plain SQLite table with a trigger-fed external-content FTS5 index.
pub(super) const FTS_SCHEMA: &str = "
    CREATE TABLE docs (text TEXT, said_on TEXT, channel TEXT, product_area TEXT, sentiment TEXT,
                       severity INTEGER, customer_count INTEGER, tags TEXT, source_ref TEXT);
    CREATE VIRTUAL TABLE docs_fts USING fts5 (text, content = 'docs', content_rowid = 'rowid');
    CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN
        INSERT INTO docs_fts (rowid, text) VALUES (new.rowid, new.text);
    END;";

pub(super) fn fts_phrase(w: &str) -> String {
    format!("\"{}\"", w.replace('"', "\"\""))
}

pub(super) fn bench_search(corpus: &Corpus, size: usize, queries: usize) {
    let dir = scratch(&format!("search-{size}"));
    let data = generate(corpus, size, SEED + size as u64);
    let (db, build) = build_ours(&dir, &data);
    let (fts, fts_build) = build_fts(&dir, &data);
    drop(data);
    let asked = Queries::new(corpus, size, queries);
    let ours = OursFigures::measure(&db, &asked);
    // Slow baselines get fewer queries at large sizes so the run stays bearable.
    let slow = if size >= 1_000_000 {
        20.min(queries)
    } else {
        60.min(queries)
    };
    let theirs = FtsFigures::measure(&fts, &db, &asked, slow);
    println!(
        "\n{size} anecdotes (built in {:.1} s; plain FTS5 table in {:.1} s). p50 / p95 in ms, top 20:",
        build.as_secs_f64(),
        fts_build.as_secs_f64()
    );
    print_search_table(&ours, &theirs);
}

/// Our workspace holding `data`, and how long its import took.
fn build_ours(dir: &Path, data: &[(u64, NewAnecdote)]) -> (Db, Duration) {
    let t = Instant::now();
    let mut db = Db::open(&dir.join("ours.db")).expect("open");
    db.import_anecdotes(data, &mut |_, _| {}, &AtomicBool::new(false))
        .expect("import");
    (db, t.elapsed())
}

/// The same rows in a plain FTS5 table (`FTS_SCHEMA`), and how long inserting them took.
fn build_fts(dir: &Path, data: &[(u64, NewAnecdote)]) -> (Connection, Duration) {
    let fts = Connection::open(dir.join("fts.db")).expect("fts db");
    fts.execute_batch(FTS_SCHEMA).expect("fts schema");
    let t = Instant::now();
    fts.execute_batch("BEGIN").expect("begin");
    {
        // Every column, so that fetching the rows costs what fetching ours does.
        let mut insert = fts
            .prepare(
                "INSERT INTO docs (text, said_on, channel, product_area, sentiment, severity, \
                 customer_count, tags, source_ref) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )
            .expect("insert");
        for (_, a) in data {
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
    }
    fts.execute_batch("COMMIT").expect("commit");
    (fts, t.elapsed())
}

/// What the searches ask: two random words (keyword), and 40 words of real sentences (what
/// "relevant now" is given while a meeting talks).
struct Queries {
    keyword: Vec<String>,
    relevant: Vec<String>,
}

impl Queries {
    fn new(corpus: &Corpus, size: usize, queries: usize) -> Queries {
        let mut rng = fastrand::Rng::with_seed(SEED ^ size as u64);
        let keyword = (0..queries)
            .map(|_| {
                let a = &corpus.words[rng.usize(..corpus.words.len())];
                let b = &corpus.words[rng.usize(..corpus.words.len())];
                format!("{a} {b}")
            })
            .collect();
        let relevant = (0..queries)
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
        Queries { keyword, relevant }
    }
}

/// Our search, by mode, without and with filters.
struct OursFigures {
    keyword: Stats,
    keyword_filtered: Stats,
    relevant: Stats,
    relevant_filtered: Stats,
}

impl OursFigures {
    fn measure(db: &Db, asked: &Queries) -> OursFigures {
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
        let (keyword, relevant) = (&asked.keyword, &asked.relevant);
        let n = keyword.len();
        OursFigures {
            keyword: measure(n, |i| {
                search(&keyword[i], SearchMode::Keyword, None);
            }),
            keyword_filtered: measure(n, |i| {
                search(&keyword[i], SearchMode::Keyword, Some(filters.clone()));
            }),
            relevant: measure(n, |i| {
                search(&relevant[i], SearchMode::Relevant, None);
            }),
            relevant_filtered: measure(n, |i| {
                search(&relevant[i], SearchMode::Relevant, Some(filters.clone()));
            }),
        }
    }
}

/// The baselines: plain FTS5 (rowids; the same terms as ours; rows and snippets) and LIKE.
struct FtsFigures {
    keyword: Stats,
    relevant: Stats,
    same_terms: Stats,
    keyword_rows: Stats,
    like: Stats,
}

/// The rowids a prepared FTS5 query answers for `query`.
fn fts_rowids(stmt: &mut rusqlite::Statement<'_>, query: &str) -> Vec<i64> {
    stmt.query_map([query], |r| r.get(0))
        .expect("fts")
        .collect::<Result<_, _>>()
        .expect("fts rows")
}

/// A keyword query as FTS5 reads it: every word a phrase, all required.
fn fts_keyword(keyword: &str) -> String {
    let q: Vec<String> = keyword.split(' ').map(fts_phrase).collect();
    q.join(" ")
}

impl FtsFigures {
    fn measure(fts: &Connection, db: &Db, asked: &Queries, slow: usize) -> FtsFigures {
        let (keyword, relevant) = (&asked.keyword, &asked.relevant);
        let n = keyword.len();
        let mut rowids_stmt = fts
            .prepare("SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?1 ORDER BY rank LIMIT 20")
            .expect("fts query");
        let keyword_stats = measure(n, |i| {
            fts_rowids(&mut rowids_stmt, &fts_keyword(&keyword[i]));
        });
        let relevant_stats = measure(slow, |i| {
            let q: Vec<String> = relevant[i]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(fts_phrase)
                .collect();
            fts_rowids(&mut rowids_stmt, &q.join(" OR "));
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
        let same_terms = measure(slow, |i| {
            fts_rowids(&mut rowids_stmt, &chosen[i]);
        });
        FtsFigures {
            keyword: keyword_stats,
            relevant: relevant_stats,
            same_terms,
            keyword_rows: fts_rows_and_snippets(fts, keyword),
            like: like_scan(fts, keyword, slow),
        }
    }
}

/// The same path as ours: the rows themselves and a snippet with the matches marked.
fn fts_rows_and_snippets(fts: &Connection, keyword: &[String]) -> Stats {
    let mut fts_rows_stmt = fts
        .prepare(
            "SELECT d.rowid, d.text, d.said_on, d.channel, d.product_area, d.sentiment, \
             d.severity, d.customer_count, d.tags, d.source_ref, \
             snippet(docs_fts, 0, '[', ']', '…', 48) \
             FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid \
             WHERE docs_fts MATCH ?1 ORDER BY rank LIMIT 20",
        )
        .expect("fts rows query");
    measure(keyword.len(), |i| {
        let _: Vec<(i64, String, String)> = fts_rows_stmt
            .query_map([fts_keyword(&keyword[i])], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(10)?))
            })
            .expect("fts")
            .collect::<Result<_, _>>()
            .expect("fts rows");
    })
}

/// A naive scan: both keywords as `LIKE '%word%'`.
fn like_scan(fts: &Connection, keyword: &[String], slow: usize) -> Stats {
    let mut like_stmt = fts
        .prepare("SELECT rowid FROM docs WHERE text LIKE ?1 AND text LIKE ?2 LIMIT 20")
        .expect("like");
    measure(slow, |i| {
        let mut w = keyword[i].split(' ');
        let a = format!("%{}%", w.next().unwrap_or(""));
        let b = format!("%{}%", w.next().unwrap_or(""));
        let _: Vec<i64> = like_stmt
            .query_map([a, b], |r| r.get(0))
            .expect("like")
            .collect::<Result<_, _>>()
            .expect("rows");
    })
}

fn print_search_table(ours: &OursFigures, theirs: &FtsFigures) {
    println!(
        "  {:<44} {:<32} relevant now (40 words; ours: its telling words)",
        "engine", "keyword (2 words, AND)"
    );
    let row = |engine: &str, keyword: &str, relevant: &str| {
        println!("  {engine:<44} {keyword:<32} {relevant}");
    };
    row(
        "empty-chair (tantivy index + SQLite rows)",
        &cell(&ours.keyword),
        &cell(&ours.relevant),
    );
    row(
        "empty-chair, filtered (severity>=4, 2 channels)",
        &cell(&ours.keyword_filtered),
        &cell(&ours.relevant_filtered),
    );
    row(
        "SQLite FTS5, bm25 order, rowids only",
        &cell(&theirs.keyword),
        &cell(&theirs.relevant),
    );
    row(
        "SQLite FTS5, bm25, the same terms as ours",
        "-",
        &cell(&theirs.same_terms),
    );
    row(
        "SQLite FTS5, bm25, + rows and snippet()",
        &cell(&theirs.keyword_rows),
        "-",
    );
    row("naive LIKE scan", &cell(&theirs.like), "-");
}
