//! LANG — drafting: hedges, vague words, conditional duties.

pub mod lang001_hedged_obligation;
pub mod lang002_vague_qualifier;
pub mod lang003_conditional_modality;
