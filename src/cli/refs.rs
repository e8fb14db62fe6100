//! `charte refs` lists the reference charters (embedded, or the user's folder with `--references DIR`);
//! `charte refs show ID` prints one, provenance and warning first; `charte refs build DOSSIER --out CORPUS` turns a
//! folder of member charters into a reference corpus ([`charte::refs::build`]).

use super::{usage_error, Status};
use charte::files::is_readable_extension;
use charte::files::{check_output, write_output, WriteOptions};
use charte::refs::build;
use charte::refs::{kind_label, load_or_embedded, Corpus, Reference};
use charte::Format;
use charte::Lang;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Arguments of `refs`.
#[derive(Debug, clap::Args)]
pub(crate) struct RefsArgs {
    /// What to do (default: list).
    #[command(subcommand)]
    pub action: Option<RefsAction>,
    /// A folder of your own reference charters, used instead of the embedded ones.
    #[arg(long, global = true, value_name = "DOSSIER")]
    pub references: Option<PathBuf>,
    /// Output format of the list.
    #[arg(long, value_parser = super::format_arg(FORMATS, "table"), default_value = "table")]
    pub format: Format,
}

/// Sub-actions of `refs`.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum RefsAction {
    /// Print one reference charter, with its provenance and warning first.
    Show {
        /// Id of the reference (see `charte refs`).
        id: String,
    },
    /// Turn a folder of charters (.docx, .odt, .txt, .md, .yaml…) into a reference corpus for --references.
    Build {
        /// The folder of charters (walked like `charte check` walks a folder).
        #[arg(value_name = "DOSSIER")]
        dir: PathBuf,
        /// The corpus folder to create (refused if it exists, unless --force).
        #[arg(long, value_name = "DOSSIER")]
        out: PathBuf,
        /// Write into an existing --out folder, replacing the files of the same name (never a file read).
        #[arg(long)]
        force: bool,
    },
}

/// The formats of the list: a table, JSON.
pub(crate) const FORMATS: &[Format] = &[Format::Human, Format::Json];

/// Loads the corpus of `--references DIR`, or the embedded one; prints the error and returns status 2 on failure.
pub(crate) fn corpus(dir: Option<&std::path::Path>, lang: Lang) -> Result<&'static Corpus, Status> {
    match load_or_embedded(dir) {
        Ok(c) => {
            for s in &c.skipped {
                let text = match lang {
                    Lang::Fr => {
                        format!(
                            "remarque : {s} ne peut pas être lu comme une charte ; fichier ignoré"
                        )
                    }
                    Lang::En => format!("note: {s} cannot be read as a charter; file skipped"),
                };
                if super::note(&text, Status::Clean) == Status::Usage {
                    return Err(Status::Usage);
                }
            }
            Ok(c)
        }
        Err(e) => {
            let msg = e.to_string();
            Err(usage_error(lang, &msg, &msg))
        }
    }
}

