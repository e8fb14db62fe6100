//! `charte explain CODE`: the long explanation of one rule.

use super::{usage_error, Status};
use charte::catalog::{closest_code, explain, find};
use charte::Lang;

/// Arguments of `explain`.
#[derive(Debug, clap::Args)]
pub(crate) struct ExplainArgs {
    /// Rule code, e.g. STR003.
    pub code: String,
}

/// Runs `explain`.
pub(crate) fn run(args: &ExplainArgs, lang: Lang) -> Status {
    if let Some(meta) = find(&args.code) {
        super::emit(&explain(meta, lang), lang, Status::Clean)
    } else {
        let hint = closest_code(&args.code)
            .map(|c| {
                format!(
                    " ; {} {c} ?",
                    lang.pick("vouliez-vous dire", "did you mean")
                )
            })
            .unwrap_or_default();
        usage_error(
            lang,
            &format!("règle inconnue : {}{hint}", args.code),
            &format!("unknown rule: {}{hint}", args.code),
        )
    }
}
