//! Runs the pipeline on one file: parse → analyse → rules → filters (selection, `ignorer`, inline suppressions).

use crate::analyze::analyze;
use crate::diagnostics::Finding;
use crate::grammar::CivilDate;
use crate::i18n::Lang;
use crate::lexicon::Lexicon;
use crate::parse::{parse_bytes, Format};
use crate::rules::{registry, structure::str000_parse_error, Context};

/// The code of the "no rule found" note, which silences every other finding of its file.
const NOT_A_CHARTER: &str = "STR010";

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
    /// The reference corpus the rules compare with (`--references DIR`); `None` is the embedded one.
    pub references: Option<&'static crate::corpus::Corpus>,
}

impl Default for Settings {
    /// French messages, every rule of `charte check`, dated today.
    fn default() -> Settings {
        Settings::new(today())
    }
}

impl Settings {
    /// French messages, every rule of `charte check`, dates judged as of `as_of`.
    pub fn new(as_of: CivilDate) -> Settings {
        Settings {
            lang: Lang::Fr,
            as_of,
            select: Vec::new(),
            ignore: Vec::new(),
            offer: false,
            references: None,
        }
    }

    /// What tests, benchmarks and fuzz targets start from: [`Settings::new`] on a fixed date (28 November 2026),
    /// so that date-sensitive findings do not move from one day to the next.
    pub fn for_tests() -> Settings {
        Settings::new(CivilDate {
            year: 2026,
            month: 11,
            day: 28,
        })
    }

    /// Only the rules whose code starts with `code` (`RGPD`, `CTR001`); an ACH code makes the run an offer's.
    #[must_use]
    pub fn only(mut self, code: &str) -> Settings {
        self.select = vec![code.to_owned()];
        self.offer = code.to_uppercase().starts_with("ACH");
        self
    }

    /// Messages in `lang`.
    #[must_use]
    pub fn in_lang(mut self, lang: Lang) -> Settings {
        self.lang = lang;
        self
    }

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
    /// For .docx/.odt/.txt: positions back in the document, pending tracked changes, properties.
    pub document: Option<crate::parse::DocumentInfo>,
    /// What the summary of a report names: title, authority, adoption date.
    pub heading: Heading,
}

/// What a report's summary says the charter is: from its header, else from its text (`analyze::body_meta`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Heading {
    /// Title.
    pub title: Option<String>,
    /// Authority that adopts it.
    pub authority: Option<String>,
    /// Adoption date.
    pub adopted: Option<CivilDate>,
    /// The text gives the adoption's month and no day (« approuvée en juin 2025 »): `adopted` is the 1st of that
    /// month, and the summary says « adoptée en juin 2025 ».
    pub adopted_month_only: bool,
}

impl Heading {
    fn of(charter: &crate::model::Charter, analysis: &crate::analyze::Analysis) -> Heading {
        let body = &analysis.body_meta;
        let declared = charter
            .meta
            .adoption
            .as_ref()
            .and_then(|a| a.date.as_deref())
            .and_then(CivilDate::parse_iso);
        Heading {
            title: charter
                .meta
                .titre
                .clone()
                .or_else(|| body.title.as_ref().map(|t| t.text.clone()))
                .or_else(|| charter.title.clone()),
            authority: charter
                .meta
                .collectivite
                .as_ref()
                .and_then(|c| c.nom.clone())
                .or_else(|| body.authority.as_ref().map(|a| a.text.clone())),
            adopted: declared.or_else(|| body.adoption.as_ref().map(|a| a.date)),
            adopted_month_only: declared.is_none()
                && body.adoption.as_ref().is_some_and(|a| a.month_only),
        }
    }
}

/// The report of a file that could not be opened or read: one STR000 with the real reason, no rules.
pub(crate) fn unreadable(
    path: &str,
    reason: crate::io::ReadFailure,
    settings: &Settings,
) -> FileReport {
    problem_report(
        path,
        crate::parse::ProblemKind::Unreadable { reason },
        settings,
    )
}

