//! RGPD — personal data rules that are not plain coverage checks.

pub mod rgpd001_public_tools;
pub mod rgpd020_wrong_article;
pub mod rgpd021_obsolete_reference;
