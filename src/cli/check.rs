//! `charte check PATH…`: lint charters.

use super::{usage_error, write_failed, Status};
use charte::files::Emitted;
use charte::report::Tally;
use charte::settings::{self as config, today};
use charte::{check_files, CivilDate, FileReport, Format, Lang, Settings, Severity, Stream};
use std::path::{Path, PathBuf};

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("written").args(["annotate", "out"]).multiple(true)))]
pub(crate) struct CheckArgs {
    /// Files or folders to check.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_parser = super::format_arg(Format::CHECK, "human"), default_value = "human")]
    pub format: Format,
    /// Rule selection, reference date, failing level, configuration.
    #[command(flatten)]
    pub opts: RunOptions,
    /// Use this folder of reference charters instead of the embedded corpus (coverage counts, REF001).
    #[arg(long, value_name = "DOSSIER")]
    pub references: Option<PathBuf>,
    /// Files and folders to leave out.
    #[command(flatten)]
    pub walk: super::walk::WalkOptions,
    /// Write a reviewed copy of the checked document (one .docx or .odt) with one comment per finding; the copy has
    /// the document's format. The document itself is never written.
    #[arg(long, value_name = "FICHIER")]
    pub annotate: Option<PathBuf>,
    /// Write the report to this file instead of standard output (required by --format docx). An existing file is
    /// kept unless --force; a file the command reads is never overwritten.
    #[arg(long, value_name = "FICHIER")]
    pub out: Option<PathBuf>,
    /// Replace the --annotate or --out file if it exists (never a file the command reads).
    #[arg(long, requires = "written")]
    pub force: bool,
    /// Human report: add each rule's explanation, and the advice and model clause of every missing topic.
    #[arg(long, short)]
    pub verbose: bool,
}

/// Options shared by `check` and `offer`.
#[derive(Debug, clap::Args)]
pub(crate) struct RunOptions {
    /// Only these codes or prefixes (comma-separated: RGPD,STR003).
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Skip these codes or prefixes.
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Reference date for date-sensitive checks (YYYY-MM-DD; default: today).
    #[arg(long)]
    pub as_of: Option<String>,
    /// Fail (exit 1) on warnings too: `--deny warnings`.
    #[arg(long)]
    pub deny: Option<String>,
    /// Configuration file (default: charte.toml found upward from the first file).
    #[arg(long)]
    pub config: Option<PathBuf>,
}

impl RunOptions {
    /// Refuses a `--deny` level charte does not know (exit 2).
    pub(crate) fn check_deny(&self, lang: Lang) -> Result<(), Status> {
        match self.deny.as_deref() {
            Some(d) if !["warnings", "warning", "info", "error", "errors"].contains(&d) => {
                Err(usage_error(
                    lang,
                    &format!("--deny attend « warnings » ou « info », pas « {d} »"),
                    &format!("--deny expects \"warnings\" or \"info\", not \"{d}\""),
                ))
            }
            _ => Ok(()),
        }
    }

    /// Settings from these options and the configuration found from `first`.
    pub(crate) fn settings(&self, lang: Lang, first: Option<&Path>) -> Result<Settings, Status> {
        settings(
            lang,
            &self.select,
            &self.ignore,
            self.as_of.as_deref(),
            self.config.as_deref(),
            first,
        )
    }
}

/// The date `--as-of` gives (today without it), or a usage error naming the expected form.
pub(crate) fn as_of_date(as_of: Option<&str>, lang: Lang) -> Result<CivilDate, Status> {
    match as_of {
        Some(s) => CivilDate::parse_iso(s).ok_or_else(|| {
            usage_error(
                lang,
                &format!("date --as-of invalide : {s} (format AAAA-MM-JJ)"),
                &format!("invalid --as-of date: {s} (YYYY-MM-DD)"),
            )
        }),
        None => Ok(today()),
    }
}

/// Settings from arguments and config.
pub(crate) fn settings(
    lang: Lang,
    select: &[String],
    ignore: &[String],
    as_of: Option<&str>,
    config_path: Option<&Path>,
    first: Option<&Path>,
) -> Result<Settings, Status> {
    let cfg = match config::locate(config_path, first) {
        Some(p) => match config::load(&p) {
            Ok(c) => c,
            Err(e) => {
                return Err(usage_error(
                    lang,
                    &e.message(Lang::Fr),
                    &e.message(Lang::En),
                ))
            }
        },
        None => config::Config::default(),
    };
    let as_of = as_of_date(as_of, lang)?;
    // A misspelt code would run or skip nothing, silently: refuse it, with the closest code.
    for (pattern, source) in select
        .iter()
        .map(|p| (p, "--select"))
        .chain(ignore.iter().map(|p| (p, "--ignore")))
        .chain(cfg.select.iter().map(|p| (p, "select (charte.toml)")))
        .chain(cfg.ignore.iter().map(|p| (p, "ignore (charte.toml)")))
    {
        if let Err(hint) = config::check_pattern(pattern) {
            let fr = config::unknown_code_message(pattern, hint.as_deref(), Lang::Fr);
            let en = config::unknown_code_message(pattern, hint.as_deref(), Lang::En);
            return Err(usage_error(
                lang,
                &format!("{source} : {fr}"),
                &format!("{source}: {en}"),
            ));
        }
    }
    let pick = |cli: &[String], cfg: Vec<String>| if cli.is_empty() { cfg } else { cli.to_vec() };
    Ok(Settings {
        lang,
        as_of,
        select: pick(select, cfg.select),
        ignore: pick(ignore, cfg.ignore),
        offer: false,
        references: None,
    })
}

