//! The library's public surface, over the layers below: each file is one public module of the crate
//! (`charte::offers`, `charte::refs`…), re-exported by `lib.rs`. Most are façades that name the items of the lower
//! layers a program may use; the few functions written here are the glue a command needs that no lower layer may
//! hold (checking a list of files as a stream, what `charte law --stale` reports). Everything else in the crate is
//! `pub(crate)`: `tests/api.txt` lists this surface, and `docs/decisions.md` says why each part is in it.

pub mod catalog;
pub mod facts;
pub mod files;
pub mod messages;
pub mod offers;
pub mod refs;
pub mod report;
pub mod settings;
pub(crate) mod stream;
