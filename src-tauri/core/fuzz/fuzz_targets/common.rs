//! What the CSV/TSV and JSON Lines targets share: the app's import path on bytes in memory
//! (preview with the suggested mapping, then the full read that is also the dry run), and the
//! promises that path makes whatever the bytes are.

use std::sync::atomic::AtomicBool;

use chair_core::import::{self, ColumnMapping, FileKind, ImportFailure, ImportOptions};

/// Previews `data` as `kind` (detected when `None`), then reads all of it with the suggested
/// mapping, as the import dialog does. Panics only when a promise is broken.
pub fn preview_then_read(file: &str, data: &[u8], kind: Option<FileKind>, accept_cut: bool) {
    let Ok(preview) = import::preview_bytes_as(file, data, 8, kind) else {
        return;
    };
    for row in &preview.rows {
        assert_eq!(
            row.len(),
            preview.headers.len(),
            "a preview row has one value per header"
        );
    }
    if let Some(k) = kind {
        assert_eq!(preview.kind, k, "the kind asked for is the kind read");
    }
    let mut mapping = preview.suggested.clone();
    if mapping.text.is_empty() {
        // No text column suggested: the user picks one; take the first.
        let Some(first) = preview.headers.first() else {
            return;
        };
        mapping = ColumnMapping {
            text: first.clone(),
            ..mapping
        };
    }
    let options = ImportOptions {
        accept_incomplete_last: accept_cut,
        max_errors: 5,
        kind: Some(preview.kind),
        ..ImportOptions::default()
    };
    let cancel = AtomicBool::new(false);
    let mut last = (0, 0);
    let result = import::read_bytes(
        file,
        data,
        &mapping,
        &options,
        &mut |done, total| {
            assert!(done <= total, "progress {done} of {total}");
            last = (done, total);
        },
        &cancel,
    );
    match result {
        Ok(plan) => {
            assert_eq!(last.0, last.1, "a finished read reports all of it done");
            for row in &plan.rows {
                assert!(
                    !row.anecdote.text.trim().is_empty(),
                    "row {}: an anecdote without text",
                    row.row
                );
                assert!((1..=5).contains(&row.anecdote.severity), "row {}", row.row);
                assert!(row.anecdote.customer_count >= 1, "row {}", row.row);
            }
        }
        Err(ImportFailure::Invalid { errors }) => {
            assert!(
                !errors.is_empty() && errors.len() <= options.max_errors,
                "a refusal names between 1 and max_errors problems: {}",
                errors.len()
            );
        }
        Err(ImportFailure::Cancelled) => panic!("cancelled without a cancel"),
        Err(ImportFailure::Io { .. }) => panic!("I/O error on bytes in memory"),
    }
}
