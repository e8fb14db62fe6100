//! `charte rules`: every rule with its code, name, family and default severity.

use super::Status;
use charte::catalog;
use charte::Lang;

/// Arguments of `rules`.
#[derive(Debug, clap::Args)]
pub(crate) struct RulesArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// The table printed by `charte rules`.
pub(crate) fn table(lang: Lang) -> String {
    let mut out = format!(
        "{:<8} {:<42} {:<14} {}\n",
        lang.pick("code", "code"),
        lang.pick("nom", "name"),
        lang.pick("gravité", "severity"),
        lang.pick("résumé", "summary")
    );
    for m in catalog::all() {
        out.push_str(&format!(
            "{:<8} {:<42} {:<14} {}\n",
            m.code,
            m.name,
            m.severity.label(lang),
            m.summary(lang)
        ));
    }
    out
}

/// Runs `rules`.
pub(crate) fn run(args: &RulesArgs, lang: Lang) -> Status {
    if args.json {
        let v: Vec<_> = catalog::all()
            .map(|m| {
                serde_json::json!({"code": m.code, "name": m.name, "family": m.family.prefix(), "severity": m.severity.as_str(), "topics": m.topics.iter().map(|t| t.id()).collect::<Vec<_>>(), "summary": m.summary(lang)})
            })
            .collect();
        super::emit(
            &format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default()),
            lang,
            Status::Clean,
        )
    } else {
        super::emit(&table(lang), lang, Status::Clean)
    }
}
