//! The rule engine: the [`Rule`] trait, rule metadata as data, and the one registry list.
//!
//! Adding a rule = one file in a family folder + one line in [`registry`]. Missing-topic rules are rows of
//! `data/rules/coverage.toml` served by one mechanism ([`coverage`]).

pub(crate) mod ach;
pub(crate) mod coverage;
pub(crate) mod ctr;
pub(crate) mod docs;
pub(crate) mod environment;
pub(crate) mod ia;
pub(crate) mod lang;
pub(crate) mod reference;
pub(crate) mod rgpd;
pub(crate) mod souv;
pub(crate) mod structure;

use crate::analyze::Analysis;
use crate::diagnostics::{Finding, Severity};
use crate::grammar::CivilDate;
use crate::i18n::Lang;
use crate::law::Law;
use crate::lexicon::Lexicon;
use crate::model::{Charter, Span, Topic};
use std::sync::LazyLock;

/// Rule families, by code prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// Structure.
    Str,
    /// Personal data.
    Rgpd,
    /// Sovereignty.
    Souv,
    /// Environment.
    Env,
    /// AI Act and AI ethics.
    Ia,
    /// Contradictions.
    Ctr,
    /// Drafting.
    Lang,
    /// Reference corpus.
    Ref,
    /// Procurement.
    Ach,
}

impl Family {
    /// Every family, in catalogue order.
    pub const ALL: &'static [Family] = &[
        Family::Str,
        Family::Rgpd,
        Family::Souv,
        Family::Env,
        Family::Ia,
        Family::Ctr,
        Family::Lang,
        Family::Ref,
        Family::Ach,
    ];
    /// The code prefix (`RGPD`).
    pub fn prefix(self) -> &'static str {
        match self {
            Family::Str => "STR",
            Family::Rgpd => "RGPD",
            Family::Souv => "SOUV",
            Family::Env => "ENV",
            Family::Ia => "IA",
            Family::Ctr => "CTR",
            Family::Lang => "LANG",
            Family::Ref => "REF",
            Family::Ach => "ACH",
        }
    }
    /// The family of a code (`RGPD002` → Rgpd).
    pub fn of_code(code: &str) -> Option<Family> {
        let prefix: String = code.chars().take_while(char::is_ascii_alphabetic).collect();
        Family::ALL.iter().copied().find(|f| f.prefix() == prefix)
    }
    /// Name of the family for humans.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Family::Str => lang.pick("structure", "structure"),
            Family::Rgpd => lang.pick("données personnelles (RGPD)", "personal data (GDPR)"),
            Family::Souv => lang.pick("souveraineté", "sovereignty"),
            Family::Env => lang.pick("environnement", "environment"),
            Family::Ia => lang.pick("AI Act et éthique de l'IA", "AI Act and AI ethics"),
            Family::Ctr => lang.pick("contradictions", "contradictions"),
            Family::Lang => lang.pick("rédaction", "drafting"),
            Family::Ref => lang.pick("corpus de référence", "reference corpus"),
            Family::Ach => lang.pick("achats", "procurement"),
        }
    }
}

/// What every rule declares about itself: plain data that feeds `charte rules`, `charte explain`, SARIF and
/// `docs/rules/`.
#[derive(Debug, Clone)]
pub struct RuleMeta {
    /// Stable code (`STR003`).
    pub code: &'static str,
    /// Stable kebab-case name (`missing-review`).
    pub name: &'static str,
    /// Family.
    pub family: Family,
    /// Default severity.
    pub severity: Severity,
    /// Topics the rule keys on.
    pub topics: Vec<Topic>,
    /// Legal or practical basis, with article numbers.
    pub legal_basis: String,
    /// One-line summary in French.
    pub summary_fr: String,
    /// One-line summary in English.
    pub summary_en: String,
    /// Long French doc with the six headings.
    pub docs_fr: String,
    /// Long English doc (What it checks / Why / Legal basis / References).
    pub docs_en: String,
}

impl RuleMeta {
    /// Summary in the given language.
    pub fn summary(&self, lang: Lang) -> &str {
        lang.pick(&self.summary_fr, &self.summary_en)
    }
    /// Where the rule's doc is published.
    pub fn docs_url(&self) -> String {
        format!("https://charte.dev/regles/{}", self.code)
    }
}

/// Everything a rule may read: the analysed charter and the run's settings.
pub(crate) struct Context<'a> {
    /// The charter.
    pub charter: &'a Charter,
    /// What the analysis found.
    pub analysis: &'a Analysis,
    /// Source text (spans index into it).
    pub source: &'a str,
    /// The lexicon.
    pub lexicon: &'a Lexicon,
    /// The dated, sourced legal facts (`data/law/`): rules read dates and thresholds here, never in prose.
    pub law: &'a Law,
    /// The user's reference corpus (`--references DIR`), or `None` for the embedded one: rules read it through
    /// [`Context::corpus`], which builds the embedded corpus only when a rule asks for it.
    pub references: Option<&'a crate::corpus::Corpus>,
    /// Language of messages.
    pub lang: Lang,
    /// Reference date for date-sensitive checks (`--as-of`, default today).
    pub as_of: CivilDate,
    /// In an offer run: the offer's facts (extracted once) and the buyer's requirements.
    pub offer: Option<&'a OfferInput<'a>>,
}

