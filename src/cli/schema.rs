//! `charte schema [--out DIR]`: the JSON Schemas of the front matter and the YAML charter format.

use super::{usage_error, Status};
use crate::i18n::Lang;
use crate::model::FrontMatter;
use crate::parse::yaml::YamlCharter;
use std::path::PathBuf;

/// Arguments of `schema`.
#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// Folder to write `front-matter.schema.json` and `charter.schema.json` into (default: print both).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

/// The schemas, by file name.
pub fn schemas() -> Vec<(&'static str, String)> {
    let render = |s: schemars::schema::RootSchema| {
        let mut t = serde_json::to_string_pretty(&s).unwrap_or_default();
        t.push('\n');
        t
    };
    vec![
        (
            "front-matter.schema.json",
            render(schemars::schema_for!(FrontMatter)),
        ),
        (
            "charter.schema.json",
            render(schemars::schema_for!(YamlCharter)),
        ),
    ]
}

/// Runs `schema`.
pub fn run(args: SchemaArgs, lang: Lang) -> Status {
    match args.out {
        Some(dir) => {
            if let Err(e) = std::fs::create_dir_all(&dir) {
                return usage_error(
                    lang,
                    &format!("impossible de créer {} : {e}", dir.display()),
                    &format!("cannot create {}: {e}", dir.display()),
                );
            }
            for (name, text) in schemas() {
                let path = dir.join(name);
                if let Err(e) = std::fs::write(&path, text) {
                    return usage_error(
                        lang,
                        &format!("impossible d'écrire {} : {e}", path.display()),
                        &format!("cannot write {}: {e}", path.display()),
                    );
                }
            }
            Status::Clean
        }
        None => {
            for (name, text) in schemas() {
                super::emit(&format!("// {name}\n{text}\n"));
            }
            Status::Clean
        }
    }
}
