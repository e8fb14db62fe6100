//! STR — structure of the charter.

pub(crate) mod str000_parse_error;
pub(crate) mod str001_missing_metadata;
pub(crate) mod str006_duplicate_id;
pub(crate) mod str007_empty_section;
pub(crate) mod str008_stale_deadline;
pub(crate) mod str010_not_a_charter;