/// Exit status from findings: errors fail; warnings fail with `--deny warnings`.
pub(crate) fn status(reports: &[FileReport], deny: Option<&str>) -> Status {
    status_of(&Tally::of(reports), deny)
}

/// Exit status from the counts of findings.
pub(crate) fn status_of(tally: &Tally, deny: Option<&str>) -> Status {
    let threshold = match deny {
        Some("warnings" | "warning") => Severity::Warning,
        Some("info") => Severity::Info,
        _ => Severity::Error,
    };
    if tally.worst().is_some_and(|w| w >= threshold) {
        Status::Findings
    } else {
        Status::Clean
    }
}

/// Runs `check`.
pub(crate) fn run(args: &CheckArgs, lang: Lang, color: bool, quiet: bool) -> Status {
    if let Err(status) = args.opts.check_deny(lang) {
        return status;
    }
    let files = match super::walk::collect(&args.paths, &args.walk, lang) {
        Ok(f) => f,
        Err(status) => return status,
    };
    let mut settings = match args
        .opts
        .settings(lang, args.paths.first().map(PathBuf::as_path))
    {
        Ok(s) => s,
        Err(status) => return status,
    };
    // `--references` wins over the `references` key of charte.toml.
    let from_config = config::locate(
        args.opts.config.as_deref(),
        args.paths.first().map(PathBuf::as_path),
    )
    .and_then(|file| {
        let cfg = config::load(&file).ok()?;
        config::references_dir(&file, &cfg)
    });
    if let Some(dir) = args.references.as_ref().or(from_config.as_ref()) {
        match charte::refs::Corpus::load_dir(dir) {
            // Loaded once for the whole run, which ends with the process.
            Ok(corpus) => settings.references = Some(Box::leak(Box::new(corpus))),
            Err(e) => return usage_error(lang, &e.to_string(), &e.to_string()),
        }
    }
    if let Some(out) = &args.annotate {
        let inputs = annotate_inputs(&files, args);
        if let Err(status) = check_annotate(out, &files, &inputs, args.force, lang) {
            return status;
        }
    }
    let written_to = || charte::files::WriteOptions {
        force: args.force,
        inputs: &files,
    };
    if let Some(out) = &args.out {
        if let Err(e) = charte::files::check_output(out, written_to()) {
            return usage_error(lang, &e.message(Lang::Fr), &e.message(Lang::En));
        }
    } else if args.format == Format::Docx {
        if let Err(status) = super::docx_needs_out(None, lang) {
            return status;
        }
    }
    let color = color && args.out.is_none();
    let annotate = args.annotate.is_some();
    // With --out, the parts written as files are checked are kept and the file is written once at the end.
    let mut kept = String::new();
    let how = Stream {
        format: args.format,
        color,
        verbose: args.verbose,
        annotate,
    };
    let mut checked = match check_files(
        &files,
        &settings,
        how,
        &mut |part| {
            if args.out.is_some() {
                kept.push_str(part);
                Emitted::Done
            } else {
                super::stdout(part)
            }
        },
        &mut |path| super::walk::note_offer_skipped(path, lang),
    ) {
        Ok(c) => c,
        Err(e) => return write_failed(lang, &e),
    };
    if checked.tally.files == 0 {
        return usage_error(
            lang,
            "aucune charte à vérifier : tous les fichiers lus sont des offres (voir les remarques ci-dessus)",
            "no charter to check: every file read is an offer (see the notes above)",
        );
    }
    // A path that cannot be opened is reported (STR000 with the reason) and the others are still checked; the run
    // then ends with status 2, the contract's « unreadable path ».
    let status = if checked.unreadable {
        Status::Usage
    } else {
        status_of(&checked.tally, args.opts.deny.as_deref())
    };
    if checked.closed {
        return status;
    }
    let written = match (
        &args.annotate,
        checked.annotated.take(),
        checked.reports.first(),
    ) {
        (Some(out), Some(bytes), Some(report)) => {
            Some(write_annotated(out, &bytes, report, &files, args, lang))
        }
        _ => None,
    };
    // The human and GitHub reports are already written (or kept); the human one ends with the summary line.
    let rest = match args.format {
        Format::Human if quiet => String::new(),
        Format::Human => format!("{}\n", checked.tally.summary(lang)),
        Format::Github | Format::Short => String::new(),
        _ => match charte::report::render_colored(&checked.reports, args.format, lang, color) {
            Ok(text) => text,
            Err(e) => return super::unsupported_format(e.format, "check", lang),
        },
    };
    let status = match &args.out {
        Some(out) if args.format == Format::Docx => {
            super::write_word(Some(out), &rest, written_to(), lang, status)
        }
        Some(out) => {
            kept.push_str(&rest);
            match charte::files::write_output(out, kept.as_bytes(), written_to()) {
                Ok(()) => status,
                Err(e) => usage_error(lang, &e.message(Lang::Fr), &e.message(Lang::En)),
            }
        }
        None if rest.is_empty() => status,
        None => super::emit(&rest, lang, status),
    };
    match written {
        None => status,
        Some(Err(status)) => status,
        Some(Ok(_)) if quiet => status,
        Some(Ok(note)) => super::note(&note, status),
    }
}

