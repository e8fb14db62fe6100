//! cargo-fuzz target `offer`: the body is `tests/targets/mod.rs::offer`, shared with the replay of kept inputs on
//! stable (`src/tests/fuzz_regressions.rs`).
#![no_main]

#[path = "../../tests/targets/mod.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::offer(data));
