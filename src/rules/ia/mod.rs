//! IA — AI Act rules that are not plain coverage checks.

pub(crate) mod ia004_prohibited_practice;