/// What the ACH rules read besides the document: the offer's facts, extracted once per run, and the buyer's
/// charter when one is given.
pub(crate) struct OfferInput<'a> {
    /// The offer's facts.
    pub facts: &'a crate::procurement::facts::OfferFacts,
    /// The buyer's charter and its requirements (`--charter`).
    pub buyer: Option<&'a crate::procurement::Buyer>,
}

impl Context<'_> {
    /// The reference corpus of the run: the user's folder, else the embedded corpus (built on first use).
    pub(crate) fn corpus(&self) -> &crate::corpus::Corpus {
        match self.references {
            Some(corpus) => corpus,
            None => crate::corpus::Corpus::embedded(),
        }
    }

    /// Picks the French or English text.
    pub(crate) fn t<'s>(&self, fr: &'s str, en: &'s str) -> &'s str {
        self.lang.pick(fr, en)
    }
    /// Starts a finding of `meta` at `primary`.
    #[expect(
        clippy::unused_self,
        reason = "a method, so that every rule writes cx.finding(…) like its other reads of the context"
    )]
    pub(crate) fn finding(
        &self,
        meta: &'static RuleMeta,
        primary: Span,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            code: meta.code,
            name: meta.name,
            severity: meta.severity,
            message: message.into(),
            primary,
            primary_label: None,
            labels: Vec::new(),
            help: None,
            topics: meta.topics.clone(),
            missing: None,
        }
    }
    /// Resolves the fact references (`{{since:id}}`…) of a message or help text at the run's reference date.
    pub(crate) fn law_text(&self, text: &str) -> String {
        self.law.render(text, self.lang, Some(self.as_of))
    }
    /// The charter text under a span.
    pub(crate) fn text(&self, span: Span) -> &str {
        self.source.get(span.start..span.end).unwrap_or("")
    }
}

/// A rule: its metadata and a check over an analysed charter.
pub(crate) trait Rule: HasMeta + Sync + Send {
    /// Reports findings into `out`.
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>);
}

/// A rule's metadata. `declare_rule!` implements it; only data-driven rules (coverage) write it by hand.
pub(crate) trait HasMeta {
    /// The rule's metadata.
    fn meta(&self) -> &'static RuleMeta;
}

/// Declares a rule struct whose French doc is its own doc comment (clippy's trick: no proc-macro, no codegen).
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            code: $code:literal,
            name: $rname:literal,
            family: $family:ident,
            severity: $sev:ident,
            topics: [$($topic:ident),* $(,)?],
            legal_basis: $basis:literal,
            summary_fr: $sfr:literal,
            summary_en: $sen:literal,
            docs_en: $den:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub(crate) struct $name;

        impl $name {
            /// The rule's metadata (docs from the doc comment above).
            pub(crate) fn meta_static() -> &'static $crate::rules::RuleMeta {
                static META: std::sync::LazyLock<$crate::rules::RuleMeta> = std::sync::LazyLock::new(|| {
                    $crate::rules::RuleMeta {
                        code: $code,
                        name: $rname,
                        family: $crate::rules::Family::$family,
                        severity: $crate::diagnostics::Severity::$sev,
                        topics: vec![$($crate::model::Topic::$topic),*],
                        legal_basis: $basis.to_owned(),
                        summary_fr: $sfr.to_owned(),
                        summary_en: $sen.to_owned(),
                        docs_fr: $crate::rules::docs::from_doc_lines(&[$($doc),*]),
                        docs_en: $den.trim().to_owned(),
                    }
                });
                &META
            }
        }

        impl $crate::rules::HasMeta for $name {
            fn meta(&self) -> &'static $crate::rules::RuleMeta {
                Self::meta_static()
            }
        }
    };
}
// Rule files name it `crate::declare_rule` (lib.rs re-exports it there).
pub(crate) use declare_rule;

