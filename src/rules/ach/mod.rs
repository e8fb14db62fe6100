//! ACH — procurement: a vendor offer checked against the default checklist (`data/procurement/checklist.toml`) and
//! the buyer's charter. These rules only run in `charte offer` (the engine skips them in `charte check`).
//!
//! Each checklist rule exposes a `verdict` function (status for the summary table, finding when it fires) so that
//! the table and the diagnostics never disagree.

pub(crate) mod ach001_hosting_location;
pub(crate) mod ach002_extraterritorial_exposure;
pub(crate) mod ach003_training_on_customer_data;
pub(crate) mod ach004_missing_dpa_or_subprocessors;
pub(crate) mod ach005_missing_reversibility;
pub(crate) mod ach006_missing_environmental_indicators;
pub(crate) mod ach007_missing_ai_act_documentation;
pub(crate) mod ach008_charter_requirement_unmet;
pub(crate) mod ach009_missing_retention_commitment;
pub(crate) mod ach010_missing_security_certification;

use crate::diagnostics::{Finding, Severity};
use crate::i18n::Lang;
use crate::lexicon::normalize::normalize;
use crate::model::{Charter, Span};
use crate::procurement::facts::OfferFacts;
use crate::procurement::requirements::Status;
use crate::procurement::vocab::{Aspect, Vocab};
use crate::rules::{Context, RuleMeta};

/// The judgement of one checklist rule on an offer.
#[derive(Debug, Clone)]
pub(crate) struct Verdict {
    /// Rule code.
    pub code: &'static str,
    /// Met / unmet / unclear (summary table).
    pub status: Status,
    /// The offer passage that decides it.
    pub evidence: Option<Span>,
    /// The finding, when the rule fires.
    pub finding: Option<Finding>,
}

/// Texts of a « nothing verifiable on this point » verdict: the message with and without a marketing phrase, and
/// what the marketing phrase is not (« n'en est pas une »).
pub(crate) struct MissingTexts {
    /// Message when a marketing phrase stands in for the commitment (French, English).
    pub with_marketing: (&'static str, &'static str),
    /// What the marketing phrase is not (French, English).
    pub not_one: (&'static str, &'static str),
    /// Message when the offer says nothing (French, English).
    pub silent: (&'static str, &'static str),
}

/// The unmet verdict shared by the checklist rules that only need a commitment to be present: points at the
/// marketing phrase that pretends to answer, else at the place the commitment belongs.
pub(crate) fn missing(
    v: &OfferView<'_>,
    meta: &'static RuleMeta,
    aspect: Aspect,
    texts: &MissingTexts,
) -> Verdict {
    let (primary, message) = match v.facts.marketing_for(aspect) {
        Some(m) => (
            m.span,
            format!(
                "{} (« {} » {})",
                v.t(texts.with_marketing.0, texts.with_marketing.1),
                m.phrase,
                v.t(texts.not_one.0, texts.not_one.1)
            ),
        ),
        None => (
            v.place(aspect),
            v.t(texts.silent.0, texts.silent.1).to_owned(),
        ),
    };
    let finding = v.finding(
        meta,
        Severity::Warning,
        primary,
        message,
        v.expected(meta.code),
    );
    Verdict {
        code: meta.code,
        status: Status::Unmet,
        evidence: None,
        finding: Some(finding),
    }
}

impl Verdict {
    /// A verdict that does not fire.
    pub(crate) fn met(code: &'static str, evidence: Option<Span>) -> Verdict {
        Verdict {
            code,
            status: Status::Met,
            evidence,
            finding: None,
        }
    }
}

/// Everything a checklist verdict reads.
pub(crate) struct OfferView<'a> {
    /// The offer's model.
    pub doc: &'a Charter,
    /// Its facts.
    pub facts: &'a OfferFacts,
    /// Its text.
    pub text: &'a str,
    /// Language of messages.
    pub lang: Lang,
    /// The dated legal facts (`data/law/`).
    pub law: &'a crate::law::Law,
    /// Reference date (`--as-of`).
    pub as_of: crate::grammar::CivilDate,
}

