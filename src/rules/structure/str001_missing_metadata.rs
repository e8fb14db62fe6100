//! STR001: title, authority or adoption date missing; unknown front-matter keys.

use crate::declare_rule;
use crate::diagnostics::{Finding, Severity};
use crate::grammar::CivilDate;
use crate::model::FRONT_MATTER_KEYS;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// La charte indique son titre, la collectivité qui l'adopte et sa date d'adoption : dans son en-tête (`titre`,
    /// `collectivite.nom`, `adoption.date`) ou, sans en-tête (Word, PDF, page web collée), dans son bloc de titre et
    /// sa signature (« Commune de … », « Adoptée par délibération du conseil municipal du 25 septembre 2025 ») ;
    /// « mis à jour le », « publié le » ne sont pas des dates d'adoption. Une clé d'en-tête inconnue n'est qu'une
    /// remarque (`description`, `icon` d'un générateur de site ; une faute de frappe est signalée avec la clé la plus
    /// proche), jamais sur la ligne d'un autre constat. Dans `ignorer`, chaque code
    /// existe (un code mal écrit ne désactive rien : il est signalé avec le code le plus proche) et chaque entrée
    /// donne sa raison.
    ///
    /// ## Pourquoi
    /// Une charte n'est opposable aux agents que si l'on sait qui l'a adoptée, quand, et qu'elle a été portée à leur
    /// connaissance. Sans date d'adoption, impossible de savoir si une échéance est dépassée ou si la charte doit
    /// être révisée. Une clé mal orthographiée (`adoptoin`) est ignorée silencieusement : mieux vaut le signaler.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// ---
    /// titre: "Charte IA"
    /// ---
    /// # Charte IA
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// ---
    /// titre: "Charte IA"
    /// collectivite: {nom: "Commune de Lanvallon", type: commune}
    /// adoption: {date: 2025-03-12, instance: "Conseil municipal"}
    /// ---
    /// # Charte IA
    /// ```
    ///
    /// ## Base légale
    /// Bonne pratique : opposabilité d'une charte interne aux agents publics (code des relations entre le public et
    /// l'administration, art. L221-1 et suivants, sur l'entrée en vigueur des actes).
    ///
    /// ## Références
    /// - Lexing, « L'opposabilité d'une charte informatique dans le secteur public », 20 novembre 2023
    pub struct MissingMetadata {
        code: "STR001",
        name: "missing-metadata",
        family: Str,
        severity: Warning,
        topics: [],
        legal_basis: "Bonne pratique ; CRPA art. L221-1 et suivants (entrée en vigueur des actes)",
        summary_fr: "titre, collectivité ou date d'adoption absents, ou clé d'en-tête inconnue",
        summary_en: "no title, authority or adoption date, or an unknown front-matter key",
        docs_en: "
## What it checks
The charter states its title, the adopting authority and its adoption date: in its front matter (`titre`,
`collectivite.nom`, `adoption.date`) or, without one (Word, PDF, pasted web page), in its title block and signature
(\"Commune de …\", \"Adoptée par délibération du conseil municipal du 25 septembre 2025\"); \"updated on\",
\"published on\" are no adoption dates. An unknown front-matter key is only a note (`description`, `icon` of a site generator; a typo is reported with the closest known key), never on the line of another finding.
In `ignorer`, every code exists (a misspelt code switches nothing off: it is reported with the closest code) and
every entry gives its reason.

## Why
A charter binds staff only if it is known who adopted it and when. Without an adoption date, deadlines and reviews
cannot be checked. A misspelt key is silently ignored otherwise.

## Legal basis
Good practice; CRPA art. L221-1 ff. (entry into force of administrative acts).

## References
- Lexing, \"L'opposabilité d'une charte informatique dans le secteur public\", 20 November 2023
",
    }
}

impl MissingMetadata {
    /// `ignorer:` entries: an unknown code switches nothing off (it is named, with the closest code); an entry
    /// without a reason hides findings with no trace of why (it is named too).
    fn check_ignorer(cx: &Context<'_>, out: &mut Vec<Finding>) {
        let meta = Self::meta_static();
        let c = cx.charter;
        let Some(block) = c.meta_key_span("ignorer") else {
            return;
        };
        let end = c
            .meta_span
            .map_or(cx.source.len(), |m| m.end.max(block.end));
        for (code, reason) in &c.meta.ignorer {
            // The entry's own key, searched after `ignorer:`; the `ignorer` key itself when it cannot be found.
            let span = cx
                .source
                .get(block.end..end)
                .and_then(|rest| rest.find(code.as_str()))
                .filter(|_| !code.is_empty())
                .map_or(block, |at| crate::model::Span {
                    start: block.end + at,
                    end: block.end + at + code.len(),
                });
            if let Err(hint) = crate::rules::check_pattern(code) {
                let message = crate::rules::unknown_code_message(code, hint.as_deref(), cx.lang);
                out.push(
                    cx.finding(meta, span, format!("`ignorer` : {message}"))
                        .with_help(cx.t(
                            "corrigez le code (la liste : `charte rules`) : tel quel, il ne désactive aucune règle",
                            "fix the code (the list: `charte rules`): as written it switches no rule off",
                        )),
                );
            } else if reason.trim().is_empty() {
                out.push(
                    cx.finding(
                        meta,
                        span,
                        format!(
                            "{} « {code} » {}",
                            cx.t("la règle", "rule"),
                            cx.t(
                                "est désactivée dans `ignorer` sans raison",
                                "is switched off in `ignorer` without a reason"
                            )
                        ),
                    )
                    .with_help(format!(
                        "{} `{code}: \"…\"`",
                        cx.t(
                            "dites pourquoi, pour les relecteurs et les auditeurs :",
                            "say why, for reviewers and auditors:"
                        )
                    )),
                );
            }
        }
    }
}

