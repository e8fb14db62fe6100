//! ENV — environmental rules that are not plain coverage checks.

pub mod env002_unmeasurable;