/// A report made of one problem of the whole file (its STR000), with no text and no other finding.
fn problem_report(path: &str, kind: crate::parse::ProblemKind, settings: &Settings) -> FileReport {
    let problem = crate::parse::ParseProblem { kind, span: None };
    let finding = str000_parse_error::finding(&problem, settings.lang);
    FileReport {
        path: path.to_owned(),
        source: None,
        error: Some(finding.message.clone()),
        findings: if settings.enabled("STR000") {
            vec![finding]
        } else {
            Vec::new()
        },
        document: None,
        heading: Heading::default(),
    }
}

/// Checks one file's bytes.
pub(crate) fn check_bytes(path: &str, bytes: &[u8], settings: &Settings) -> FileReport {
    check_keeping(path, bytes, settings, None).0
}

/// A document read and analysed by [`check_keeping`], kept for the callers that need more than the findings (the
/// offer run reads the model, the analysis and the facts again without parsing anything twice).
pub(crate) struct Analysed {
    /// The model.
    pub charter: crate::model::Charter,
    /// Its analysis.
    pub analysis: crate::analyze::Analysis,
    /// What the offer commits to, extracted once (offer runs only).
    pub facts: Option<crate::procurement::facts::OfferFacts>,
}

/// Checks one file's bytes and keeps its model. In an offer run (`settings.offer`), the offer's facts are extracted
/// once here and every ACH rule reads them through [`Context::offer`]; `buyer` carries the requirements of the
/// buyer's charter (ACH008), read once by the caller.
pub(crate) fn check_keeping(
    path: &str,
    bytes: &[u8],
    settings: &Settings,
    buyer: Option<&crate::procurement::Buyer>,
) -> (FileReport, Option<Analysed>) {
    // A defect of charte on one document (a panic) must not stop the run: that file gets an STR000 that says so and
    // asks for a report, and the other files are still checked (the panic message itself goes to stderr).
    guarded(path, settings, || {
        check_unguarded(path, bytes, settings, buyer)
    })
}

/// Runs `check` on one file, and turns its panic into that file's internal-error report.
fn guarded(
    path: &str,
    settings: &Settings,
    check: impl FnOnce() -> (FileReport, Option<Analysed>),
) -> (FileReport, Option<Analysed>) {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(check)).unwrap_or_else(|payload| {
        let detail = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        (internal_error(path, detail, settings), None)
    })
}

/// The report of a file on which charte itself failed: one STR000 that says so, no other finding.
fn internal_error(path: &str, detail: String, settings: &Settings) -> FileReport {
    problem_report(
        path,
        crate::parse::ProblemKind::Internal { detail },
        settings,
    )
}

/// [`check_keeping`] without its guard.
fn check_unguarded(
    path: &str,
    bytes: &[u8],
    settings: &Settings,
    buyer: Option<&crate::procurement::Buyer>,
) -> (FileReport, Option<Analysed>) {
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
    let document = parsed.document;
    let mut kept = None;
    let mut heading = Heading::default();
    if let (Some(mut charter), Some(text)) = (parsed.charter, source.as_deref()) {
        let lexicon = Lexicon::global();
        let analysis = analyze(&mut charter, lexicon);
        heading = Heading::of(&charter, &analysis);
        let facts = settings
            .offer
            .then(|| crate::procurement::facts::extract(&charter, &analysis, lexicon));
        let offer = facts
            .as_ref()
            .map(|facts| crate::rules::OfferInput { facts, buyer });
        let cx = Context {
            charter: &charter,
            analysis: &analysis,
            source: text,
            lexicon,
            law: crate::law::Law::embedded(),
            references: settings.references,
            lang: settings.lang,
            as_of: settings.as_of,
            offer: offer.as_ref(),
        };
        for rule in registry() {
            let code = rule.meta().code;
            if (rule.meta().family == crate::rules::Family::Ach) != settings.offer {
                continue;
            }
            if settings.enabled(code) && !ignored_by_header(&charter, code) {
                rule.check(&cx, &mut findings);
            }
        }
        // A document with no rule (STR010) gets that note alone: thirty "missing topic" findings on an article or
        // minutes would only be noise.
        if findings.iter().any(|f| f.code == NOT_A_CHARTER) {
            findings.retain(|f| f.code == NOT_A_CHARTER || f.code == "STR000");
        }
        let suppressed = Suppressed::new(&charter.suppressions);
        findings.retain(|f| !suppressed.covers(f));
        kept = Some(Analysed {
            charter,
            analysis,
            facts,
        });
    }
    let report = FileReport {
        path: path.to_owned(),
        source,
        findings: sorted(findings, settings.lang),
        error,
        document,
        heading,
    };
    (report, kept)
}

