//! SOUV — sovereignty rules that are not plain coverage checks.

pub(crate) mod souv003_vague_sovereignty;
