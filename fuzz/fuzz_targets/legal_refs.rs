//! cargo-fuzz target `legal_refs`: the body is `tests/targets/mod.rs::legal_refs`, shared with the replay of kept inputs on
//! stable (`src/tests/fuzz_regressions.rs`).
#![no_main]

#[path = "../../tests/targets/mod.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::legal_refs(data));