/// True when the document's header (`ignorer:`) switches the code off. An unknown or empty key switches nothing
/// off (STR001 names it).
pub(crate) fn ignored_by_header(charter: &crate::model::Charter, code: &str) -> bool {
    charter
        .meta
        .ignorer
        .keys()
        .filter(|k| crate::rules::check_pattern(k).is_ok())
        .any(|k| code.starts_with(&k.to_uppercase()))
}

/// Findings in report order (position, code, message), duplicates dropped, capped per rule.
pub(crate) fn sorted(mut findings: Vec<Finding>, lang: Lang) -> Vec<Finding> {
    // In place: a stable sort borrows a buffer of half the findings, 9 MB for the 100,000 findings of a file of empty
    // headings before they are capped. The key runs to the end of the primary span, so two findings it leaves
    // tied differ only in their secondary labels or help, and their order stays the same from run to run.
    findings.sort_unstable_by(|a, b| {
        (a.primary.start, a.code, &a.message, a.primary.end).cmp(&(
            b.primary.start,
            b.code,
            &b.message,
            b.primary.end,
        ))
    });
    findings.dedup();
    cap_per_rule(findings, lang)
}

/// Inline suppressions indexed for lookup: for each code or prefix a suppression names (`""` for « every
/// code »), the union of the ranges it covers, merged and sorted. A finding is then checked against the few
/// prefixes of its own code, each by binary search, so filtering costs O((findings + suppressions) log) instead
/// of findings × suppressions (a file of 50,000 suppression comments would otherwise be quadratic).
pub(crate) struct Suppressed {
    ranges: std::collections::HashMap<String, Vec<(usize, usize)>>,
}

impl Suppressed {
    /// Indexes `suppressions`.
    pub(crate) fn new(suppressions: &[crate::model::Suppression]) -> Suppressed {
        let mut ranges: std::collections::HashMap<String, Vec<(usize, usize)>> =
            std::collections::HashMap::default();
        for s in suppressions {
            let range = (s.span.start, s.span.end);
            if s.codes.is_empty() {
                ranges.entry(String::new()).or_default().push(range);
            }
            for c in &s.codes {
                ranges.entry(c.clone()).or_default().push(range);
            }
        }
        for list in ranges.values_mut() {
            list.sort_unstable();
            let mut merged: Vec<(usize, usize)> = Vec::with_capacity(list.len());
            for &(start, end) in list.iter() {
                match merged.last_mut() {
                    Some(last) if start <= last.1 => last.1 = last.1.max(end),
                    _ => merged.push((start, end)),
                }
            }
            *list = merged;
        }
        Suppressed { ranges }
    }

    /// True when a suppression naming the finding's code (or a prefix of it, or no code) covers its start.
    pub(crate) fn covers(&self, f: &Finding) -> bool {
        if self.ranges.is_empty() {
            return false;
        }
        let at = f.primary.start;
        let code = f.code;
        (0..=code.len())
            .filter(|&n| code.is_char_boundary(n))
            .filter_map(|n| self.ranges.get(&code[..n]))
            .any(|list| {
                // The last merged range starting at or before `at` is the only one that can hold it.
                let i = list.partition_point(|&(start, _)| start <= at);
                i > 0 && at <= list[i - 1].1
            })
    }
}

