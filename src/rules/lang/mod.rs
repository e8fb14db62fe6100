//! LANG — drafting: hedges, vague words, conditional duties.

pub(crate) mod lang001_hedged_obligation;
pub(crate) mod lang002_vague_qualifier;
pub(crate) mod lang003_conditional_modality;