/// Every file `check --annotate` reads: the copy may be none of them.
fn annotate_inputs(files: &[PathBuf], args: &CheckArgs) -> Vec<PathBuf> {
    let mut inputs = files.to_vec();
    inputs.extend(super::reference_inputs(args.references.as_deref()));
    inputs.extend(config::locate(
        args.opts.config.as_deref(),
        args.paths.first().map(PathBuf::as_path),
    ));
    inputs
}

/// Refuses `--annotate`, before any work, unless the run checks one .docx or .odt and the copy has the same format,
/// is not an input, and does not exist (or `--force`). Nothing is written when it refuses.
fn check_annotate(
    out: &Path,
    files: &[PathBuf],
    inputs: &[PathBuf],
    force: bool,
    lang: Lang,
) -> Result<(), Status> {
    let [file] = files else {
        return Err(usage_error(
            lang,
            &format!(
                "--annotate écrit la copie commentée d'un seul document, et {} fichiers sont à vérifier : donnez un seul fichier .docx ou .odt",
                files.len()
            ),
            &format!(
                "--annotate writes the reviewed copy of one document, and {} files are to be checked: give one .docx or .odt file",
                files.len()
            ),
        ));
    };
    let ext = |p: &Path| charte::report::annotatable(&p.display().to_string());
    let Some(wanted) = ext(file) else {
        return Err(usage_error(
            lang,
            &format!(
                "--annotate : {} n'est pas un document Word (.docx) ou LibreOffice (.odt) ; seuls ces documents peuvent porter des commentaires",
                file.display()
            ),
            &format!(
                "--annotate: {} is not a Word (.docx) or LibreOffice (.odt) document; only those can carry comments",
                file.display()
            ),
        ));
    };
    if ext(out) != Some(wanted) {
        return Err(usage_error(
            lang,
            &format!(
                "--annotate : la copie commentée a le format du document vérifié ; nommez-la en .{wanted} (par exemple relu.{wanted})"
            ),
            &format!(
                "--annotate: the reviewed copy has the checked document's format; name it .{wanted} (for example reviewed.{wanted})"
            ),
        ));
    }
    charte::files::check_output(out, charte::files::WriteOptions { force, inputs })
        .map_err(|e| usage_error(lang, &e.message(Lang::Fr), &e.message(Lang::En)))
}

/// Without the `office` feature there is no annotated copy: status 2, saying why.
#[cfg(not(feature = "office"))]
fn write_annotated(
    _out: &Path,
    _bytes: &[u8],
    _report: &FileReport,
    _files: &[PathBuf],
    _args: &CheckArgs,
    lang: Lang,
) -> Result<String, Status> {
    Err(usage_error(
        lang,
        "ce charte a été compilé sans la fonctionnalité « office » : il ne peut pas écrire de copie annotée",
        "this build of charte lacks the \"office\" feature: it cannot write an annotated copy",
    ))
}

/// Writes the reviewed copy; the note to print on success, or status 2 after printing why it was not written.
#[cfg(feature = "office")]
fn write_annotated(
    out: &Path,
    bytes: &[u8],
    report: &FileReport,
    files: &[PathBuf],
    args: &CheckArgs,
    lang: Lang,
) -> Result<String, Status> {
    let (copy, count) = charte::report::annotate(report, bytes, lang).map_err(|e| {
        usage_error(
            lang,
            &e.message(Lang::Fr, &report.path),
            &e.message(Lang::En, &report.path),
        )
    })?;
    let inputs = annotate_inputs(files, args);
    let opts = charte::files::WriteOptions {
        force: args.force,
        inputs: &inputs,
    };
    charte::files::write_output(out, &copy, opts)
        .map_err(|e| usage_error(lang, &e.message(Lang::Fr), &e.message(Lang::En)))?;
    Ok(format!(
        "{} {} ({count} {})",
        lang.pick("copie commentée écrite :", "reviewed copy written:"),
        out.display(),
        lang.pick(
            if count > 1 {
                "commentaires"
            } else {
                "commentaire"
            },
            if count > 1 { "comments" } else { "comment" }
        )
    ))
}
