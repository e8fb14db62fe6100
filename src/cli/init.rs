//! `charte init`: writes a starting charter built from the clauses the reference charters share.

use super::{usage_error, Status};
use charte::refs::init::{generate, parse_kind, InitOptions};
use charte::settings::today;
use charte::Lang;
use std::path::PathBuf;

/// Arguments of `init`.
#[derive(Debug, clap::Args)]
pub(crate) struct InitArgs {
    /// Name of the authority (« Commune de Lanvallon »).
    #[arg(long, value_name = "NOM")]
    pub collectivite: Option<String>,
    /// Kind of body: commune, epci, departement, region, operateur, etat, association, entreprise, autre.
    #[arg(long = "type", value_name = "TYPE", default_value = "commune")]
    pub kind: String,
    /// `--out FICHIER` (default: standard output), `--force`.
    #[command(flatten)]
    pub output: super::OutArgs,
    /// Keep only topics covered by at least this percentage of the references (0–100; 75 = consensus topics only;
    /// default 0: every topic at least one reference covers).
    #[arg(long, value_name = "POURCENT", default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=100))]
    pub seuil: u8,
    /// A folder of your own reference charters, used instead of the embedded ones.
    #[arg(long, value_name = "DOSSIER")]
    pub references: Option<PathBuf>,
}

/// Runs `init`.
pub(crate) fn run(args: &InitArgs, lang: Lang) -> Status {
    let Some(kind) = parse_kind(&args.kind) else {
        return usage_error(
            lang,
            &format!("--type inconnu : {} (commune, epci, departement, region, operateur, etat, association, entreprise, autre)", args.kind),
            &format!("unknown --type: {} (commune, epci, departement, region, operateur, etat, association, entreprise, autre)", args.kind),
        );
    };
    let inputs = super::reference_inputs(args.references.as_deref());
    if let Err(s) = args.output.check(&inputs, lang) {
        return s;
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
    let status = args.output.write(&text, &inputs, lang, Status::Clean);
    if let (Status::Clean, Some(out)) = (status, &args.output.out) {
        let n = text.matches("<!-- À adapter").count();
        return super::note(
            &match lang {
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
            },
            status,
        );
    }
    status
}
