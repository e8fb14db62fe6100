//! Runs the pipeline on one file: parse → analyse → rules → filters (selection, `ignorer`, inline suppressions).

use crate::analyze::analyze;
use crate::diagnostics::Finding;
use crate::i18n::Lang;
use crate::lexicon::Lexicon;
use crate::parse::grammar::CivilDate;
use crate::parse::{parse_bytes, Format};
use crate::rules::{registry, str::str000_parse_error, Context};

/// Settings of a run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Language of messages.
    pub lang: Lang,
    /// Reference date for date-sensitive rules.
    pub as_of: CivilDate,
    /// Only these codes or prefixes (empty = all).
    pub select: Vec<String>,
    /// Never these codes or prefixes.
    pub ignore: Vec<String>,
    /// The file is a vendor offer (`charte offer`): only the ACH rules run; `charte check` never runs them.
    pub offer: bool,
}

impl Settings {
    /// True when the code passes `select` and `ignore` (ruff-style prefixes: `RGPD`, `RGPD00`, `RGPD002`).
    pub fn enabled(&self, code: &str) -> bool {
        let matches = |pats: &[String]| pats.iter().any(|p| code.starts_with(&p.to_uppercase()));
        (self.select.is_empty() || matches(&self.select)) && !matches(&self.ignore)
    }
}

/// Today's date (UTC).
pub fn today() -> CivilDate {
    let d = time::OffsetDateTime::now_utc().date();
    CivilDate {
        year: d.year(),
        month: u8::from(d.month()),
        day: d.day(),
    }
}

/// Findings for one file, with its text for rendering.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// Path as given.
    pub path: String,
    /// Decoded text (absent for unreadable files).
    pub source: Option<String>,
    /// Findings, sorted by position then code.
    pub findings: Vec<Finding>,
    /// A one-line error when the file could not be read as a charter.
    pub error: Option<String>,
}

/// Checks one file's bytes.
pub fn check_bytes(path: &str, bytes: &[u8], settings: &Settings) -> FileReport {
    let parsed = parse_bytes(path, bytes, Format::from_path(path));
    let mut findings: Vec<Finding> = Vec::new();
    if settings.enabled("STR000") {
        findings.extend(
            parsed
                .problems
                .iter()
                .map(|p| str000_parse_error::finding(p, settings.lang)),
        );
    }
    let error = parsed
        .problems
        .first()
        .map(|p| str000_parse_error::finding(p, settings.lang).message);
    let source = parsed.source.map(|s| s.text);
    if let (Some(mut charter), Some(text)) = (parsed.charter, source.as_deref()) {
        let lexicon = Lexicon::global();
        let analysis = analyze(&mut charter, lexicon);
        let cx = Context {
            charter: &charter,
            analysis: &analysis,
            source: text,
            lexicon,
            lang: settings.lang,
            as_of: settings.as_of,
        };
        for rule in registry() {
            let code = rule.meta().code;
            if (rule.meta().family == crate::rules::Family::Ach) != settings.offer {
                continue;
            }
            if settings.enabled(code)
                && !charter
                    .meta
                    .ignorer
                    .keys()
                    // An unknown or empty key switches nothing off (STR001 names it).
                    .filter(|k| crate::rules::check_pattern(k).is_ok())
                    .any(|k| code.starts_with(&k.to_uppercase()))
            {
                rule.check(&cx, &mut findings);
            }
        }
        findings.retain(|f| {
            !charter.suppressions.iter().any(|s| {
                let applies =
                    s.codes.is_empty() || s.codes.iter().any(|c| f.code.starts_with(c.as_str()));
                applies && s.span.start <= f.primary.start && f.primary.start <= s.span.end
            })
        });
    }
    findings.sort_by(|a, b| {
        (a.primary.start, a.code, &a.message).cmp(&(b.primary.start, b.code, &b.message))
    });
    findings.dedup();
    FileReport {
        path: path.to_owned(),
        source,
        findings,
        error,
    }
}
