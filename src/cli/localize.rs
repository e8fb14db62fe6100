//! The command line in the chosen language. clap has no localisation: in French, every help text, heading and
//! error of clap is replaced here from the message catalogue (`data/i18n/messages.toml`, keys `cli.*`,
//! `cli-COMMAND.*` and `clap.*`); English keeps clap's own texts and the doc comments of `cli/`.

use charte::messages::{fill, text};
use charte::Lang;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory};
use std::ffi::OsString;

/// The language of the command line, known before clap parses it, so that clap's own help and errors follow it:
/// `--lang fr|en` (or `--lang=…`) among the arguments, else the `lang` key of the `charte.toml` the command would
/// read ([`early_config_lang`]), else `LANG` (French unless it starts with `en`). The same order as the run's
/// ([`super::run`]); `docs/decisions.md` says why.
pub(crate) fn early_lang(args: &[OsString]) -> Lang {
    flag_lang(args)
        .or_else(|| early_config_lang(args))
        .unwrap_or_else(Lang::from_env)
}

/// `--lang fr|en` among the arguments (before a `--`).
fn flag_lang(args: &[OsString]) -> Option<Lang> {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next().map(std::borrow::Cow::into_owned),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        match value.as_deref() {
            Some("en") => return Some(Lang::En),
            Some("fr") => return Some(Lang::Fr),
            _ => {}
        }
    }
    None
}

/// The `lang` of the configuration, found without clap: the file of `--config FILE` when given, else the nearest
/// `charte.toml` above the first argument that names an existing file or folder (the charter a command reads, in
/// practice), else above the current folder. A configuration that cannot be read gives nothing here: the command
/// reports it, in the language chosen without it.
fn early_config_lang(args: &[OsString]) -> Option<Lang> {
    let words: Vec<std::borrow::Cow<'_, str>> =
        args.iter().skip(1).map(|a| a.to_string_lossy()).collect();
    let explicit = words
        .iter()
        .enumerate()
        .find_map(|(i, w)| match w.strip_prefix("--config") {
            Some("") => words
                .get(i + 1)
                .map(|v| std::path::PathBuf::from(v.as_ref())),
            Some(rest) => rest.strip_prefix('=').map(std::path::PathBuf::from),
            None => None,
        });
    let first = args
        .iter()
        .skip(1)
        .filter(|a| !a.to_string_lossy().starts_with('-'))
        .map(std::path::Path::new)
        .find(|p| p.exists())
        .unwrap_or(std::path::Path::new("."));
    let file = charte::settings::locate(explicit.as_deref(), Some(first))?;
    charte::settings::load(&file).ok()?.lang
}

/// The `charte` command, its help in `lang`.
pub(crate) fn command(lang: Lang) -> Command {
    let mut cmd = super::Cli::command();
    if lang == Lang::En {
        return cmd.about(text(lang, "cli.about"));
    }
    cmd.build();
    localize(cmd, "", lang)
}

/// The catalogue key of an argument's help: `cli-check.format` for `check --format`, falling back on `cli.ID` for
/// the arguments several commands share.
fn arg_text(path: &str, id: &str, lang: Lang) -> Option<&'static str> {
    [format!("cli-{path}.{id}"), format!("cli.{id}")]
        .into_iter()
        .find(|k| charte::messages::has(k))
        .map(|k| text(lang, &k))
}

/// The catalogue key of a command's summary: `cli-check.about` (`cli.about` for `charte` itself).
fn about_key(path: &str) -> String {
    if path.is_empty() {
        "cli.about".to_owned()
    } else {
        format!("cli-{path}.about")
    }
}

