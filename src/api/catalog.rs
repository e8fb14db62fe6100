//! The catalogue of rules: what `charte rules` lists and `charte explain CODE` prints. Each rule's metadata is
//! plain data ([`RuleMeta`]); the rules themselves stay inside the crate.

pub use crate::rules::{closest_code, Family, RuleMeta};

/// Every rule's metadata, in the order of `charte rules` (family, then code).
pub fn all() -> impl Iterator<Item = &'static RuleMeta> {
    crate::rules::registry().iter().map(|r| r.meta())
}

/// The metadata of the rule with this code (case-insensitive: `str003` finds STR003).
pub fn find(code: &str) -> Option<&'static RuleMeta> {
    crate::rules::find(code).map(crate::rules::HasMeta::meta)
}

/// The long explanation of a rule in `lang`, as `charte explain` prints it and `docs/rules/` publishes it: what it
/// checks, why, its legal basis with the dated legal facts filled in, and its examples.
pub fn explain(meta: &RuleMeta, lang: crate::Lang) -> String {
    crate::rules::docs::render(meta, lang)
}

/// The codes of the « missing topic » rules, one line of data each (`data/rules/coverage.toml`): their findings
/// name a topic the whole charter leaves out, so they point at its title rather than at a passage.
pub fn coverage_codes() -> impl Iterator<Item = &'static str> {
    crate::rules::coverage::rules()
        .into_iter()
        .map(|r| r.meta().code)
}
