//! STR — structure of the charter.

pub mod str000_parse_error;
pub mod str001_missing_metadata;
pub mod str006_duplicate_id;
pub mod str007_empty_section;
pub mod str008_stale_deadline;
pub mod str010_not_a_charter;
