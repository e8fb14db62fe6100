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

pub mod analyze;
pub mod annotate;
pub mod classify;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod diagnostics;
pub mod discover;
pub mod engine;
pub mod grammar;
pub mod i18n;
pub mod io;
pub mod law;
pub mod lexicon;
pub mod model;
pub mod offer;
pub mod output;
pub mod parse;
pub mod procurement;
pub mod references;
pub mod rules;
