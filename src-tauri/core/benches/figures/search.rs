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
