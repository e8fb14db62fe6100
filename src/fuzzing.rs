//! Entry points for the fuzz targets (`fuzz/`, cargo-fuzz on nightly), compiled only with the `fuzzing` cargo
//! feature (and in the crate's own tests, which replay the kept crash inputs): the parsers and grammars a target
//! drives directly, below the public API. Not part of the library's API; never enabled by default.

pub use crate::grammar::{
    find_dates, find_durations, find_legal_refs, parse_date_expr, parse_duration, parse_legal_ref,
    Found,
};
pub use crate::parse::yaml::{parse_charter, parse_front_matter};
pub use crate::parse::{parse_text, Format};

/// The Word reader: a .docx package to blocks, or why it cannot be read.
#[cfg(feature = "office")]
pub use crate::parse::docx::read as read_docx;
/// The Writer reader: an .odt package to blocks, or why it cannot be read.
#[cfg(feature = "office")]
pub use crate::parse::odt::read as read_odt;
