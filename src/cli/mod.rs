//! The `charte` command line (clap derive): one file per subcommand, this file parses and dispatches.

pub(crate) mod check;
pub(crate) mod compare;
pub(crate) mod diff;
pub(crate) mod explain;
pub(crate) mod init;
pub(crate) mod inspect;
pub(crate) mod law;
pub(crate) mod localize;
pub(crate) mod offer;
pub(crate) mod refs;
pub(crate) mod rules;
pub(crate) mod schema;
pub(crate) mod walk;

use charte::files::{Emitted, WriteOptions};
use charte::Format;
use charte::Lang;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Exit status of a run (`docs/cli.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    /// Nothing at or above the failing level.
    Clean = 0,
    /// At least one diagnostic at or above the failing level.
    Findings = 1,
    /// The tool could not do its job.
    Usage = 2,
}

/// `--lang`: the language of messages (the library's [`Lang`], as a command-line value).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum LangArg {
    /// Français (default).
    Fr,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }
    }
}

/// When to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub(crate) enum Color {
    /// Colour when writing to a terminal.
    #[default]
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// Checks the AI usage charters of French local authorities (GDPR, sovereignty, environment, AI Act).
// The help and errors of the command line are French unless English is chosen: `cli::localize`.
#[derive(Debug, Parser)]
#[command(name = "charte", version)]
pub(crate) struct Cli {
    /// Language of messages (fr by default; LANG=en* also switches to English).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// Colour.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Print only diagnostics, no summary line.
    #[arg(long, global = true)]
    pub quiet: bool,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Lint charters (files or folders of .docx, .odt, .txt, .md, .markdown, .yaml, .yml).
    Check(check::CheckArgs),
    /// List every rule: code, name, family, default severity.
    Rules(rules::RulesArgs),
    /// Print the long explanation of one rule.
    Explain(explain::ExplainArgs),
    /// Write the JSON Schemas of the charter formats.
    Schema(schema::SchemaArgs),
    /// Show what the analysis understood of a charter, sentence by sentence.
    Inspect(inspect::InspectArgs),
    /// Check a vendor offer against the procurement checklist and the buyer's charter (ACH rules).
    Offer(offer::OfferArgs),
    /// List the reference charters, or print one (`refs show ID`).
    Refs(refs::RefsArgs),
    /// Compare a charter with its nearest reference charter (or the one given with --against).
    Diff(diff::DiffArgs),
    /// Topic coverage matrix of several charters (and of the reference charters with --with-references).
    Compare(compare::CompareArgs),
    /// Write a starting charter built from the clauses the reference charters share.
    Init(init::InitArgs),
    /// List the dated, sourced legal facts; `--stale` fails when unsettled or tool facts need checking again.
    Law(law::LawArgs),
}

/// Runs the CLI; returns the exit status.
pub(crate) fn run(cli: Cli) -> Status {
    let lang = cli
        .lang
        .map(Lang::from)
        .or_else(|| config_lang(&cli.command))
        .unwrap_or_else(Lang::from_env);
    let color = match cli.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::IsTerminal::is_terminal(&std::io::stdout())
                && std::env::var_os("NO_COLOR").is_none()
        }
    };
    match cli.command {
        Command::Check(args) => check::run(&args, lang, color, cli.quiet),
        Command::Rules(args) => rules::run(&args, lang),
        Command::Explain(args) => explain::run(&args, lang),
        Command::Schema(args) => schema::run(args, lang),
        Command::Inspect(args) => inspect::run(&args, lang),
        Command::Offer(args) => offer::run(&args, lang, color, cli.quiet),
        Command::Refs(args) => refs::run(args, lang),
        Command::Diff(args) => diff::run(&args, lang, color),
        Command::Compare(args) => compare::run(&args, lang, color),
        Command::Init(args) => init::run(&args, lang),
        Command::Law(args) => law::run(&args, lang),
    }
}

/// The `lang` key of the configuration this command would use (`--lang` wins over it, it wins over `LANG`). A
/// configuration that cannot be read is reported later by the command that reads it.
fn config_lang(command: &Command) -> Option<Lang> {
    let (explicit, first): (Option<&Path>, Option<&Path>) = match command {
        Command::Check(a) => (
            a.opts.config.as_deref(),
            a.paths.first().map(std::path::PathBuf::as_path),
        ),
        Command::Offer(a) => (
            a.opts.config.as_deref(),
            a.offers.first().map(PathBuf::as_path),
        ),
        Command::Diff(a) => (None, Some(a.file.as_path())),
        Command::Inspect(a) => (None, Some(a.file.as_path())),
        Command::Compare(a) => (None, a.paths.first().map(std::path::PathBuf::as_path)),
        _ => (None, Some(Path::new("."))),
    };
    let file = charte::settings::locate(explicit, first)?;
    charte::settings::load(&file).ok()?.lang
}

/// Writes `text` to standard output and returns `status`; a write error (disk full…) is reported and gives status 2.
/// A closed pipe (`charte check … | head`) ends quietly with `status`, like other Unix tools.
pub(crate) fn emit(text: &str, lang: Lang, status: Status) -> Status {
    match stdout(text) {
        Emitted::Done | Emitted::Closed => status,
        Emitted::Failed(e) => write_failed(lang, &e),
    }
}

fn emit_to(mut w: impl Write, text: &str) -> Emitted {
    match w.write_all(text.as_bytes()).and_then(|()| w.flush()) {
        Ok(()) => Emitted::Done,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Emitted::Closed,
        Err(e) => Emitted::Failed(e.to_string()),
    }
}

/// Writes to standard output; a closed pipe is [`Emitted::Closed`], not an error.
pub(crate) fn stdout(text: &str) -> Emitted {
    emit_to(std::io::stdout().lock(), text)
}

/// Writes to standard error (never panics, unlike `eprintln!`).
pub(crate) fn stderr(text: &str) -> Emitted {
    emit_to(std::io::stderr().lock(), text)
}

/// Standard output could not be written (disk full…): the user must hear of it, status 2.
pub(crate) fn write_failed(lang: Lang, e: &str) -> Status {
    usage_error(
        lang,
        &format!("écriture impossible sur la sortie standard : {e}"),
        &format!("cannot write to standard output: {e}"),
    )
}

/// `--format docx` writes a binary file: without `--out` it is refused before any work (status 2), so no Word
/// package lands on a terminal or in a text pipe.
pub(crate) fn docx_needs_out(out: Option<&Path>, lang: Lang) -> Result<(), Status> {
    match out {
        Some(_) => Ok(()),
        None => Err(usage_error(
            lang,
            "--format docx écrit un document Word, pas du texte : indiquez le fichier à écrire avec --out rapport.docx",
            "--format docx writes a Word document, not text: name the file to write with --out report.docx",
        )),
    }
}

/// Writes a line to standard error and returns `status`, or status 2 when standard error cannot be written.
pub(crate) fn note(text: &str, status: Status) -> Status {
    // Messages quote file names and reference names: nothing in them may act on the terminal.
    match stderr(&format!("{}\n", charte::report::terminal_safe(text))) {
        Emitted::Done | Emitted::Closed => status,
        Emitted::Failed(_) => Status::Usage,
    }
}

/// Prints a usage error in the chosen language and returns status 2.
pub(crate) fn usage_error(lang: Lang, fr: &str, en: &str) -> Status {
    note(
        &format!("{} {}", lang.pick("erreur :", "error:"), lang.pick(fr, en)),
        Status::Usage,
    )
}

/// The `--format` values of a command that writes `formats` (each by [`Format::name`]): its terminal format is called
/// `terminal` (`human`, or `table` where it is a table) and accepted under the other name too; any other value is
/// clap's « invalid value » error, which lists the command's formats.
pub(crate) fn format_arg(
    formats: &'static [Format],
    terminal: &'static str,
) -> impl clap::builder::TypedValueParser<Value = Format> {
    let values = formats.iter().map(move |f| match f {
        Format::Human => {
            clap::builder::PossibleValue::new(terminal).alias(if terminal == "table" {
                "human"
            } else {
                "table"
            })
        }
        other => clap::builder::PossibleValue::new(other.name()),
    });
    // The parser only lets the names above through, and `from_name` knows every one of them.
    clap::builder::TypedValueParser::map(
        clap::builder::PossibleValuesParser::new(values),
        |name: String| Format::from_name(&name).unwrap_or_default(),
    )
}

/// A format the command does not write reached it (the command line lets only its own through): status 2.
pub(crate) fn unsupported_format(format: Format, command: &str, lang: Lang) -> Status {
    let name = format.name();
    usage_error(
        lang,
        &format!("charte {command} n'écrit pas le format {name}"),
        &format!("charte {command} does not write the {name} format"),
    )
}

/// Reads the one input a command needs (`diff FILE`, `offer OFFER`, `--charter`); when it cannot, prints the real
/// reason (a folder, a FIFO, no permission…) and returns status 2.
pub(crate) fn read_file(path: &Path, lang: Lang) -> Result<Vec<u8>, Status> {
    charte::files::read_input(path).map_err(|reason| {
        usage_error(
            lang,
            &format!("{} : {}", path.display(), reason.describe(Lang::Fr)),
            &format!("{}: {}", path.display(), reason.describe(Lang::En)),
        )
    })
}

/// `--out FICHIER` and `--force`, the same for every command that writes a report or a charter.
#[derive(Debug, Clone, Default, clap::Args)]
pub(crate) struct OutArgs {
    /// Write to this file instead of standard output. An existing file is kept unless --force; a file the command
    /// reads is never overwritten.
    #[arg(long, value_name = "FICHIER")]
    pub out: Option<PathBuf>,
    /// Replace the --out file if it exists (never a file the command reads).
    #[arg(long)]
    pub force: bool,
}

impl OutArgs {
    /// Refuses, before any work, an output that is an input or that exists without `--force`.
    pub(crate) fn check(&self, inputs: &[PathBuf], lang: Lang) -> Result<(), Status> {
        match &self.out {
            None => Ok(()),
            Some(p) => charte::files::check_output(p, self.options(inputs))
                .map_err(|e| usage_error(lang, &e.message(Lang::Fr), &e.message(Lang::En))),
        }
    }

    /// Writes `text` to the `--out` file (through [`charte::files::write_output`]) or to standard output; returns `status`,
    /// or status 2 when the text could not be written.
    pub(crate) fn write(
        &self,
        text: &str,
        inputs: &[PathBuf],
        lang: Lang,
        status: Status,
    ) -> Status {
        match &self.out {
            None => emit(text, lang, status),
            Some(p) => {
                match charte::files::write_output(p, text.as_bytes(), self.options(inputs)) {
                    Ok(()) => status,
                    Err(e) => usage_error(lang, &e.message(Lang::Fr), &e.message(Lang::En)),
                }
            }
        }
    }

    /// Writes the Word document of a Markdown report to the `--out` file (required beforehand by
    /// [`docx_needs_out`]); returns `status`, or status 2 when it could not be built or written.
    pub(crate) fn write_word(
        &self,
        markdown: &str,
        inputs: &[PathBuf],
        lang: Lang,
        status: Status,
    ) -> Status {
        write_word(
            self.out.as_deref(),
            markdown,
            self.options(inputs),
            lang,
            status,
        )
    }

    fn options<'a>(&self, inputs: &'a [PathBuf]) -> WriteOptions<'a> {
        WriteOptions {
            force: self.force,
            inputs,
        }
    }
}

/// Writes the Word document of a Markdown report to `out`; returns `status`, or status 2 when it could not be
/// built or written.
pub(crate) fn write_word(
    out: Option<&Path>,
    markdown: &str,
    opts: WriteOptions<'_>,
    lang: Lang,
    status: Status,
) -> Status {
    let Some(path) = out else {
        return docx_needs_out(None, lang).err().unwrap_or(Status::Usage);
    };
    let bytes = match charte::report::word(markdown, lang) {
        Ok(b) => b,
        Err(e) => return usage_error(lang, &e, &e),
    };
    match charte::files::write_output(path, &bytes, opts) {
        Ok(()) => status,
        Err(e) => usage_error(lang, &e.message(Lang::Fr), &e.message(Lang::En)),
    }
}

/// The files a `--references DIR` folder holds: inputs of the run, never to be overwritten.
pub(crate) fn reference_inputs(dir: Option<&Path>) -> Vec<PathBuf> {
    dir.and_then(|d| charte::files::files_in(d, &[]).ok())
        .map(|(files, _)| files)
        .unwrap_or_default()
}