fn localize(cmd: Command, path: &str, lang: Lang) -> Command {
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    let mut cmd = cmd
        .about(text(lang, &about_key(path)))
        .long_about(None::<&str>)
        .help_template(text(lang, "clap.template"))
        .subcommand_help_heading(text(lang, "clap.commands"))
        .subcommand_value_name(text(lang, "clap.command"));
    for (id, positional) in ids {
        let help = arg_text(path, &id, lang);
        let heading = if positional {
            text(lang, "clap.arguments")
        } else {
            text(lang, "clap.options")
        };
        cmd = cmd.mut_arg(id.as_str(), |a: Arg| {
            let a = a
                .help_heading(heading)
                .hide_possible_values(true)
                .hide_default_value(true)
                .long_help(None::<&str>);
            match help {
                Some(h) => a.help(h),
                None => a,
            }
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in subs {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        cmd = cmd.mut_subcommand(name.as_str(), |s| {
            if name == "help" {
                s.about(text(lang, "clap.help-command"))
                    .help_template(text(lang, "clap.template"))
            } else {
                localize(s, &sub_path, lang)
            }
        });
    }
    cmd
}

/// The arguments of every command, as (`check`, `format`) pairs, and every command path: what the catalogue must
/// translate (tested).
#[cfg(test)]
fn inventory() -> (Vec<(String, String)>, Vec<String>) {
    fn walk(cmd: &Command, path: &str, args: &mut Vec<(String, String)>, cmds: &mut Vec<String>) {
        cmds.push(path.to_owned());
        for a in cmd.get_arguments() {
            args.push((path.to_owned(), a.get_id().to_string()));
        }
        for s in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let p = if path.is_empty() {
                s.get_name().to_owned()
            } else {
                format!("{path}-{}", s.get_name())
            };
            walk(s, &p, args, cmds);
        }
    }
    let mut cmd = super::Cli::command();
    cmd.build();
    let (mut args, mut cmds) = (Vec::new(), Vec::new());
    walk(&cmd, "", &mut args, &mut cmds);
    (args, cmds)
}

/// True when the catalogue has the French help of argument `id` of command `path`.
#[cfg(test)]
fn has_text(path: &str, id: &str) -> bool {
    arg_text(path, id, Lang::Fr).is_some()
}

fn value_text(v: &ContextValue) -> String {
    match v {
        ContextValue::Strings(list) => list.join(", "),
        ContextValue::StyledStrs(list) => list
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// A clap error as the user reads it: in English, clap's own text; in French, the kind of error and its context
/// (argument, value, suggestion, valid values, usage) from the catalogue.
pub(crate) fn error_text(e: &clap::Error, lang: Lang) -> String {
    if lang == Lang::En {
        return e.render().to_string();
    }
    let get = |k: ContextKind| e.get(k).map(value_text).unwrap_or_default();
    let arg = get(ContextKind::InvalidArg);
    let value = get(ContextKind::InvalidValue);
    let key = match e.kind() {
        ErrorKind::UnknownArgument => "clap.unknown-argument",
        ErrorKind::InvalidSubcommand => "clap.unknown-command",
        ErrorKind::InvalidValue if value.is_empty() => "clap.missing-value",
        ErrorKind::InvalidValue => "clap.invalid-value",
        ErrorKind::MissingRequiredArgument => "clap.missing-argument",
        ErrorKind::MissingSubcommand => "clap.missing-command",
        ErrorKind::ArgumentConflict => "clap.conflict",
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            "clap.values"
        }
        ErrorKind::NoEquals => "clap.no-equals",
        ErrorKind::ValueValidation => "clap.value-validation",
        ErrorKind::InvalidUtf8 => "clap.utf8",
        _ => "clap.other",
    };
    let values = [
        ("arg", arg.as_str()),
        ("value", value.as_str()),
        ("command", &get(ContextKind::InvalidSubcommand)),
        ("prior", &get(ContextKind::PriorArg)),
    ];
    let mut out = format!(
        "{} {}\n",
        text(lang, "clap.error"),
        fill(lang, key, &values)
    );
    for kind in [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ] {
        let s = get(kind);
        if !s.is_empty() {
            out.push_str(&format!(
                "\n  {}\n",
                fill(lang, "clap.did-you-mean", &[("value", &s)])
            ));
        }
    }
    let valid = get(ContextKind::ValidValue);
    if !valid.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            fill(lang, "clap.possible-values", &[("values", &valid)])
        ));
    }
    let usage = get(ContextKind::Usage);
    if let Some(rest) = usage.trim().strip_prefix("Usage:") {
        out.push_str(&format!("\n{} {}\n", text(lang, "clap.usage"), rest.trim()));
    }
    out.push_str(&format!("\n{}\n", text(lang, "clap.more")));
    out
}

/// Parses the command line in the language it asks for; on a parse error or `--help`/`--version`, prints what
/// clap would (in that language) and returns the exit code.
pub(crate) fn parse(args: Vec<OsString>) -> Result<super::Cli, u8> {
    use clap::FromArgMatches;
    let lang = early_lang(&args);
    let result = command(lang)
        .try_get_matches_from(args)
        .and_then(|m| super::Cli::from_arg_matches(&m));
    result.map_err(|e| {
        let code = u8::try_from(e.exit_code()).unwrap_or(2);
        match e.kind() {
            ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                let _ = e.print();
            }
            _ => {
                let _ = super::stderr(&charte::report::terminal_safe(&error_text(&e, lang)));
            }
        }
        code
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_argument_and_command_has_its_french_text() {
        let (args, commands) = inventory();
        let missing: Vec<String> = args
            .iter()
            .filter(|(path, id)| !has_text(path, id))
            .map(|(path, id)| format!("cli-{path}.{id}"))
            .chain(
                commands
                    .iter()
                    .map(|c| about_key(c))
                    .filter(|k| !charte::messages::has(k)),
            )
            .collect();
        assert!(
            missing.is_empty(),
            "add to data/i18n/messages.toml: {missing:?}"
        );
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            early_lang(&args(&["charte", "--lang", "en", "check"])),
            Lang::En
        );
        assert_eq!(
            early_lang(&args(&["charte", "check", "--lang=en"])),
            Lang::En
        );
        assert_eq!(early_lang(&args(&["charte", "--lang", "fr"])), Lang::Fr);
        assert_eq!(
            early_lang(&args(&["charte", "--", "--lang", "en"])),
            Lang::from_env()
        );
    }

    #[test]
    fn french_help_has_no_english_left() {
        let help = command(Lang::Fr).render_long_help().to_string();
        for english in [
            "Usage:",
            "Print help",
            "Commands:",
            "Possible values",
            "[default:",
        ] {
            assert!(!help.contains(english), "{english} in:\n{help}");
        }
        let mut check = command(Lang::Fr);
        let check = check.find_subcommand_mut("check").expect("check");
        let help = check.render_long_help().to_string();
        assert!(help.contains("Fichiers ou dossiers à vérifier"), "{help}");
        assert!(help.contains("Afficher l'aide"), "{help}");
    }
}