/// Findings shown per rule and per file. Past it, one summary finding of the same rule says how many more
/// there are, so that a pathological file (100,000 empty headings) gives a readable report in bounded time
/// and nothing disappears silently. Documented in `docs/robustness.md`.
pub const MAX_FINDINGS_PER_RULE: usize = 100;

/// Keeps the first [`MAX_FINDINGS_PER_RULE`] findings of each rule (in file order) and replaces the rest of
/// each rule by one summary finding placed at its first omitted finding.
pub(crate) fn cap_per_rule(findings: Vec<Finding>, lang: Lang) -> Vec<Finding> {
    let mut seen: std::collections::HashMap<&'static str, usize> =
        std::collections::HashMap::default();
    for f in &findings {
        *seen.entry(f.code).or_default() += 1;
    }
    if seen.values().all(|&n| n <= MAX_FINDINGS_PER_RULE) {
        return findings;
    }
    let mut kept: std::collections::HashMap<&'static str, usize> =
        std::collections::HashMap::default();
    let mut out = Vec::with_capacity(findings.len().min(seen.len() * (MAX_FINDINGS_PER_RULE + 1)));
    for f in findings {
        let k = kept.entry(f.code).or_default();
        *k += 1;
        if *k <= MAX_FINDINGS_PER_RULE {
            out.push(f);
        } else if *k == MAX_FINDINGS_PER_RULE + 1 {
            let more = seen[f.code] - MAX_FINDINGS_PER_RULE;
            out.push(summary_of_omitted(&f, more, lang));
        }
    }
    out
}

/// The finding that stands for `more` omitted findings of `first`'s rule.
fn summary_of_omitted(first: &Finding, more: usize, lang: Lang) -> Finding {
    Finding {
        code: first.code,
        name: first.name,
        severity: first.severity,
        message: match lang {
            Lang::Fr => format!(
                "{more} autres constats {} dans ce fichier ne sont pas affichés (au plus {MAX_FINDINGS_PER_RULE} par règle et par fichier), à partir d'ici",
                first.code
            ),
            Lang::En => format!(
                "{more} more {} findings in this file are not shown (at most {MAX_FINDINGS_PER_RULE} per rule and per file), starting here",
                first.code
            ),
        },
        primary: first.primary,
        primary_label: Some(
            lang.pick("premier constat non affiché", "first finding not shown")
                .to_owned(),
        ),
        labels: Vec::new(),
        help: Some(
            lang.pick(
                "corrigez les constats affichés puis relancez charte : les suivants apparaîtront",
                "fix the findings shown, then run charte again: the next ones will appear",
            )
            .into(),
        ),
        topics: first.topics.clone(),
        missing: first.missing.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_on_one_file_is_that_files_str000() {
        let settings = Settings::for_tests();
        let (report, kept) = guarded("offre.md", &settings, || {
            panic!("begin > end (14 > 6) when slicing a sentence")
        });
        assert!(kept.is_none());
        assert_eq!(report.path, "offre.md");
        assert_eq!(report.findings.len(), 1, "{:?}", report.findings);
        let f = &report.findings[0];
        assert_eq!(f.code, "STR000");
        assert!(f.message.contains("erreur interne"), "{}", f.message);
        assert!(f.message.contains("14 > 6"), "{}", f.message);
        assert!(f.help.as_deref().is_some_and(|h| h.contains("signalez")));
        // A file that does not panic is checked as usual.
        let (ok, _) = guarded("charte.md", &settings, || {
            check_unguarded("charte.md", b"# Charte\n\nTexte.\n", &settings, None)
        });
        assert!(ok.findings.iter().all(|f| f.code != "STR000"));
    }
}