/// Every rule, in catalogue order. Adding a rule = one line here.
pub(crate) fn registry() -> &'static [Box<dyn Rule>] {
    static REGISTRY: LazyLock<Vec<Box<dyn Rule>>> = LazyLock::new(|| {
        let mut rules: Vec<Box<dyn Rule>> = vec![
            Box::new(structure::str000_parse_error::ParseError),
            Box::new(structure::str001_missing_metadata::MissingMetadata),
            Box::new(structure::str006_duplicate_id::DuplicateId),
            Box::new(structure::str007_empty_section::EmptySection),
            Box::new(structure::str008_stale_deadline::StaleDeadline),
            Box::new(structure::str010_not_a_charter::NotACharter),
            Box::new(rgpd::rgpd001_public_tools::PublicToolsPersonalData),
            Box::new(rgpd::rgpd020_wrong_article::WrongGdprArticle),
            Box::new(rgpd::rgpd021_obsolete_reference::ObsoleteReference),
            Box::new(souv::souv003_vague_sovereignty::VagueSovereigntyClaim),
            Box::new(environment::env002_unmeasurable::UnmeasurableEnvironmentalCommitment),
            Box::new(ia::ia004_prohibited_practice::ProhibitedPracticePermitted),
            Box::new(ctr::ctr001_permission_vs_prohibition::PermissionVsProhibition),
            Box::new(ctr::ctr002_obligation_vs_prohibition::ObligationVsProhibition),
            Box::new(ctr::ctr003_inconsistent_values::InconsistentValues),
            Box::new(ctr::ctr004_tool_contradicts_requirement::ToolContradictsRequirement),
            Box::new(ctr::ctr005_consent_vs_default::ConsentVsDefault),
            Box::new(lang::lang001_hedged_obligation::HedgedObligation),
            Box::new(lang::lang002_vague_qualifier::VagueQualifier),
            Box::new(lang::lang003_conditional_modality::ConditionalModality),
            Box::new(reference::ref001_common_topic_missing::CommonTopicMissing),
            Box::new(ach::ach001_hosting_location::HostingLocation),
            Box::new(ach::ach002_extraterritorial_exposure::ExtraterritorialExposure),
            Box::new(ach::ach003_training_on_customer_data::TrainingOnCustomerData),
            Box::new(ach::ach004_missing_dpa_or_subprocessors::MissingDpaOrSubprocessors),
            Box::new(ach::ach005_missing_reversibility::MissingReversibility),
            Box::new(ach::ach006_missing_environmental_indicators::MissingEnvironmentalIndicators),
            Box::new(ach::ach007_missing_ai_act_documentation::MissingAiActDocumentation),
            Box::new(ach::ach008_charter_requirement_unmet::CharterRequirementUnmet),
            Box::new(ach::ach009_missing_retention_commitment::MissingRetentionCommitment),
            Box::new(ach::ach010_missing_security_certification::MissingSecurityCertification),
        ];
        rules.extend(coverage::rules());
        rules.sort_by_key(|r| sort_key(r.meta().code));
        rules
    });
    &REGISTRY
}

/// Catalogue order: family order, then number.
pub(crate) fn sort_key(code: &str) -> (Option<Family>, String) {
    (Family::of_code(code), code.to_owned())
}

/// Looks a rule up by code (case-insensitive).
pub(crate) fn find(code: &str) -> Option<&'static dyn Rule> {
    registry()
        .iter()
        .find(|r| r.meta().code.eq_ignore_ascii_case(code))
        .map(std::convert::AsRef::as_ref)
}

/// The code closest to a mistyped one, for "did you mean".
pub fn closest_code(code: &str) -> Option<&'static str> {
    let upper = code.to_uppercase();
    registry()
        .iter()
        .map(|r| {
            (
                strsim::damerau_levenshtein(&upper, r.meta().code),
                r.meta().code,
            )
        })
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, c)| c)
}

/// Checks a code or prefix written by a user (`--select`, `--ignore`, `select`/`ignore` in charte.toml, a
/// charter's `ignorer:`): `Ok` when at least one rule's code starts with it; otherwise the closest code or family
/// prefix, if one is near, for « vouliez-vous dire ». An unknown pattern would silently run or skip nothing.
pub fn check_pattern(pattern: &str) -> Result<(), Option<String>> {
    let upper = pattern.trim().to_uppercase();
    let codes = registry().iter().map(|r| r.meta().code);
    if !upper.is_empty() && codes.clone().any(|c| c.starts_with(&upper)) {
        return Ok(());
    }
    let families = codes
        .clone()
        .map(|c| c.trim_end_matches(|ch: char| ch.is_ascii_digit()));
    let hint = codes
        .chain(families)
        .map(|c| (strsim::damerau_levenshtein(&upper, c), c))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, c)| c.to_owned());
    Err(hint)
}

/// The message for an unknown code: « code inconnu : RGDP — vouliez-vous dire RGPD ? ».
pub fn unknown_code_message(pattern: &str, hint: Option<&str>, lang: Lang) -> String {
    match (hint, lang) {
        (Some(h), Lang::Fr) => format!("code inconnu : {pattern} — vouliez-vous dire {h} ?"),
        (Some(h), Lang::En) => format!("unknown code: {pattern} — did you mean {h}?"),
        (None, Lang::Fr) => {
            format!("code inconnu : {pattern} — `charte rules` liste les codes existants")
        }
        (None, Lang::En) => format!("unknown code: {pattern} — `charte rules` lists the codes"),
    }
}
