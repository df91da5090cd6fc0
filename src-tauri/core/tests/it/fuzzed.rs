//! Inputs the fuzz targets (src-tauri/core/fuzz, docs/FUZZING.md) found breaking a promise of
//! the importers, kept as regression tests. Each file under `tests/fixtures/fuzzed/` goes
//! through the same checks as in the fuzz target that found it.

use std::sync::atomic::AtomicBool;

use chair_core::import::{self, FileKind, ImportFailure, ImportOptions};

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzzed")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The fuzz targets' promise for a preview: one value per header in every row.
fn assert_rows_fit_headers(preview: &import::Preview) {
    for (i, row) in preview.rows.iter().enumerate() {
        assert_eq!(
            row.len(),
            preview.headers.len(),
            "row {i} of the preview: {row:?} under {:?}",
            preview.headers
        );
    }
}

/// A TSV read as comma-separated: one header, but a record whose text holds a comma. The
/// preview showed two values under one header; the full read refuses the record by its row.
#[test]
fn a_record_longer_than_the_header_previews_one_value_per_header() {
    let bytes = fixture("preview-row-longer-than-header.tsv");
    let kind = FileKind::Delimited { delimiter: b',' };
    let preview = import::preview_bytes_as("export.csv", &bytes, 8, Some(kind)).unwrap();
    assert_eq!(preview.headers, ["text\tsaid on"]);
    assert_rows_fit_headers(&preview);
    assert_eq!(preview.rows.len(), 2);

    let mut mapping = preview.suggested.clone();
    mapping.text = preview.headers[0].clone();
    let err = import::read_bytes(
        "export.csv",
        &bytes,
        &mapping,
        &ImportOptions {
            kind: Some(kind),
            ..Default::default()
        },
        &mut |_, _| {},
        &AtomicBool::new(false),
    )
    .unwrap_err();
    let ImportFailure::Invalid { errors } = err else {
        panic!("refused as invalid, got {err:?}");
    };
    assert!(
        errors[0].to_string().contains("row 2"),
        "names the row: {}",
        errors[0]
    );
}