impl Rule for MissingMetadata {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let meta = Self::meta_static();
        let c = cx.charter;
        let body = &cx.analysis.body_meta;
        let mut missing = Vec::new();
        if c.title.is_none() && body.title.is_none() {
            missing.push(cx.t("le titre", "the title"));
        }
        // Without front matter, the title block (« Commune de … ») or the adoption act (« adoptée par le conseil
        // municipal … ») says who adopts the text.
        let authority = c
            .meta
            .collectivite
            .as_ref()
            .and_then(|x| x.nom.as_ref())
            .is_some()
            || body.authority.is_some()
            || body.adoption.as_ref().is_some_and(|a| a.instance.is_some());
        if !authority {
            missing.push(cx.t("la collectivité", "the authority"));
        }
        let date = c.meta.adoption.as_ref().and_then(|a| a.date.as_deref());
        match date {
            None if body.adoption.is_some() => {}
            None => missing.push(cx.t("la date d'adoption", "the adoption date")),
            Some(d) if CivilDate::parse_iso(d.trim()).is_none() => {
                let span = c.meta_key_span("adoption").unwrap_or(c.title_span);
                out.push(
                    cx.finding(
                        meta,
                        span,
                        format!(
                            "{} « {d} »",
                            cx.t("date d'adoption illisible :", "unreadable adoption date:")
                        ),
                    )
                    .with_help(cx.t(
                        "écrivez la date au format AAAA-MM-JJ, par exemple `date: 2025-03-12`",
                        "write the date as YYYY-MM-DD, e.g. `date: 2025-03-12`",
                    )),
                );
            }
            Some(_) => {}
        }
        if !missing.is_empty() {
            // Say where charte looked: the front matter, the title block and the signature.
            let looked = if c.meta_span.is_some() {
                cx.t(
                    "cherchés dans l'en-tête, les premières et les dernières lignes",
                    "looked for in the front matter, the first and the last lines",
                )
            } else {
                cx.t(
                    "pas d'en-tête ; cherchés dans les premières et les dernières lignes du texte",
                    "no front matter; looked for in the first and the last lines of the text",
                )
            };
            let msg = format!(
                "{} {} ({looked})",
                cx.t("la charte n'indique pas", "the charter does not state"),
                missing.join(", ")
            );
            // On the first key charte knows (an unknown key gets its own note: never two findings on one line).
            let at = c.meta_span.map_or(c.title_span, |s| {
                c.meta_key_spans
                    .iter()
                    .find(|(k, _)| !c.unknown_keys.iter().any(|(u, _)| u == k))
                    .map_or(s, |k| k.1)
            });
            out.push(cx.finding(meta, at, msg).with_help(cx.t(
                "écrivez-les en tête du texte (« Adoptée par délibération du conseil municipal du 12 mars 2025 ») ou dans un en-tête YAML : `titre`, `collectivite: {nom: …, type: commune}`, `adoption: {date: AAAA-MM-JJ, instance: …}`",
                "state them at the top of the text (\"Adoptée par délibération du conseil municipal du 12 mars 2025\") or in a YAML front matter: `titre`, `collectivite: {nom: …, type: commune}`, `adoption: {date: YYYY-MM-DD, instance: …}`",
            )));
        }
        Self::check_ignorer(cx, out);
        for (key, span) in &c.unknown_keys {
            let last = key.rsplit('.').next().unwrap_or(key);
            let candidates: Vec<&str> = match key.split_once('.') {
                None => FRONT_MATTER_KEYS.to_vec(),
                Some((table, _)) => crate::model::NESTED_FRONT_MATTER_KEYS
                    .iter()
                    .find(|(t, _)| *t == table)
                    .map(|(_, keys)| keys.to_vec())
                    .unwrap_or_default(),
            };
            let best = candidates
                .iter()
                .map(|k| (strsim::damerau_levenshtein(last, k), *k))
                .filter(|(d, k)| *d <= 2.max(k.len() / 4))
                .min();
            // A note: charte ignores the key (`description`, `icon` of a site generator); a likely typo says
            // which key was meant.
            // In a charter written in YAML, a key the format does not know is read as a section of the text: the
            // note says so, so that no one thinks its content was left out.
            let read_as_section = c.sections.iter().any(|s| s.span == *span);
            let what = if read_as_section {
                format!(
                    "{} « {key} » {}",
                    cx.t("clé inconnue du format", "key unknown to the format"),
                    cx.t(
                        ": son contenu est lu comme une section du texte",
                        ": its content is read as a section of the text"
                    )
                )
            } else {
                format!(
                    "{} « {key} »",
                    cx.t("clé d'en-tête inconnue", "unknown front-matter key")
                )
            };
            let mut f = cx.finding(meta, *span, what);
            f.severity = Severity::Info;
            f = match best {
                Some((_, k)) => f.with_help(format!(
                    "{} `{k}` ?",
                    cx.t("vouliez-vous dire", "did you mean")
                )),
                None => f.with_help(format!(
                    "{} {}",
                    cx.t("clés reconnues :", "known keys:"),
                    candidates.join(", ")
                )),
            };
            out.push(f);
        }
    }
}
