//! cargo-fuzz target `docx`: the body is `tests/targets/mod.rs::docx`, shared with the replay of kept inputs on
//! stable (`src/tests/fuzz_regressions.rs`).
#![no_main]

#[path = "../../tests/targets/mod.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::docx(data));
