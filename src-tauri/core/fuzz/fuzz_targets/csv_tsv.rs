//! CSV/TSV (any delimiter): the kind and delimiter detected as the app does, then forced to
//! one of the four delimiters the dialog offers (chosen by the input's length, so the fuzzer
//! reaches each).
#![no_main]

use chair_core::import::FileKind;
use libfuzzer_sys::fuzz_target;

mod common;

const DELIMITERS: [u8; 4] = [b',', b'\t', b';', b'|'];

fuzz_target!(|data: &[u8]| {
    let name = if data.len() % 2 == 0 {
        "export.csv"
    } else {
        "export.tsv"
    };
    common::preview_then_read(name, data, None, data.len() % 3 == 0);
    let delimiter = DELIMITERS[data.len() % DELIMITERS.len()];
    common::preview_then_read(
        name,
        data,
        Some(FileKind::Delimited { delimiter }),
        data.len() % 3 == 1,
    );
});
