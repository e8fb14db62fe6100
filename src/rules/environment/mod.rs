//! ENV — environmental rules that are not plain coverage checks.

pub(crate) mod env002_unmeasurable;
