//! SOUV — sovereignty rules that are not plain coverage checks.

pub mod souv003_vague_sovereignty;
