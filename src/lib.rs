//! charte — a linter for AI usage charters of French local authorities.
//!
//! The pipeline, in module order:
//! 1. [`parse`] reads a file (Markdown with YAML front matter, or YAML) into a [`model::Charter`];
//! 2. [`lexicon`] holds the French vocabulary as reviewable data, compiled once;
//! 3. [`analyze`] splits clauses into sentences and fills modality, topics, legal references, durations, dates;
//! 4. [`rules`] judge the analysed charter and emit [`diagnostics::Finding`]s;
//! 5. [`output`] renders findings (human, json, sarif, github);
//! 6. [`cli`] wires it together for the `charte` binary.
//!
//! Only the CLI and config touch the filesystem; everything else is pure.

#[doc(hidden)]
pub mod analyze;
pub(crate) mod annotate;
pub(crate) mod classify;
#[doc(hidden)]
pub mod cli;
pub(crate) mod config;
#[doc(hidden)]
pub mod corpus;
#[doc(hidden)]
pub mod diagnostics;
pub(crate) mod discover;
#[doc(hidden)]
pub mod engine;
#[doc(hidden)]
pub mod grammar;
#[doc(hidden)]
pub mod i18n;
#[doc(hidden)]
pub mod io;
#[doc(hidden)]
pub mod law;
#[doc(hidden)]
pub mod lexicon;
#[doc(hidden)]
pub mod model;
#[doc(hidden)]
pub mod offer;
#[doc(hidden)]
pub mod output;
#[doc(hidden)]
pub mod parse;
#[doc(hidden)]
pub mod procurement;
#[doc(hidden)]
pub mod references;
#[doc(hidden)]
pub mod rules;
