//! STR007: a section with neither clauses nor subsections.

use crate::declare_rule;
use crate::diagnostics::Finding;
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## Ce que vérifie la règle
    /// Une section (un titre) n'a ni texte ni sous-section.
    ///
    /// ## Pourquoi
    /// Un titre vide est souvent la trace d'un article prévu puis oublié (« Article 7 – Sanctions » sans contenu) :
    /// le lecteur croit le sujet traité alors qu'il ne l'est pas.
    ///
    /// ## Exemple non conforme
    /// ```markdown
    /// # Charte IA
    /// ## Article 1 – Objet
    /// La présente charte encadre l'usage de l'IA par les agents.
    /// ## Article 2 – Sanctions
    /// ```
    ///
    /// ## Exemple conforme
    /// ```markdown
    /// # Charte IA
    /// ## Article 1 – Objet
    /// La présente charte encadre l'usage de l'IA par les agents.
    /// ## Article 2 – Sanctions
    /// Tout manquement peut donner lieu à une procédure disciplinaire.
    /// ```
    ///
    /// ## Base légale
    /// Aucune : règle de rédaction.
    ///
    /// ## Références
    /// - Format des chartes de charte : `docs/formats.md`
    pub struct EmptySection {
        code: "STR007",
        name: "empty-section",
        family: Str,
        severity: Warning,
        topics: [],
        legal_basis: "Aucune (règle de rédaction)",
        summary_fr: "une section n'a ni texte ni sous-section",
        summary_en: "a section has neither clauses nor subsections",
        docs_en: "
## What it checks
A section (a heading) has no text and no subsection.

## Why
An empty heading is often an article planned then forgotten: readers think the subject is dealt with.

## Legal basis
None: a drafting rule.

## References
- charte's format: `docs/formats.md`
",
    }
}

impl Rule for EmptySection {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // A bold line of the title block that states the adoption act or names the authority (« **Version 1.2 –
        // Approuvée par le comité exécutif le 17 mars 2026** ») is read as a heading by the Word conversion, but it
        // is the charter's metadata, not a section left empty.
        let meta = &cx.analysis.body_meta;
        let metadata_line = |span: crate::Span| {
            let inside = |m: crate::Span| m.start < span.end && span.start < m.end;
            meta.adoption.as_ref().is_some_and(|a| inside(a.span))
                || meta.authority.as_ref().is_some_and(|a| inside(a.span))
        };
        for s in &cx.charter.sections {
            if s.clauses.is_empty() && s.children.is_empty() && !metadata_line(s.span) {
                let name = match &s.number {
                    Some(n) if !s.title.is_empty() && n != &s.title => format!("{n} – {}", s.title),
                    Some(n) => n.clone(),
                    None => s.title.clone(),
                };
                out.push(
                    cx.finding(
                        Self::meta_static(),
                        s.span,
                        format!(
                            "{} « {name} » {}",
                            cx.t("la section", "the section"),
                            cx.t("est vide", "is empty")
                        ),
                    )
                    .with_help(cx.t(
                        "rédigez le contenu de cette section ou supprimez le titre",
                        "write this section's content or remove the heading",
                    )),
                );
            }
        }
    }
}