impl OfferView<'_> {
    /// French or English.
    pub(crate) fn t<'s>(&self, fr: &'s str, en: &'s str) -> &'s str {
        self.lang.pick(fr, en)
    }
    /// The text under a span, shortened for a message.
    pub(crate) fn quote(&self, span: Span) -> String {
        crate::procurement::short_quote(self.text.get(span.start..span.end).unwrap_or(""))
    }
    /// Where a missing passage belongs: the first section whose title names the aspect, else the title.
    pub(crate) fn place(&self, aspect: Aspect) -> Span {
        let e = Vocab::global().entry(aspect);
        self.doc
            .sections
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.facts.restated.contains(i))
            .find(|(_, s)| e.titles.any(&normalize(&s.title).text))
            .map_or(self.doc.title_span, |(_, s)| s.span)
    }
    /// A finding of `meta` with the given severity.
    pub(crate) fn finding(
        &self,
        meta: &'static RuleMeta,
        severity: Severity,
        primary: Span,
        message: String,
        help: String,
    ) -> Finding {
        Finding {
            code: meta.code,
            name: meta.name,
            severity,
            message: self.typography(message),
            primary,
            primary_label: None,
            labels: Vec::new(),
            help: Some(self.typography(help).into()),
            topics: meta.topics.clone(),
            missing: None,
        }
    }
    /// French quotes and spacing in French, English ones in English (quoted offer text stays as written).
    pub(crate) fn typography(&self, s: String) -> String {
        match self.lang {
            Lang::Fr => s,
            Lang::En => s
                .replace("« ", "\"")
                .replace(" »", "\"")
                .replace(['«', '»'], "\"")
                .replace(" : ", ": ")
                .replace(" ; ", "; "),
        }
    }
    /// « ce que l'offre doit indiquer » for a code, from the checklist.
    pub(crate) fn expected(&self, code: &str) -> String {
        let v = Vocab::global();
        match (v.by_code(code), self.lang) {
            (Some(e), Lang::Fr) => format!(
                "l'offre doit indiquer : {}",
                lower_first(&e.entry.l_offre_doit_indiquer)
            ),
            (Some(e), Lang::En) => format!(
                "the offer should state: {}",
                e.entry.intitule_en.to_lowercase()
            ),
            (None, _) => String::new(),
        }
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The view of the offer under check, when the run is an offer run (the facts were extracted once by the engine).
pub(crate) fn view_of<'a>(cx: &'a Context<'a>) -> Option<OfferView<'a>> {
    let input = cx.offer?;
    Some(OfferView {
        doc: cx.charter,
        facts: input.facts,
        text: cx.source,
        lang: cx.lang,
        law: cx.law,
        as_of: cx.as_of,
    })
}

/// Runs a verdict function in a rule's `check`.
pub(crate) fn push(
    cx: &Context<'_>,
    out: &mut Vec<Finding>,
    verdict: fn(&OfferView<'_>) -> Verdict,
) {
    if let Some(f) = view_of(cx).and_then(|view| verdict(&view).finding) {
        out.push(f);
    }
}

/// Every checklist verdict (ACH008 aside), in code order.
pub(crate) fn checklist(view: &OfferView<'_>) -> Vec<Verdict> {
    vec![
        ach001_hosting_location::verdict(view),
        ach002_extraterritorial_exposure::verdict(view),
        ach003_training_on_customer_data::verdict(view),
        ach004_missing_dpa_or_subprocessors::verdict(view),
        ach005_missing_reversibility::verdict(view),
        ach006_missing_environmental_indicators::verdict(view),
        ach007_missing_ai_act_documentation::verdict(view),
        ach009_missing_retention_commitment::verdict(view),
        ach010_missing_security_certification::verdict(view),
    ]
}
