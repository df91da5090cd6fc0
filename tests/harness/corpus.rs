//! Real customer text for generated data: the sentences of the CFPB complaint narratives and
//! the drug reviews in `../shared/data`, read through the app's own importer.

use std::sync::atomic::AtomicBool;

use chair_core::import::{self, ImportOptions};

use crate::root;

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
