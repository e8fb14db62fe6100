//! RGPD — personal data rules that are not plain coverage checks.

pub(crate) mod rgpd001_public_tools;
pub(crate) mod rgpd020_wrong_article;
pub(crate) mod rgpd021_obsolete_reference;
