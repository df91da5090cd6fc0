//! Real customer text for generated data: the sentences of the CFPB complaint narratives and
//! the drug reviews in `../shared/data`, read through the app's own importer.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use chair_core::db::NewAnecdote;
use chair_core::import::{self, ImportOptions};
use chair_core::model::{Provenance, Sentiment};
use chair_core::Db;

use crate::root;

/// Seed of the generated libraries (the same as the core's figures).
const SEED: u64 = 20261125;

/// Every distinct sentence (longer than 20 characters) of the shared real exports, sorted.
pub fn real_sentences() -> Vec<String> {
    let data = root().join("../shared/data");
    let mut out = Vec::new();
    for file in [
        "cfpb/cfpb_combined_18col.csv",
        "drug_reviews/drugsComTrain.tsv",
        "drug_reviews/drugsComTest.tsv",
    ] {
        let path = data.join(file);
        let preview =
            import::preview(&path, 1).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let plan = import::read(
            &path,
            &preview.suggested,
            &ImportOptions::default(),
            &mut |_, _| {},
            &AtomicBool::new(false),
        )
        .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        for row in plan.rows {
            out.extend(
                row.anecdote
                    .text
                    .split_inclusive(". ")
                    .map(|s| s.trim().to_owned())
                    .filter(|s| s.len() > 20),
            );
        }
    }
    out.sort();
    out.dedup();
    out
}

/// `n` anecdotes of one to four real sentences each.
pub fn generated(n: usize) -> Vec<(u64, NewAnecdote)> {
    let sentences = real_sentences();
    let mut rng = fastrand::Rng::with_seed(SEED);
    let channels = ["email", "call", "chat", "review", "survey"];
    (0..n)
        .map(|i| {
            let text = (0..rng.usize(1..=4))
                .map(|_| sentences[rng.usize(..sentences.len())].as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let anecdote = NewAnecdote {
                text,
                said_on: chrono::NaiveDate::from_ymd_opt(2025, 1, 1)
                    .map(|d| d + chrono::Days::new(rng.u64(0..600))),
                channel: channels[rng.usize(..channels.len())].to_owned(),
                product_area: String::new(),
                segment: String::new(),
                sentiment: Sentiment::Negative,
                severity: rng.u8(1..=5),
                customer_count: 1,
                tags: Vec::new(),
                source_ref: Some(format!("BENCH-{i}")),
                provenance: Provenance::Synthesized,
                persona_ids: Vec::new(),
            };
            (i as u64 + 2, anecdote)
        })
        .collect()
}

/// A workspace at `dir/<name>.db`: the sample (the chair has someone in it) plus `anecdotes`
/// generated ones, or nothing at all when `empty`.
pub fn workspace(dir: &Path, name: &str, anecdotes: usize, empty: bool) -> PathBuf {
    let path = dir.join(format!("{name}.db"));
    let mut db = Db::open(&path).expect("workspace");
    if empty {
        db.start_empty().expect("empty workspace");
    } else {
        db.initialize_if_new().expect("sample");
    }
    if anecdotes > 0 {
        let t = Instant::now();
        let rows = generated(anecdotes);
        db.import_anecdotes(&rows, &mut |_, _| {}, &AtomicBool::new(false))
            .expect("import");
        println!(
            "  {name}: {} anecdotes imported in {:.1} s",
            db.summary().unwrap().anecdote_count,
            t.elapsed().as_secs_f64()
        );
    }
    path
}
