//! The import's two floors, measured on the same parsed rows as Empty Chair's import: plain
//! SQLite inserts into the same table with the same indexes (one transaction, one prepared
//! statement, no search queue), and tantivy alone indexing the same documents with the app's
//! schema and analyzer. Neither parses, checks duplicates or keeps the other in step.

use std::path::Path;
use std::time::{Duration, Instant};

use chair_core::db::NewAnecdote;
use chair_core::Db;
use rusqlite::{params, Connection};

/// A floor: the time it takes on the parsed rows, in a scratch folder.
pub type Floor = fn(&[(u64, NewAnecdote)], &Path) -> Duration;

/// The anecdotes table and its indexes as the app creates them (its migrations, read back).
fn anecdotes_schema(dir: &Path) -> Vec<String> {
    let path = dir.join("schema.db");
    drop(Db::open(&path).expect("open a workspace for its schema"));
    let conn = Connection::open(&path).expect("open schema");
    let mut stmt = conn
        .prepare(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'anecdotes'
             AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type DESC",
        )
        .expect("schema query");
    let ddl = stmt
        .query_map([], |r| r.get(0))
        .expect("schema rows")
        .collect::<rusqlite::Result<Vec<String>>>()
        .expect("schema");
    assert!(ddl.len() >= 4, "the table and its three indexes: {ddl:?}");
    ddl
}

/// Plain SQLite: the same rows into the same table and indexes, with the app's pragmas, one
/// transaction, one prepared statement. Values (ids, JSON, hashes) are made before the clock.
pub fn sqlite(rows: &[(u64, NewAnecdote)], dir: &Path) -> Duration {
    let ddl = anecdotes_schema(dir);
    let mut conn = Connection::open(dir.join("floor.db")).expect("open floor");
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))
        .expect("wal");
    conn.pragma_update(None, "synchronous", "NORMAL")
        .expect("synchronous");
    conn.pragma_update(None, "temp_store", "MEMORY")
        .expect("temp_store");
    for sql in &ddl {
        conn.execute(sql, []).expect("create");
    }
    let at = chair_core::time::now();
    let values: Vec<_> = rows
        .iter()
        .map(|(_, a)| {
            let text = a.text.trim();
            (
                chair_core::time::new_id(),
                text,
                a.said_on.map(|d| d.to_string()),
                serde_json::to_string(&a.tags).expect("tags"),
                xxhash_rust::xxh3::xxh3_64(text.as_bytes()) as i64,
            )
        })
        .collect();
    let t = Instant::now();
    let tx = conn.transaction().expect("begin");
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO anecdotes (id, text, said_on, channel, product_area, segment,
                     sentiment, severity, customer_count, tags, source_ref, provenance,
                     text_hash, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
            )
            .expect("prepare");
        for ((_, a), (id, text, said_on, tags, hash)) in rows.iter().zip(&values) {
            insert
                .execute(params![
                    id,
                    text,
                    said_on,
                    a.channel,
                    a.product_area,
                    a.segment,
                    a.sentiment,
                    a.severity,
                    a.customer_count,
                    tags,
                    a.source_ref,
                    a.provenance,
                    hash,
                    at
                ])
                .expect("insert");
        }
    }
    tx.commit().expect("commit");
    t.elapsed()
}

/// tantivy alone: the same documents (the app's schema, analyzer and document of each
/// anecdote) through a writer with tantivy's defaults for this machine (a thread per core,
/// 256 MB), committed.
pub fn tantivy(rows: &[(u64, NewAnecdote)], dir: &Path) -> Duration {
    let dir = dir.join("floor.search");
    std::fs::create_dir_all(&dir).expect("floor index dir");
    let (index, document) = chair_core::index::bare_index(&dir).expect("bare index");
    let t = Instant::now();
    let mut writer: tantivy::IndexWriter = index.writer(256 << 20).expect("writer");
    for (rowid, (_, a)) in rows.iter().enumerate() {
        writer
            .add_document(document(&a.index_doc(rowid as i64 + 1)))
            .expect("add");
    }
    writer.commit().expect("commit");
    t.elapsed()
}

/// CPU seconds this process has used so far (all threads, user and system): on a shared
/// machine, a figure that other work running beside it moves less than the wall clock.
pub fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or("", |(_, rest)| rest)
        .split_whitespace()
        .collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok());
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    match (ticks(11), ticks(12)) {
        (Some(user), Some(system)) => (user + system) / 100.0,
        _ => f64::NAN,
    }
}
