//! `charte law`: the dated, sourced legal facts (`data/law/`) with status, source and last check; `--stale` fails
//! when an unsettled fact (pending, proposal) or a fact of the tool knowledge base (`data/tools.toml`) was last
//! checked more than 120 days ago. The check depends on the real clock: it is meant for a scheduled CI job
//! (`docs/law.md`), never for `cargo test`, which injects its own "today" through `charte::facts::stale_report`.

use super::Status;
use charte::facts::{knowledge_base, stale_report, Law, MAX_AGE_DAYS};
use charte::Lang;

/// Arguments of `law`.
#[derive(Debug, clap::Args)]
pub(crate) struct LawArgs {
    /// Exit 1 when a pending or proposal fact, or a tool fact, was last checked more than 120 days ago.
    #[arg(long)]
    pub stale: bool,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// The table of every fact: id, status, last check, source.
pub(crate) fn table(law: &Law, lang: Lang) -> String {
    let mut out = format!(
        "{:<40} {:<28} {:<11} {}\n",
        "id",
        lang.pick("statut", "status"),
        lang.pick("vérifié", "checked"),
        "source"
    );
    for f in law.facts() {
        out.push_str(&format!(
            "{:<40} {:<28} {:<11} {}\n",
            f.id,
            f.status.label(lang),
            f.checked,
            f.source
        ));
    }
    out
}

/// Runs `law`.
pub(crate) fn run(args: &LawArgs, lang: Lang) -> Status {
    let law = Law::embedded();
    if args.stale {
        let today = charte::settings::today();
        let lines = stale_report(law, knowledge_base(), today, lang);
        if lines.is_empty() {
            return super::emit(
                &format!(
                    "{} {} ({MAX_AGE_DAYS} {})\n",
                    lang.pick(
                        "aucun fait à revérifier au",
                        "no fact needs checking again as of"
                    ),
                    charte::messages::date(lang, today),
                    lang.pick("jours au plus", "days at most")
                ),
                lang,
                Status::Clean,
            );
        }
        let text = format!(
            "{}\n{}\n",
            lang.pick(
                &format!("faits à revérifier (plus de {MAX_AGE_DAYS} jours depuis la dernière vérification) :"),
                &format!("facts to check again (more than {MAX_AGE_DAYS} days since the last check):"),
            ),
            lines
                .iter()
                .map(|l| format!("- {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
        return super::emit(&text, lang, Status::Findings);
    }
    if args.json {
        let v: Vec<_> = law
            .facts()
            .iter()
            .map(|f| {
                serde_json::json!({
                    "id": f.id,
                    "status": f.status.id(),
                    "statement": f.statement(lang),
                    "date": f.date,
                    "value": f.value,
                    "unit": f.unit,
                    "source": f.source,
                    "more_sources": f.more_sources,
                    "secondary": f.secondary,
                    "checked": f.checked,
                    "replaced_by": f.replaced_by,
                })
            })
            .collect();
        return super::emit(
            &format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default()),
            lang,
            Status::Clean,
        );
    }
    super::emit(&table(law, lang), lang, Status::Clean)
}
