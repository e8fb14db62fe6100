//! REF — rules that read the reference corpus ([`crate::references`]).

pub(crate) mod ref001_common_topic_missing;
