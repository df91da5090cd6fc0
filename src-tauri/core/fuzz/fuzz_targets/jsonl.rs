//! JSON Lines: read as JSON Lines (the user's choice), and detected from a `.jsonl` name.
#![no_main]

use chair_core::import::FileKind;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    common::preview_then_read("export.jsonl", data, Some(FileKind::JsonLines), false);
    common::preview_then_read("export.jsonl", data, None, true);
});
