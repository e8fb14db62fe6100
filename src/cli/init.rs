//! `charte init`: writes a starting charter built from the clauses the reference charters share.

use super::{usage_error, Status};
use crate::engine::today;
use crate::i18n::Lang;
use crate::references::init::{generate, parse_kind, InitOptions};
use std::path::PathBuf;

/// Arguments of `init`.
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Name of the authority (« Commune de Lanvallon »).
    #[arg(long, value_name = "NOM")]
    pub collectivite: Option<String>,
    /// Kind of body: commune, epci, departement, region, operateur, etat, association, entreprise, autre.
    #[arg(long = "type", value_name = "TYPE", default_value = "commune")]
    pub kind: String,
    /// Write the charter to this file (default: standard output). An existing file is kept unless --force.
    #[arg(long, value_name = "FICHIER")]
    pub out: Option<PathBuf>,
    /// Overwrite the --out file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Keep only topics covered by at least this percentage of the references (0–100; 75 = consensus topics only;
    /// default 0: every topic at least one reference covers).
    #[arg(long, value_name = "POURCENT", default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=100))]
    pub seuil: u8,
    /// A folder of your own reference charters, used instead of the embedded ones.
    #[arg(long, value_name = "DIR")]
    pub references: Option<PathBuf>,
}

/// Runs `init`.
pub fn run(args: InitArgs, lang: Lang) -> Status {
    let Some(kind) = parse_kind(&args.kind) else {
        return usage_error(
            lang,
            &format!("--type inconnu : {} (commune, epci, departement, region, operateur, etat, association, entreprise, autre)", args.kind),
            &format!("unknown --type: {} (commune, epci, departement, region, operateur, etat, association, entreprise, autre)", args.kind),
        );
    };
    if let Some(out) = &args.out {
        if out.exists() && !args.force {
            return usage_error(
                lang,
                &format!(
                    "{} existe déjà ; ajoutez --force pour le remplacer",
                    out.display()
                ),
                &format!(
                    "{} already exists; add --force to overwrite it",
                    out.display()
                ),
            );
        }
    }
    let corpus = match super::refs::corpus(args.references.as_deref(), lang) {
        Ok(c) => c,
        Err(s) => return s,
    };
    let opts = InitOptions {
        collectivite: args.collectivite.clone(),
        kind,
        min_share: f64::from(args.seuil) / 100.0,
        date: today(),
    };
    let text = generate(corpus, &opts);
    let status = super::diff::write_out(&text, args.out.as_deref(), lang);
    if let (Status::Clean, Some(out)) = (status, &args.out) {
        let n = text.matches("<!-- À adapter").count();
        eprintln!(
            "{}",
            match lang {
                Lang::Fr => format!(
                    "charte de départ écrite dans {} : {n} clauses à adapter ; vérifiez-la avec `charte check {}`",
                    out.display(),
                    out.display()
                ),
                Lang::En => format!(
                    "starting charter written to {}: {n} clauses to adapt; check it with `charte check {}`",
                    out.display(),
                    out.display()
                ),
            }
        );
    }
    status
}
