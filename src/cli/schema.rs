//! `charte schema [NOM] [--out DIR]`: the JSON Schemas of the front matter and the YAML charter format. On standard
//! output, one schema by name, or one JSON object of all schemas keyed by file name: always valid JSON.

use super::{usage_error, Status};
use charte::files::{check_output, write_output, WriteOptions};
use charte::Lang;
use std::path::PathBuf;

/// Arguments of `schema`.
#[derive(Debug, clap::Args)]
pub(crate) struct SchemaArgs {
    /// Only this schema: `front-matter` or `charter` (default: both; on standard output, one JSON object whose keys
    /// are the file names).
    #[arg(value_name = "NOM")]
    pub name: Option<String>,
    /// Folder to write `front-matter.schema.json` and `charter.schema.json` into (default: print both).
    #[arg(long, value_name = "DOSSIER")]
    pub out: Option<PathBuf>,
    /// Replace the schema files if they exist in that folder.
    #[arg(long)]
    pub force: bool,
}

/// Runs `schema`.
pub(crate) fn run(args: SchemaArgs, lang: Lang) -> Status {
    let mut files = charte::schemas();
    if let Some(name) = &args.name {
        let wanted = name.trim_end_matches(".schema.json").to_ascii_lowercase();
        files.retain(|(file, _)| file.trim_end_matches(".schema.json") == wanted);
        if files.is_empty() {
            return usage_error(
                lang,
                &format!("schéma inconnu : {name} (front-matter ou charter)"),
                &format!("unknown schema: {name} (front-matter or charter)"),
            );
        }
    }
    let Some(dir) = args.out else {
        let text = match files.as_slice() {
            [(_, one)] => one.clone(),
            all => {
                let object: serde_json::Map<String, serde_json::Value> = all
                    .iter()
                    .map(|(file, text)| {
                        let value = serde_json::from_str(text).unwrap_or(serde_json::Value::Null);
                        ((*file).to_owned(), value)
                    })
                    .collect();
                let mut t = serde_json::to_string_pretty(&object).unwrap_or_default();
                t.push('\n');
                t
            }
        };
        return super::emit(&text, lang, Status::Clean);
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        return usage_error(
            lang,
            &format!("impossible de créer {} : {e}", dir.display()),
            &format!("cannot create {}: {e}", dir.display()),
        );
    }
    let opts = WriteOptions {
        force: args.force,
        inputs: &[],
    };
    // All refused before either is written: never half a set of schemas.
    for (name, _) in &files {
        if let Err(e) = check_output(&dir.join(name), opts) {
            return usage_error(lang, &e.message(Lang::Fr), &e.message(Lang::En));
        }
    }
    for (name, text) in files {
        if let Err(e) = write_output(&dir.join(name), text.as_bytes(), opts) {
            return usage_error(lang, &e.message(Lang::Fr), &e.message(Lang::En));
        }
    }
    Status::Clean
}