/// The table printed by `charte refs`.
pub(crate) fn table(corpus: &Corpus, lang: Lang) -> String {
    let rows: Vec<[String; 5]> = corpus
        .refs
        .iter()
        .map(|r| {
            [
                r.id.clone(),
                r.organisme.clone(),
                kind_label(r.kind, lang).to_owned(),
                if r.date.is_empty() {
                    "—".to_owned()
                } else {
                    r.date.clone()
                },
                r.nature.label(lang).to_owned(),
            ]
        })
        .collect();
    let head = [
        lang.pick("id", "id").to_owned(),
        lang.pick("organisme", "body").to_owned(),
        lang.pick("type", "kind").to_owned(),
        lang.pick("date", "date").to_owned(),
        lang.pick("nature", "nature").to_owned(),
    ];
    let mut widths = [0usize; 5];
    for r in std::iter::once(&head).chain(rows.iter()) {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    // Very long names would push the table off the screen: cap the body column.
    widths[1] = widths[1].min(48);
    let line = |r: &[String; 5]| {
        let mut s = String::new();
        for (i, c) in r.iter().enumerate() {
            let c = if c.chars().count() > widths[i] {
                format!("{}…", c.chars().take(widths[i] - 1).collect::<String>())
            } else {
                c.clone()
            };
            if i + 1 == r.len() {
                s.push_str(&c);
            } else {
                s.push_str(&c);
                s.push_str(&" ".repeat(widths[i] - c.chars().count() + 2));
            }
        }
        s.push('\n');
        s
    };
    let mut out = line(&head);
    for r in &rows {
        out.push_str(&line(r));
    }
    out.push_str(&match lang {
        Lang::Fr => format!(
            "\n{} chartes de référence. `charte refs show ID` affiche l'une d'elles avec sa provenance.\n",
            corpus.len()
        ),
        Lang::En => format!(
            "\n{} reference charters. `charte refs show ID` prints one with its provenance.\n",
            corpus.len()
        ),
    });
    out
}

fn json(corpus: &Corpus) -> String {
    let v: Vec<serde_json::Value> = corpus
        .refs
        .iter()
        .map(|r| {
            serde_json::json!({
                "id": r.id,
                "organisme": r.organisme,
                "type": charte::refs::kind_id(r.kind),
                "date": r.date,
                "nature": r.nature.id(),
                "texte": r.texte.id(),
                "titre_original": r.titre_original,
                "url": r.url,
                "sources": r.sources,
                "avertissement": r.avertissement,
                "path": r.doc.path,
                "topics": r.doc.topics.iter().map(|t| t.id()).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

/// One reference, provenance first, then its text without the front matter.
pub(crate) fn show(r: &Reference, lang: Lang) -> String {
    let mut o = String::new();
    o.push_str(&format!("{} — {}\n", r.label(), r.id));
    let field = |o: &mut String, fr: &str, en: &str, v: &str| {
        if !v.is_empty() {
            o.push_str(&format!("{} {v}\n", lang.pick(fr, en)));
        }
    };
    field(&mut o, "Organisme :", "Body:", &r.organisme);
    field(
        &mut o,
        "Titre original :",
        "Original title:",
        &r.titre_original,
    );
    field(&mut o, "Date :", "Date:", &r.date);
    field(&mut o, "Type :", "Kind:", kind_label(r.kind, lang));
    field(&mut o, "Nature :", "Nature:", r.nature.label(lang));
    field(&mut o, "Texte :", "Text:", r.texte.label(lang));
    field(&mut o, "Texte officiel :", "Official text:", &r.url);
    if !r.sources.is_empty() {
        o.push_str(lang.pick("Sources :\n", "Sources:\n"));
        for s in &r.sources {
            o.push_str(&format!("  - {s}\n"));
        }
    }
    o.push_str(&format!(
        "{} {}\n",
        lang.pick("⚠ Avertissement :", "⚠ Warning:"),
        r.avertissement
    ));
    o.push_str(&"─".repeat(72));
    o.push('\n');
    o.push_str(r.body().trim_start_matches(['\n', '\r']));
    if !o.ends_with('\n') {
        o.push('\n');
    }
    o
}

/// Runs `refs build`: reads every file of `dir`, writes one corpus file per charter and a README into `out`, prints
/// one line per charter and an STR000 line per file left out. Exit 0 when every file became a reference, 1 when some
/// could not be read (like STR000 in `check`), 2 when none could or the corpus could not be written.
fn build(dir: &Path, out: &Path, force: bool, lang: Lang) -> Status {
    if !dir.is_dir() {
        return usage_error(
            lang,
            &format!("dossier introuvable : {}", dir.display()),
            &format!("no such folder: {}", dir.display()),
        );
    }
    if out.exists() && !force {
        return usage_error(
            lang,
            &format!(
                "{} existe déjà ; ajoutez --force pour écrire dans ce dossier",
                out.display()
            ),
            &format!(
                "{} already exists; add --force to write into it",
                out.display()
            ),
        );
    }
    let (files, problems) = match charte::files::all_files_in(dir) {
        Ok(found) => found,
        Err(e) => {
            return usage_error(
                lang,
                &format!("{} : {e}", dir.display()),
                &format!("{}: {e}", dir.display()),
            )
        }
    };
    // A corpus built inside the folder it reads from is not read back as members' charters; the folder itself (or
    // one holding it) cannot be the corpus: the members' files would mix with the corpus's.
    let out_abs = std::fs::canonicalize(out).ok();
    if let (Some(o), Ok(d)) = (&out_abs, std::fs::canonicalize(dir)) {
        if d.starts_with(o) {
            return usage_error(
                lang,
                &format!(
                    "{} contient les chartes lues : écrivez le corpus dans un autre dossier",
                    out.display()
                ),
                &format!(
                    "{} holds the charters read: write the corpus to another folder",
                    out.display()
                ),
            );
        }
    }
    let files: Vec<PathBuf> = files
        .into_iter()
        .filter(|f| {
            let abs = std::fs::canonicalize(f).ok();
            !matches!((&abs, &out_abs), (Some(a), Some(o)) if a.starts_with(o))
        })
        .collect();
    let mut taken = BTreeSet::new();
    let mut entries = Vec::new();
    let mut unread: Vec<(String, String)> = problems
        .into_iter()
        .map(|p| (dir.display().to_string(), p))
        .collect();
    for f in &files {
        let path = f.display().to_string();
        if !is_readable_extension(f) {
            unread.push((
                path,
                match lang {
                    Lang::Fr => format!(
                        "format non lu : charte lit les fichiers {}",
                        charte::files::readable_list()
                    ),
                    Lang::En => format!(
                        "format not read: charte reads {} files",
                        charte::files::readable_list()
                    ),
                },
            ));
            continue;
        }
        let built = charte::files::read_input(f)
            .map_err(|reason| reason.describe(lang))
            .and_then(|bytes| build::entry(&path, &bytes, &mut taken, lang));
        match built {
            Ok(e) => entries.push(e),
            Err(reason) => unread.push((path, reason)),
        }
    }
    let mut report = String::new();
    for (path, reason) in &unread {
        report.push_str(&format!(
            "STR000 {path} : {reason} ; {}\n",
            lang.pick("fichier laissé de côté", "file left out")
        ));
    }
    if entries.is_empty() {
        let _ = super::note(report.trim_end(), Status::Clean);
        return usage_error(
            lang,
            &format!("aucune charte lisible dans {}", dir.display()),
            &format!("no readable charter in {}", dir.display()),
        );
    }
    let opts = WriteOptions {
        force,
        inputs: &files,
    };
    // Every file refused before any is written: never half a corpus.
    let names = entries
        .iter()
        .map(|e| e.file_name.as_str())
        .chain(["README.md"]);
    for name in names {
        if let Err(err) = check_output(&out.join(name), opts) {
            return usage_error(lang, &err.message(Lang::Fr), &err.message(Lang::En));
        }
    }
    let created = if force {
        std::fs::create_dir_all(out)
    } else {
        // Refuses, in one step, a folder that appeared since the check above.
        std::fs::create_dir(out)
    };
    if let Err(e) = created {
        return usage_error(
            lang,
            &format!("impossible de créer {} : {e}", out.display()),
            &format!("cannot create {}: {e}", out.display()),
        );
    }
    let mut lines = String::new();
    for e in &entries {
        if let Err(err) = write_output(&out.join(&e.file_name), e.text.as_bytes(), opts) {
            return usage_error(lang, &err.message(Lang::Fr), &err.message(Lang::En));
        }
        let r = &e.reference;
        let date = if r.date.is_empty() {
            "—"
        } else {
            r.date.as_str()
        };
        lines.push_str(&format!(
            "{} ← {}{} {} ({}, {date}), {} {}\n",
            e.file_name,
            e.input,
            lang.pick(" :", ":"),
            r.organisme,
            kind_label(r.kind, lang),
            r.attested.len(),
            lang.pick("sujets traités", "topics covered"),
        ));
    }
    let readme = build::manifest(&entries, &unread, lang);
    if let Err(err) = write_output(&out.join("README.md"), readme.as_bytes(), opts) {
        return usage_error(lang, &err.message(Lang::Fr), &err.message(Lang::En));
    }
    lines.push_str(&report);
    lines.push_str(&match lang {
        Lang::Fr => format!(
            "{} charte(s) en texte intégral écrite(s) dans {} ; {} fichier(s) non lu(s). README.md y résume ce que chaque texte traite.\n",
            entries.len(),
            out.display(),
            unread.len()
        ),
        Lang::En => format!(
            "{} full-text charter(s) written to {}; {} file(s) not read. README.md there sums up what each text covers.\n",
            entries.len(),
            out.display(),
            unread.len()
        ),
    });
    let status = if unread.is_empty() {
        Status::Clean
    } else {
        Status::Findings
    };
    super::emit(&charte::report::terminal_safe(&lines), lang, status)
}

/// Runs `refs`.
pub(crate) fn run(args: RefsArgs, lang: Lang) -> Status {
    if let Some(RefsAction::Build { dir, out, force }) = &args.action {
        return build(dir, out, *force, lang);
    }
    let corpus = match corpus(args.references.as_deref(), lang) {
        Ok(c) => c,
        Err(s) => return s,
    };
    match args.action {
        None => {
            let text = match args.format {
                Format::Human => charte::report::terminal_safe(&table(corpus, lang)).into_owned(),
                Format::Json => json(corpus),
                other => return super::unsupported_format(other, "refs", lang),
            };
            super::emit(&text, lang, Status::Clean)
        }
        Some(RefsAction::Build { .. }) => Status::Clean,
        Some(RefsAction::Show { id }) => match corpus.find(&id) {
            // A folder of the user's references is data like any charter: shown, never acted on by the terminal.
            Some(r) => super::emit(
                &charte::report::terminal_safe(&show(r, lang)),
                lang,
                Status::Clean,
            ),
            None => {
                let hint = corpus.closest_id(&id);
                let (fr, en) = match hint {
                    Some(h) => (
                        format!("référence inconnue : {id} (vouliez-vous dire {h} ?) ; `charte refs` les liste"),
                        format!("unknown reference: {id} (did you mean {h}?); `charte refs` lists them"),
                    ),
                    None => (
                        format!("référence inconnue : {id} ; `charte refs` les liste"),
                        format!("unknown reference: {id}; `charte refs` lists them"),
                    ),
                };
                usage_error(lang, &fr, &en)
            }
        },
    }
}
